package ai.headroom.gateway.stream;

import ai.headroom.gateway.stats.GatewayStats;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;

/**
 * Watches a relayed upstream body for provider {@code usage} figures without holding it back: SSE events
 * are scanned as they pass, JSON bodies are kept (up to a cap) and read at the end.
 */
public final class UsageTap implements Consumer<Buffer> {

    private static final int JSON_CAP = 4 * 1024 * 1024;

    private final GatewayStats stats;
    private final SseParser sse;
    private Buffer json;

    public UsageTap(GatewayStats stats, String contentType) {
        this.stats = stats;
        boolean streaming = contentType != null && contentType.startsWith("text/event-stream");
        boolean isJson = contentType != null && contentType.contains("json");
        this.sse = streaming ? new SseParser() : null;
        this.json = isJson ? Buffer.buffer() : null;
    }

    @Override
    public void accept(Buffer chunk) {
        if (sse != null) {
            sse.feed(chunk).forEach(this::event);
        } else if (json != null) {
            if (json.length() + chunk.length() > JSON_CAP) {
                json = null;
            } else {
                json.appendBuffer(chunk);
            }
        }
    }

    public void end() {
        if (json != null && json.length() > 0) {
            stats.usage(read(json.toString()).path("usage"));
        }
    }

    /** Anthropic: {@code message_start.message.usage} and {@code message_delta.usage}; OpenAI: a chunk's {@code usage}. */
    public void event(SseEvent event) {
        if (!event.data().contains("usage")) {
            return;
        }
        JsonNode data = read(event.data());
        stats.usage(data.path("message").path("usage"));
        stats.usage(data.path("usage"));
        stats.usage(data.path("response").path("usage"));
    }

    private static JsonNode read(String text) {
        return ai.headroom.gateway.ccr.JsonTrees.object(text);
    }
}
