package ai.headroom.core.compress.code;

import java.util.HashMap;
import java.util.Map;

/** A grammar's node-type and field names, indexed by the numeric ids a flattened tree carries. */
record GrammarNames(String[] symbols, Map<String, Integer> fieldIds) {

    /** From the native arrays: symbol names by symbol id, field names by field id (slot 0 empty). */
    static GrammarNames of(String[] symbols, String[] fields) {
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 1; id < fields.length; id++) {
            if (fields[id] != null) {
                ids.putIfAbsent(fields[id], id);
            }
        }
        return new GrammarNames(symbols, Map.copyOf(ids));
    }

    String symbol(int id) {
        return id >= 0 && id < symbols.length && symbols[id] != null ? symbols[id] : "";
    }

    /** The id of a field name, or -1 when the grammar has no such field. */
    int fieldId(String name) {
        return fieldIds.getOrDefault(name, -1);
    }
}
