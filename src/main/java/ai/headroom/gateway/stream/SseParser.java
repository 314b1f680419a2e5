package ai.headroom.gateway.stream;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a byte stream into server-sent events as chunks arrive, whatever the chunk boundaries
 * (mid-line, mid-UTF-8 character, "\r\n" split in two). Not thread-safe: one per stream.
 */
public final class SseParser {

    private byte[] pending = new byte[0];

    /** The events completed by this chunk, in order. */
    public List<SseEvent> feed(Buffer chunk) {
        byte[] bytes = chunk.getBytes();
        byte[] all = new byte[pending.length + bytes.length];
        System.arraycopy(pending, 0, all, 0, pending.length);
        System.arraycopy(bytes, 0, all, pending.length, bytes.length);
        List<SseEvent> events = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < all.length) {
            int end = blankLineEnd(all, i);
            if (end > 0) {
                events.add(parse(new String(all, start, end - start, StandardCharsets.UTF_8)));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        pending = start == 0 ? all : java.util.Arrays.copyOfRange(all, start, all.length);
        return events;
    }

    /** Whatever is left when the stream ends without a final blank line. */
    public List<SseEvent> finish() {
        if (pending.length == 0 || new String(pending, StandardCharsets.UTF_8).isBlank()) {
            return List.of();
        }
        String text = new String(pending, StandardCharsets.UTF_8);
        pending = new byte[0];
        return List.of(parse(text));
    }

    /** If a blank line ("\n\n", "\r\n\r\n", "\r\r") ends at position i's newline, the index after it, else -1. */
    private static int blankLineEnd(byte[] b, int i) {
        if (b[i] == '\n' && i + 1 < b.length && b[i + 1] == '\n') {
            return i + 2;
        }
        if (b[i] == '\n' && i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
            return i + 3;
        }
        if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\r') {
            return i + 2;
        }
        return -1;
    }

    static SseEvent parse(String raw) {
        String event = "";
        StringBuilder data = null;
        for (String line : raw.split("\r\n|\n|\r")) {
            if (line.startsWith("event:")) {
                event = field(line, 6);
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder() : data.append('\n');
                data.append(field(line, 5));
            }
        }
        return new SseEvent(raw, event, data == null ? "" : data.toString());
    }

    private static String field(String line, int from) {
        return line.startsWith(" ", from) ? line.substring(from + 1) : line.substring(from);
    }
}
