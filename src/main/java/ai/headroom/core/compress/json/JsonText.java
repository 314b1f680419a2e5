package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;

/** Writes a {@link JsonValue} as minified JSON with its original number and string text. */
final class JsonText {

    private JsonText() {}

    static String compact(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    static void append(StringBuilder sb, JsonValue v) {
        switch (v) {
            case JsonValue.Obj o -> {
                sb.append('{');
                for (int i = 0; i < o.members().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    JsonValue.Member m = o.members().get(i);
                    sb.append(m.key().raw()).append(':');
                    append(sb, m.value());
                }
                sb.append('}');
            }
            case JsonValue.Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    append(sb, a.items().get(i));
                }
                sb.append(']');
            }
            case JsonValue.Str s -> sb.append(s.raw());
            case JsonValue.Num n -> sb.append(n.raw());
            case JsonValue.Lit l -> sb.append(l.raw());
        }
    }
}
