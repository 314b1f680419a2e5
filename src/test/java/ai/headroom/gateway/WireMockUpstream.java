package ai.headroom.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** One WireMock server standing in for both providers; the proxy's upstream URLs point at it. */
public class WireMockUpstream implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().asynchronousResponseEnabled(true));
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of("headroom.anthropic-api-url", url, "headroom.openai-api-url", url + "/v1",
                "headroom.upstream-timeout", "1500ms",
                // Behaviour, not speed, is under test here: the machine running tests may be busy.
                "headroom.compression-deadline", "5s", "headroom.compression-timeout", "10s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
