package ai.headroom.core.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Where, in a document's bytes, its long strings and its root containers end: what {@link JsonSplicer} needs
 * to edit the document without parsing it a second time. Recorded by {@link SpanRecorder} while the tree
 * is read; a pointer it does not know sends the splicer back to its streaming pass.
 */
public final class JsonSpans {

    private final Map<String, Long> strings = new HashMap<>();
    private final Map<String, Integer> rootArrayEnds = new HashMap<>();
    private int rootEnd = -1;
    private RawElements.Found members;

    void string(String pointer, int start, int end) {
        strings.put(pointer, (long) start << 32 | end);
    }

    void rootArrayEnd(String pointer, int closeAt) {
        rootArrayEnds.put(pointer, closeAt);
    }

    void rootEnd(int closeAt) {
        rootEnd = closeAt;
    }

    void members(RawElements.Found found) {
        members = found;
    }

    /** Where every root member's value and each element of a root member array sit, or null when not recorded. */
    RawElements.Found members() {
        return members;
    }

    /** The string at {@code pointer}, opening quote to closing quote inclusive, as {@code start << 32 | end}; or null. */
    Long string(String pointer) {
        return strings.get(pointer);
    }

    /** Offset of the closing bracket of the root member array at {@code pointer} ({@code /tools}), or null. */
    Integer rootArrayEnd(String pointer) {
        return rootArrayEnds.get(pointer);
    }

    /** Offset of the root object's closing brace, or -1. */
    int rootEnd() {
        return rootEnd;
    }
}
