package ai.headroom.core.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of edits to apply to a JSON document by byte splicing.
 *
 * <p>Pointers are RFC 6901 JSON pointers as Jackson renders them ({@code /messages/3/content}).
 */
public final class JsonEdits {
    private final Map<String, String> stringReplacements = new LinkedHashMap<>();
    private final Map<String, String> arrayAppends = new LinkedHashMap<>();
    private final Map<String, String> rootMembers = new LinkedHashMap<>();
    private final Map<String, String> rawReplacements = new LinkedHashMap<>();
    private final Map<String, String> insertsAfter = new LinkedHashMap<>();

    /** Replace the string value at {@code pointer} with {@code value}. */
    public JsonEdits replaceString(String pointer, String value) {
        stringReplacements.put(pointer, value);
        return this;
    }

    /**
     * Replace the value at {@code pointer}, whatever its type, with already-serialised JSON text.
     * It wins over any other edit at or below the same pointer (those bytes are gone).
     */
    public JsonEdits replaceRaw(String pointer, String rawJson) {
        rawReplacements.put(pointer, rawJson);
        return this;
    }

    /** Append one already-serialised JSON element to the array at {@code pointer}. */
    public JsonEdits appendToArray(String pointer, String rawElement) {
        arrayAppends.put(pointer, rawElement);
        return this;
    }

    /**
     * Insert already-serialised JSON elements (one, or several joined by commas) right after the array
     * element at {@code pointer} ({@code /messages/4}). The element's own bytes are copied as they are.
     */
    public JsonEdits insertAfter(String pointer, String rawElements) {
        insertsAfter.put(pointer, rawElements);
        return this;
    }

    /** Add a member to the root object (the caller checks it is absent). */
    public JsonEdits addRootMember(String name, String rawValue) {
        rootMembers.put(name, rawValue);
        return this;
    }

    public boolean isEmpty() {
        return stringReplacements.isEmpty() && arrayAppends.isEmpty() && rootMembers.isEmpty()
                && rawReplacements.isEmpty() && insertsAfter.isEmpty();
    }

    Map<String, String> stringReplacements() {
        return stringReplacements;
    }

    Map<String, String> arrayAppends() {
        return arrayAppends;
    }

    Map<String, String> rootMembers() {
        return rootMembers;
    }

    Map<String, String> rawReplacements() {
        return rawReplacements;
    }

    Map<String, String> insertsAfter() {
        return insertsAfter;
    }
}
