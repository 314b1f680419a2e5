package ai.headroom.core.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict RFC 8259 parser into {@link JsonValue}s; returns null instead of throwing on anything it rejects.
 *
 * <p>Nesting is bounded by {@link #MAX_DEPTH} so hostile input (10,000 open brackets) fails fast
 * instead of overflowing the stack; such input is then left unchanged by the caller.
 */
public final class StrictJson {

    /** Deepest nesting accepted; deeper documents are treated as not-JSON and left alone. */
    public static final int MAX_DEPTH = 512;

    private static final RuntimeException MALFORMED = new RuntimeException("malformed JSON", null, false, false) {};

    private final String s;
    private int pos;

    private StrictJson(String s) {
        this.s = s;
    }

    /** The parsed value, or null when the text is not exactly one JSON value (whitespace around allowed). */
    public static JsonValue parse(String text) {
        StrictJson p = new StrictJson(text);
        try {
            p.skipWs();
            JsonValue v = p.value(0);
            p.skipWs();
            return p.pos == text.length() ? v : null;
        } catch (RuntimeException e) { // MALFORMED or running off the end of a truncated text
            return null;
        }
    }

    private JsonValue value(int depth) {
        if (depth > MAX_DEPTH) {
            throw MALFORMED;
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        };
    }

    private JsonValue object(int depth) {
        pos++;
        List<JsonValue.Member> members = new ArrayList<>();
        skipWs();
        if (s.charAt(pos) == '}') {
            pos++;
            return new JsonValue.Obj(members);
        }
        while (true) {
            skipWs();
            if (s.charAt(pos) != '"') {
                throw MALFORMED;
            }
            JsonValue.Str key = string();
            skipWs();
            expect(':');
            skipWs();
            members.add(new JsonValue.Member(key, value(depth + 1)));
            skipWs();
            char c = s.charAt(pos++);
            if (c == '}') {
                return new JsonValue.Obj(members);
            }
            if (c != ',') {
                throw MALFORMED;
            }
        }
    }

    private JsonValue array(int depth) {
        pos++;
        List<JsonValue> items = new ArrayList<>();
        skipWs();
        if (s.charAt(pos) == ']') {
            pos++;
            return new JsonValue.Arr(items);
        }
        while (true) {
            skipWs();
            items.add(value(depth + 1));
            skipWs();
            char c = s.charAt(pos++);
            if (c == ']') {
                return new JsonValue.Arr(items);
            }
            if (c != ',') {
                throw MALFORMED;
            }
        }
    }

    private JsonValue.Str string() {
        int start = pos++;
        boolean escaped = false;
        while (true) {
            char c = s.charAt(pos);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escaped = true;
                char e = s.charAt(pos + 1);
                if (e == 'u') {
                    for (int i = 2; i < 6; i++) {
                        if (Character.digit(s.charAt(pos + i), 16) < 0) {
                            throw MALFORMED;
                        }
                    }
                    pos += 6;
                } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
                    pos += 2;
                } else {
                    throw MALFORMED;
                }
            } else if (c < 0x20) {
                throw MALFORMED;
            } else {
                pos++;
            }
        }
        pos++;
        String raw = s.substring(start, pos);
        return new JsonValue.Str(raw, escaped ? decode(raw) : raw.substring(1, raw.length() - 1));
    }

    private static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private JsonValue literal(String word) {
        if (!s.startsWith(word, pos)) {
            throw MALFORMED;
        }
        pos += word.length();
        return new JsonValue.Lit(word);
    }

    private JsonValue number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw MALFORMED;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw MALFORMED;
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw MALFORMED;
            }
            digits();
        }
        return new JsonValue.Num(s.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private int peek() {
        return pos < s.length() ? s.charAt(pos) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void expect(char c) {
        if (s.charAt(pos++) != c) {
            throw MALFORMED;
        }
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }
}
