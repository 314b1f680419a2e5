package ai.headroom.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code headroom proxy}: boots the Quarkus gateway and serves until stopped. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = "Run the proxy. Point ANTHROPIC_BASE_URL=http://localhost:8787 or "
                + "OPENAI_BASE_URL=http://localhost:8787/v1 at it.")
final class ProxyCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default 127.0.0.1; anything else should set HEADROOM_PROXY_TOKEN).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default $HEADROOM_PORT, else 8787).")
    Integer port;

    @Option(names = "--anthropic-api-url", paramLabel = "URL", description = "Anthropic upstream (default $ANTHROPIC_TARGET_API_URL, else https://api.anthropic.com).")
    String anthropicUrl;

    @Option(names = "--openai-api-url", paramLabel = "URL", description = "OpenAI upstream (default $OPENAI_TARGET_API_URL, else https://api.openai.com).")
    String openaiUrl;

    @Override
    public Integer call() {
        set("quarkus.http.host", host);
        set("quarkus.http.port", port == null ? null : port.toString());
        set("headroom.anthropic-api-url", anthropicUrl);
        set("headroom.openai-api-url", openaiUrl);
        Quarkus.run(); // blocks until the server is stopped (Ctrl-C, SIGTERM)
        return 0;
    }

    private static void set(String key, String value) {
        if (value != null) {
            System.setProperty(key, value);
        }
    }
}
