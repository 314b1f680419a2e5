package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an array of objects as one header and one CSV-like row per object, without losing anything.
 *
 * <p>The format is described in {@link SmartCrusher}. A list qualifies when every item is an object
 * whose keys are unique and appear in the order of the header (the order of first appearance), so a
 * reader can rebuild every object, key order included, from the header and its row.
 */
final class TableRenderer {

    /**
     * A rendered table.
     *
     * @param columns the column list, e.g. {@code {id:int,name:str}}
     * @param rows    one line per item, without line breaks
     */
    record Table(String columns, List<String> rows) {
        /** Characters of the header plus rows, as the writer lays them out (without a marker). */
        int length() {
            int len = columns.length() + 8;
            for (String row : rows) {
                len += row.length() + 1;
            }
            return len;
        }
    }

    private enum Type { INT, NUM, STR, BOOL, JSON, NONE }

    private TableRenderer() {}

    /** The table for these items, or null when they cannot be rendered losslessly as one. */
    static Table render(List<JsonValue> items) {
        Map<String, Integer> index = new HashMap<>();
        List<JsonValue.Str> keys = new ArrayList<>();
        for (JsonValue item : items) {
            if (!(item instanceof JsonValue.Obj obj)) {
                return null;
            }
            for (JsonValue.Member m : obj.members()) {
                if (index.putIfAbsent(m.key().value(), keys.size()) == null) {
                    keys.add(m.key());
                }
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        Type[] types = new Type[keys.size()];
        java.util.Arrays.fill(types, Type.NONE);
        for (JsonValue item : items) {
            int last = -1;
            for (JsonValue.Member m : ((JsonValue.Obj) item).members()) {
                int col = index.get(m.key().value());
                if (col <= last) { // duplicate key or a key order the header cannot express
                    return null;
                }
                last = col;
                types[col] = merge(types[col], typeOf(m.value()));
            }
        }
        StringBuilder header = new StringBuilder("{");
        for (int c = 0; c < keys.size(); c++) {
            if (c > 0) {
                header.append(',');
            }
            header.append(headerKey(keys.get(c))).append(':').append(label(types[c]));
        }
        header.append('}');
        List<String> rows = new ArrayList<>(items.size());
        String[] cells = new String[keys.size()];
        StringBuilder row = new StringBuilder();
        for (JsonValue item : items) {
            java.util.Arrays.fill(cells, null);
            for (JsonValue.Member m : ((JsonValue.Obj) item).members()) {
                int col = index.get(m.key().value());
                cells[col] = cell(m.value(), types[col]);
            }
            row.setLength(0);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    row.append(',');
                }
                if (cells[c] != null) {
                    row.append(cells[c]);
                }
            }
            rows.add(row.toString());
        }
        return new Table(header.toString(), rows);
    }

    private static Type typeOf(JsonValue v) {
        return switch (v) {
            case JsonValue.Num n -> n.raw().indexOf('.') < 0 && n.raw().indexOf('e') < 0 && n.raw().indexOf('E') < 0
                    ? Type.INT : Type.NUM;
            case JsonValue.Str s -> Type.STR;
            case JsonValue.Lit l -> l.isNull() ? Type.NONE : Type.BOOL;
            default -> Type.JSON;
        };
    }

    private static Type merge(Type a, Type b) {
        if (a == Type.NONE || a == b) {
            return b == Type.NONE ? a : b;
        }
        if (b == Type.NONE) {
            return a;
        }
        if ((a == Type.INT || a == Type.NUM) && (b == Type.INT || b == Type.NUM)) {
            return Type.NUM;
        }
        return Type.JSON;
    }

    private static String label(Type t) {
        return switch (t) {
            case INT -> "int";
            case NUM -> "num";
            case STR -> "str";
            case BOOL -> "bool";
            case JSON, NONE -> "json";
        };
    }

    private static String cell(JsonValue v, Type type) {
        if (type == Type.STR && v instanceof JsonValue.Str s) {
            return bareSafe(s.value()) ? s.value() : s.raw();
        }
        return JsonText.compact(v);
    }

    /** True when a string can stand unquoted in a str cell and still be read back exactly. */
    private static boolean bareSafe(String v) {
        if (v.isEmpty() || v.equals("null")) {
            return false;
        }
        char first = v.charAt(0);
        if (first == '"' || first == '[' || first == '{' || first == ' ' || v.charAt(v.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static String headerKey(JsonValue.Str key) {
        String k = key.value();
        if (k.isEmpty()) {
            return key.raw();
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-' || c == '.' || c == '$' || c == '@' || c == '/';
            if (!ok) {
                return key.raw();
            }
        }
        return k;
    }
}
