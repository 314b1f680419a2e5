package ai.headroom.gateway.config;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.Headroom;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;

/**
 * Builds the store and runs a few compressions at startup. Without it the first request pays for store
 * creation and cold code, overruns its deadline and goes out uncompressed; its next turn would then be
 * compressed, and the provider's cached prefix would change between the two.
 */
@ApplicationScoped
public class Warmup {

    private static final String SAMPLE = "{\"model\":\"warmup\",\"messages\":[{\"role\":\"user\",\"content\":\""
            + "warm up the compression path ".repeat(40) + "\"}]}";

    void onStart(@Observes StartupEvent event, Headroom headroom) {
        try {
            headroom.store().put("warmup", "warmup", "warmup");
            headroom.store().get("warmup", "warmup");
        } catch (ai.headroom.core.ccr.StoreUnavailableException e) {
            // The readiness check reports the store; startup goes on (lossless-only until it is back).
        }
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
            headroom.compress(new CompressionRequest(body, null, null, "warmup"));
        }
    }
}
