package ai.headroom.core.json;

import java.util.List;

/** A parsed JSON value that keeps the input's exact number and string text and its key order. */
public sealed interface JsonValue permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Lit {

    /** One object member; duplicate keys are kept as they came. */
    record Member(Str key, JsonValue value) {}

    /** An object with its members in input order. */
    record Obj(List<Member> members) implements JsonValue {}

    /** An array. */
    record Arr(List<JsonValue> items) implements JsonValue {}

    /**
     * A string.
     *
     * @param raw   the literal exactly as written, quotes and escapes included
     * @param value the decoded text
     */
    record Str(String raw, String value) implements JsonValue {}

    /** A number, exactly as written (no rounding through double). */
    record Num(String raw) implements JsonValue {}

    /** {@code true}, {@code false} or {@code null}. */
    record Lit(String raw) implements JsonValue {
        public boolean isNull() {
            return "null".equals(raw);
        }
    }
}
