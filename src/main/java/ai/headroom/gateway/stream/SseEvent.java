package ai.headroom.gateway.stream;

/**
 * One server-sent event as it arrived.
 *
 * @param raw   the event's exact text including its terminating blank line, to forward unchanged
 * @param event the {@code event:} field, or "" when absent (OpenAI sends only {@code data:})
 * @param data  the {@code data:} lines joined with '\n'
 */
public record SseEvent(String raw, String event, String data) {

    /** An event written by the proxy itself; data of several lines takes one {@code data:} line each. */
    public static SseEvent of(String event, String data) {
        String lines = data.indexOf('\n') < 0 && data.indexOf('\r') < 0 ? "data: " + data
                : "data: " + String.join("\ndata: ", data.split("\r\n|\n|\r", -1));
        String raw = (event.isEmpty() ? "" : "event: " + event + "\n") + lines + "\n\n";
        return new SseEvent(raw, event, data);
    }
}
