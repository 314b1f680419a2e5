package ai.headroom.core.compress.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SmartCrusher output back into a JSON tree, following only the format documented on
 * {@link SmartCrusher}: proves lossless output is reconstructible and lets tests find kept items.
 * Markers and "(×N identical)" notes of lossy output are skipped.
 */
final class CrushedReader {

    static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final Pattern TABLE_HEAD = Pattern.compile("\\[(\\d+)]\\{");
    private static final Pattern MARKER = Pattern.compile("\\[\\d+ items compressed to \\d+\\. Retrieve more: hash=[0-9a-f]{24}]");
    private static final Pattern COPIES = Pattern.compile(" \\(×\\d+ identical\\)");
    private static final JsonNode SKIPPED = TextNode.valueOf("\u0000marker");

    private final String s;
    private int pos;

    private CrushedReader(String s) {
        this.s = s;
    }

    static JsonNode read(String text) {
        CrushedReader r = new CrushedReader(text);
        JsonNode v = r.value();
        if (r.pos != text.length()) {
            throw new IllegalStateException("trailing text at " + r.pos);
        }
        return v;
    }

    /** The input parsed with exact numbers, to compare with what {@link #read} rebuilds. */
    static JsonNode exact(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode value() {
        char c = s.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            Matcher marker = MARKER.matcher(s).region(pos, s.length());
            if (marker.lookingAt()) {
                pos = marker.end();
                return SKIPPED;
            }
            Matcher head = TABLE_HEAD.matcher(s).region(pos, s.length());
            return head.lookingAt() ? table(Integer.parseInt(head.group(1)), head.end() - 1) : array();
        }
        int start = pos;
        if (c == '"') {
            pos++;
            while (s.charAt(pos) != '"') {
                pos += s.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
        } else {
            while (pos < s.length() && ",]}\n ".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
        }
        return exact(s.substring(start, pos));
    }

    private JsonNode object() {
        ObjectNode o = EXACT.createObjectNode();
        pos++;
        while (s.charAt(pos) != '}') {
            String key = value().textValue();
            expect(':');
            o.set(key, value());
            if (s.charAt(pos) == ',') {
                pos++;
            }
        }
        pos++;
        return o;
    }

    private JsonNode array() {
        ArrayNode a = EXACT.createArrayNode();
        pos++;
        while (s.charAt(pos) != ']') {
            JsonNode v = value();
            skipCopies();
            if (v != SKIPPED) {
                a.add(v);
            }
            if (s.charAt(pos) == ',') {
                pos++;
            }
        }
        pos++;
        return a;
    }

    private JsonNode table(int rows, int headerStart) {
        pos = headerStart + 1;
        List<String> keys = new ArrayList<>();
        List<String> types = new ArrayList<>();
        while (s.charAt(pos) != '}') {
            if (s.charAt(pos) == '"') {
                keys.add(value().textValue());
            } else {
                int colon = s.indexOf(':', pos);
                keys.add(s.substring(pos, colon));
                pos = colon;
            }
            expect(':');
            int end = pos;
            while (s.charAt(end) != ',' && s.charAt(end) != '}') {
                end++;
            }
            types.add(s.substring(pos, end));
            pos = s.charAt(end) == ',' ? end + 1 : end;
        }
        pos++;
        ArrayNode a = EXACT.createArrayNode();
        for (int r = 0; r < rows; r++) {
            expect('\n');
            ObjectNode row = a.addObject();
            for (int c = 0; c < keys.size(); c++) {
                if (c > 0) {
                    expect(',');
                }
                JsonNode cell = cell(types.get(c));
                if (cell != null) {
                    row.set(keys.get(c), cell);
                }
            }
            skipCopies();
        }
        if (pos < s.length() && s.charAt(pos) == '\n') {
            pos++;
            Matcher marker = MARKER.matcher(s).region(pos, s.length());
            if (marker.lookingAt()) {
                pos = marker.end();
                if (pos < s.length() && s.charAt(pos) == '\n') {
                    pos++;
                }
            }
        }
        return a;
    }

    private JsonNode cell(String type) {
        char c = pos < s.length() ? s.charAt(pos) : '\n';
        if (c == '"' || c == '[' || c == '{') {
            return value();
        }
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ',' && s.charAt(pos) != '\n'
                && !COPIES.matcher(s).region(pos, s.length()).lookingAt()) {
            pos++;
        }
        String text = s.substring(start, pos);
        if (text.isEmpty()) {
            return null;
        }
        return type.equals("str") && !text.equals("null") ? TextNode.valueOf(text) : exact(text);
    }

    private void skipCopies() {
        Matcher m = COPIES.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            pos = m.end();
        }
    }

    private void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalStateException("expected '" + c + "' at " + pos + ": " + s.substring(pos, Math.min(s.length(), pos + 40)));
        }
        pos++;
    }
}
