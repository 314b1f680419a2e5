package ai.headroom.core.cache;

import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.dialect.Slot;
import ai.headroom.core.json.JsonEdits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the values in the system prompt and tools that change from request to request and so break the
 * provider's prefix cache; optionally moves the lines holding them out of the system prompt.
 *
 * <p>Moving (off by default): each volatile line of a system slot — short lines only, so a paragraph that
 * merely mentions an id stays — is cut out and repeated in a {@code <system-reminder>} appended to the end
 * of the last user message. Trade-off: the system prompt and tools become byte-stable across days, sessions
 * and users, so their (large) cached prefix keeps hitting; in exchange the model reads the date or commit
 * at the end of the conversation rather than in its instructions, and those few tokens are never cached.
 * The reminder is a separate block after any {@code cache_control} block, so the breakpoint written this
 * turn still matches the next turn, which no longer carries it there. Tools are only reported: their text is
 * part of a schema the client owns. Stateless and thread-safe.
 */
public final class CacheAligner {

    /** Longer lines are reported but never moved: moving them would carry real instructions away. */
    static final int MAX_MOVED_LINE = 200;

    private final boolean moveLines;

    /** A report-only aligner. */
    public CacheAligner() {
        this(false);
    }

    public CacheAligner(boolean moveLines) {
        this.moveLines = moveLines;
    }

    /**
     * What was found and the edits that move it (empty edits when moving is off or nothing is movable).
     *
     * @param rewritten pointers of the strings the edits replace; nothing else may edit them
     */
    public record Alignment(List<VolatileValue> found, JsonEdits edits, int movedLines, Set<String> rewritten) {}

    /** Volatile values of the system prompt and tools, in document order. */
    public List<VolatileValue> scan(JsonNode request, Dialect dialect) {
        return align(request, dialect, false).found();
    }

    /** Scans, and when moving is on, builds the edits that move volatile lines to the last user message. */
    public Alignment align(JsonNode request, Dialect dialect) {
        return align(request, dialect, moveLines);
    }

    private Alignment align(JsonNode request, Dialect dialect, boolean move) {
        List<VolatileValue> found = new ArrayList<>();
        JsonEdits edits = new JsonEdits();
        List<Slot> slots = dialect.slots(request);
        UserTurn target = move ? UserTurn.last(request, dialect) : null;
        List<String> moved = new ArrayList<>();
        Set<String> rewritten = new HashSet<>();
        for (Slot slot : slots) {
            if (slot.origin() != Slot.Origin.SYSTEM) {
                continue;
            }
            String text = slot.text();
            List<VolatileScanner.Hit> hits = VolatileScanner.scan(text);
            TreeSet<Integer> lineStarts = new TreeSet<>();
            for (VolatileScanner.Hit h : hits) {
                found.add(new VolatileValue(h.kind(), slot.pointer(), h.line(), text.substring(h.start(), h.end())));
                int start = VolatileScanner.lineStart(text, h.start());
                if (VolatileScanner.lineEnd(text, h.start()) - start <= MAX_MOVED_LINE) {
                    lineStarts.add(start);
                }
            }
            boolean movable = target != null && (slot.messageIndex() < 0 || slot.messageIndex() < target.index());
            if (movable && !lineStarts.isEmpty()) {
                edits.replaceString(slot.pointer(), withoutLines(text, lineStarts, moved));
                rewritten.add(slot.pointer());
            }
        }
        scanTools(request.path("tools"), "/tools", found);
        if (moved.isEmpty()) {
            return new Alignment(List.copyOf(found), new JsonEdits(), 0, Set.of());
        }
        target.append(edits, "<system-reminder>\n" + String.join("\n", moved) + "\n</system-reminder>")
                .ifPresent(rewritten::add);
        return new Alignment(List.copyOf(found), edits, moved.size(), Set.copyOf(rewritten));
    }

    /** {@code text} without the lines starting at {@code starts}; the removed lines are added to {@code moved}. */
    private static String withoutLines(String text, TreeSet<Integer> starts, List<String> moved) {
        StringBuilder kept = new StringBuilder(text.length());
        int copied = 0;
        for (int start : starts) {
            int end = VolatileScanner.lineEnd(text, start);
            moved.add(text.substring(start, end));
            kept.append(text, copied, start);
            copied = Math.min(text.length(), end + 1);
        }
        kept.append(text, copied, text.length());
        return kept.toString();
    }

    private static void scanTools(JsonNode node, String pointer, List<VolatileValue> found) {
        if (node.isTextual()) {
            String text = node.asText();
            for (VolatileScanner.Hit h : VolatileScanner.scan(text)) {
                found.add(new VolatileValue(h.kind(), pointer, h.line(), text.substring(h.start(), h.end())));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scanTools(node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                scanTools(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), found);
            }
        }
    }

    /** Where the reminder goes: the last user message, and how to append text to it. */
    private record UserTurn(int index, String pointer, JsonNode content, boolean responses) {

        static UserTurn last(JsonNode request, Dialect dialect) {
            boolean responses = dialect instanceof OpenAiResponses;
            JsonNode list = request.path(responses ? "input" : "messages");
            if (responses && list.isTextual()) {
                return new UserTurn(0, "/input", list, true);
            }
            for (int i = list.size() - 1; i >= 0; i--) {
                JsonNode m = list.get(i);
                if ("user".equals(m.path("role").asText()) && (m.path("content").isTextual() || m.path("content").isArray())) {
                    return new UserTurn(i, (responses ? "/input/" : "/messages/") + i + "/content", m.get("content"),
                            responses);
                }
            }
            return null;
        }

        /** Appends the reminder; the pointer of the string it rewrote, when it extended a string. */
        Optional<String> append(JsonEdits edits, String reminder) {
            if (content.isTextual()) {
                edits.replaceString(pointer, content.asText() + "\n\n" + reminder);
                return Optional.of(pointer);
            }
            String type = responses ? "input_text" : "text";
            edits.appendToArray(pointer, "{\"type\":\"" + type + "\",\"text\":" + TextNode.valueOf(reminder) + "}");
            return Optional.empty();
        }
    }
}
