package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the statistically notable items of an array by looking at its top-level fields: numbers more
 * than 2σ from their field's mean, items around a shift in a numeric series, rare values of categorical
 * fields (status, level, type…), fields or value types present in fewer than 20% of the items.
 */
final class FieldSignals {

    private static final double OUTLIER_SIGMAS = 2.0;
    private static final double CHANGE_SIGMAS = 2.0;
    private static final double RARE_FIELD_SHARE = 0.2;
    private static final double RARE_VALUE_SHARE = 0.05;
    private static final int MAX_CATEGORIES = 20;

    /** Values of one field, with the positions of the items they came from. */
    private static final class Field {
        final List<Integer> positions = new ArrayList<>();
        final List<JsonValue> values = new ArrayList<>();
    }

    private FieldSignals() {}

    /**
     * Positions (into {@code items}) of notable items, strongest signals first; may repeat a position.
     */
    static List<Integer> notable(List<JsonValue> items) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, List<Integer>> types = new LinkedHashMap<>();
        int objects = 0;
        for (int p = 0; p < items.size(); p++) {
            JsonValue item = items.get(p);
            types.computeIfAbsent(typeName(item), t -> new ArrayList<>()).add(p);
            if (item instanceof JsonValue.Obj o) {
                objects++;
                for (JsonValue.Member m : o.members()) {
                    Field f = fields.computeIfAbsent(m.key().value(), k -> new Field());
                    if (f.positions.isEmpty() || f.positions.get(f.positions.size() - 1) != p) {
                        f.positions.add(p);
                        f.values.add(m.value());
                    }
                }
            } else {
                Field f = fields.computeIfAbsent("", k -> new Field());
                f.positions.add(p);
                f.values.add(item);
            }
        }
        List<Integer> outliers = new ArrayList<>();
        List<Integer> rareValues = new ArrayList<>();
        List<Integer> rareShapes = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();
        int n = items.size();
        for (Field f : fields.values()) {
            numeric(f, n, outliers, changes);
            categorical(f, n, rareValues);
        }
        if (objects >= 5) {
            for (Map.Entry<String, Field> e : fields.entrySet()) {
                if (!e.getKey().isEmpty() && e.getValue().positions.size() < RARE_FIELD_SHARE * objects) {
                    rareShapes.addAll(e.getValue().positions);
                }
            }
        }
        for (List<Integer> ofType : types.values()) {
            if (ofType.size() < RARE_FIELD_SHARE * n) {
                rareShapes.addAll(ofType);
            }
        }
        List<Integer> all = new ArrayList<>(outliers);
        all.addAll(rareValues);
        all.addAll(rareShapes);
        all.addAll(changes);
        return all;
    }

    private static void numeric(Field f, int n, List<Integer> outliers, List<Integer> changes) {
        List<Integer> pos = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < f.values.size(); i++) {
            if (f.values.get(i) instanceof JsonValue.Num num) {
                double x = NumberValue.of(num.raw());
                if (Double.isFinite(x)) {
                    pos.add(f.positions.get(i));
                    xs.add(x);
                }
            }
        }
        int m = xs.size();
        if (m < 5 || m < n / 2) {
            return;
        }
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        double mean = sum / m;
        double sq = 0;
        for (double x : xs) {
            sq += (x - mean) * (x - mean);
        }
        double sigma = Math.sqrt(sq / m);
        if (sigma == 0) {
            return;
        }
        for (int i = 0; i < m; i++) {
            if (Math.abs(xs.get(i) - mean) > OUTLIER_SIGMAS * sigma) {
                outliers.add(pos.get(i));
            }
        }
        changePoints(pos, xs, sigma, changes);
    }

    /** Where the mean of the next w values differs from the mean of the previous w by more than 2σ. */
    private static void changePoints(List<Integer> pos, List<Double> xs, double sigma, List<Integer> changes) {
        int m = xs.size();
        int w = Math.max(5, Math.min(10, m / 20));
        if (m < 2 * w + 1) {
            return;
        }
        double[] prefix = new double[m + 1];
        for (int i = 0; i < m; i++) {
            prefix[i + 1] = prefix[i] + xs.get(i);
        }
        int bestAt = -1;
        double best = 0;
        for (int i = w; i <= m - w; i++) {
            double shift = Math.abs((prefix[i + w] - prefix[i]) - (prefix[i] - prefix[i - w])) / w;
            if (shift > CHANGE_SIGMAS * sigma) {
                if (shift > best) {
                    best = shift;
                    bestAt = i;
                }
            } else if (bestAt >= 0) { // a run of shifted windows ended: keep the items either side of its peak
                changes.add(pos.get(bestAt - 1));
                changes.add(pos.get(bestAt));
                bestAt = -1;
                best = 0;
            }
        }
        if (bestAt >= 0) {
            changes.add(pos.get(bestAt - 1));
            changes.add(pos.get(bestAt));
        }
    }

    private static void categorical(Field f, int n, List<Integer> rareValues) {
        int m = f.values.size();
        if (m < 5 || m < n / 2) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[m];
        for (int i = 0; i < m; i++) {
            keys[i] = scalarKey(f.values.get(i));
            if (keys[i] == null) {
                return;
            }
            counts.merge(keys[i], 1, Integer::sum);
            if (counts.size() > MAX_CATEGORIES) {
                return;
            }
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // a field is categorical when few values repeat and one dominates (level, status, state)
        if (counts.size() < 2 || counts.size() > Math.max(2, m / 4) || top * 2 < m) {
            return;
        }
        double rare = Math.max(1, m * RARE_VALUE_SHARE);
        for (int i = 0; i < m; i++) {
            if (counts.get(keys[i]) <= rare) {
                rareValues.add(f.positions.get(i));
            }
        }
    }

    /** The value as written: a string keeps its quotes, so "true" and true, "1" and 1 stay apart. */
    private static String scalarKey(JsonValue v) {
        return switch (v) {
            case JsonValue.Str s -> s.raw();
            case JsonValue.Num num -> num.raw();
            case JsonValue.Lit l -> l.raw();
            default -> null;
        };
    }

    private static String typeName(JsonValue v) {
        return switch (v) {
            case JsonValue.Obj o -> "object";
            case JsonValue.Arr a -> "array";
            case JsonValue.Str s -> "string";
            case JsonValue.Num num -> "number";
            case JsonValue.Lit l -> l.isNull() ? "null" : "boolean";
        };
    }
}
