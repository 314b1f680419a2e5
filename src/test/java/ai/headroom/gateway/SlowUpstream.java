package ai.headroom.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An Anthropic upstream that streams pings forever (and notices when the proxy hangs up), or echoes what it
 * received; the OpenAI upstream points at a closed port.
 */
public class SlowUpstream implements QuarkusTestResourceLifecycleManager {

    static final AtomicReference<String> lastBody = new AtomicReference<>();
    static final AtomicReference<Map<String, String>> lastHeaders = new AtomicReference<>();
    static volatile CountDownLatch streamClosed = new CountDownLatch(1);
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            lastBody.set(body.toString());
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            req.headers().forEach(e -> headers.put(e.getKey(), e.getValue()));
            lastHeaders.set(headers);
            if (body.toString().contains("\"stream\":true")) {
                var resp = req.response().setChunked(true).putHeader("content-type", "text/event-stream");
                resp.write("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\"}}\n\n");
                long timer = vertx.setPeriodic(50, id -> resp.write("event: ping\ndata: {\"type\":\"ping\"}\n\n"));
                resp.closeHandler(v -> {
                    vertx.cancelTimer(timer);
                    streamClosed.countDown();
                });
            } else {
                req.response().putHeader("content-type", "application/json").end("{\"ok\":true}");
            }
        }));
        int port = server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
        return Map.of("headroom.anthropic-api-url", "http://localhost:" + port,
                "headroom.openai-api-url", "http://localhost:" + closedPort(),
                "headroom.proxy-token", "secret-proxy-token",
                "headroom.breaker.request-volume", "4",
                "headroom.breaker.delay", "60s",
                "headroom.compression-deadline", "5s", "headroom.compression-timeout", "10s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
