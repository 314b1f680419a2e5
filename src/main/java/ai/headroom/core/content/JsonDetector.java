package ai.headroom.core.content;

import ai.headroom.core.json.JsonValue;
import ai.headroom.core.json.StrictJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Recognises a text that is one JSON object or array: a cheap bracket check, then a parse. Texts up to
 * {@link #FULL_PARSE_LIMIT} chars are parsed into a tree the JSON compressor reuses; longer ones get a
 * streaming check of their first {@link #FULL_PARSE_LIMIT} chars.
 */
final class JsonDetector {

    /** A JSON verdict, with the parsed tree when the whole text was parsed (else null). */
    record Found(Detection detection, JsonValue tree) {}

    /** Past this many chars a clean parse of the prefix is taken as enough evidence; keeps 5 MB inputs fast. */
    static final int FULL_PARSE_LIMIT = 256 * 1024;

    // JsonFactory is thread-safe once configured; the parser is streaming, so deep nesting cannot
    // overflow the stack (Jackson also caps nesting depth and rejects deeper documents).
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonDetector() {
    }

    /** JSON detection for the whole text, with its tree when it was parsed whole; null when it is not JSON. */
    static Found find(String text) {
        int first = firstNonBlank(text);
        int last = lastNonBlank(text);
        if (first < 0 || first == last) {
            return null;
        }
        char open = text.charAt(first);
        char close = text.charAt(last);
        if (!((open == '{' && close == '}') || (open == '[' && close == ']'))) {
            return null;
        }
        if (open == '[' && !plausibleArrayStart(text, first)) {
            return null;
        }
        if (text.length() <= FULL_PARSE_LIMIT) {
            JsonValue tree = StrictJson.parse(text);
            return tree == null ? null : new Found(new Detection(ContentKind.JSON, "", 1.0), tree);
        }
        return switch (parse(text)) {
            case VALID -> new Found(new Detection(ContentKind.JSON, "", 1.0), null);
            case VALID_PREFIX -> new Found(new Detection(ContentKind.JSON, "", 0.9), null);
            case INVALID -> null;
        };
    }

    /** Whether the text is exactly one JSON object or array (surrounding whitespace allowed). */
    static boolean isValid(String text) {
        return parse(text) == Outcome.VALID;
    }

    private enum Outcome { VALID, VALID_PREFIX, INVALID }

    private static Outcome parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                return Outcome.INVALID;
            }
            int depth = 1;
            int tokens = 0;
            while (depth > 0) {
                token = parser.nextToken();
                if (token == null) {
                    return Outcome.INVALID;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                // currentLocation() allocates: look at the offset once every 512 tokens only.
                if (depth > 0 && (++tokens & 511) == 0 && parser.currentLocation().getCharOffset() > FULL_PARSE_LIMIT) {
                    return Outcome.VALID_PREFIX;
                }
            }
            return parser.nextToken() == null ? Outcome.VALID : Outcome.INVALID;
        } catch (Exception | StackOverflowError e) {
            // Any parse failure (malformed input, nesting or size limits) simply means "not JSON".
            return Outcome.INVALID;
        }
    }

    /** "[INFO] ..." or "[2024-01-01 ...]" lines start with '[' too; a JSON array continues with a value. */
    private static boolean plausibleArrayStart(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' || c == '"' || c == ']' || c == '-' || Lines.isDigit(c)
                        || c == 't' || c == 'f' || c == 'n';
            }
        }
        return false;
    }

    private static int firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
