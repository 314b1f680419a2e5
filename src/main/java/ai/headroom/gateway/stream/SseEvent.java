package ai.headroom.gateway.stream;

/**
 * One server-sent event as it arrived.
 *
 * @param raw   the event's exact text including its terminating blank line, to forward unchanged
 * @param event the {@code event:} field, or "" when absent (OpenAI sends only {@code data:})
 * @param data  the {@code data:} lines joined with '\n'
 */
public record SseEvent(String raw, String event, String data) {

    /** An event written by the proxy itself. */
    public static SseEvent of(String event, String data) {
        String raw = (event.isEmpty() ? "" : "event: " + event + "\n") + "data: " + data + "\n\n";
        return new SseEvent(raw, event, data);
    }
}
