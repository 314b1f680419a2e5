package ai.headroom.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how much a group of messages is worth keeping: recent groups, groups whose identifiers (paths,
 * ids, CamelCase names) the conversation mentions again later, groups reporting errors and dense
 * (non-repetitive) groups score higher. Deterministic; the lowest score is dropped first.
 */
final class UnitScores {

    /** Reading more of one message than this adds cost and changes little in its score. */
    private static final int MAX_SCAN_CHARS = 32_000;

    static final double RECENCY = 1.0;
    static final double REFERENCES = 0.8;
    static final double ERRORS = 0.5;
    static final double DENSITY = 0.3;

    /** Paths and dotted names, ids with digits, camelCase words: what later turns cite by name. */
    private static final Pattern TERM = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*(?:[./:#-][A-Za-z0-9_]+)+|[A-Za-z_]*\\d[A-Za-z0-9_]{5,}|[a-z]+[A-Z][A-Za-z0-9]{2,}");
    private static final Pattern ERROR = Pattern.compile(
            "\\b(?:error|exception|failed|failure|fatal|panic|traceback|denied|timed out|segfault)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private UnitScores() {}

    /** One score per unit, in the units' order. */
    static double[] of(List<DropUnits.Unit> units, JsonNode array, List<Item> items) {
        int n = items.size();
        String[] texts = new String[n];
        Map<String, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            texts[i] = text(array.get(i));
            for (String term : terms(texts[i])) {
                lastSeen.merge(term, i, Math::max);
            }
        }
        double[] scores = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            DropUnits.Unit unit = units.get(u);
            StringBuilder joined = new StringBuilder();
            boolean error = false;
            for (int i : unit.members()) {
                joined.append(texts[i]).append('\n');
                error |= items.get(i).error();
            }
            String text = joined.toString();
            error |= ERROR.matcher(text).find();
            int referenced = 0;
            for (String term : terms(text)) {
                if (lastSeen.getOrDefault(term, -1) > unit.last()) {
                    referenced++;
                }
            }
            double recency = n <= 1 ? 1 : (double) unit.first() / (n - 1);
            scores[u] = RECENCY * recency + REFERENCES * Math.min(1.0, referenced / 5.0)
                    + (error ? ERRORS : 0) + DENSITY * density(text);
        }
        return scores;
    }

    /** The item's string values, joined; keys and structure are not what the model reads. */
    static String text(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.length() > MAX_SCAN_CHARS ? sb.substring(0, MAX_SCAN_CHARS) : sb.toString();
    }

    private static void append(JsonNode node, StringBuilder sb) {
        if (sb.length() > MAX_SCAN_CHARS) {
            return;
        }
        if (node.isTextual()) {
            sb.append(node.asText()).append('\n');
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                append(child, sb);
            }
        }
    }

    private static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() >= 6) {
                terms.add(m.group());
            }
        }
        return terms;
    }

    /** Share of distinct words: repetitive output (progress bars, repeated log lines) scores low. */
    private static double density(String text) {
        Matcher m = WORD.matcher(text);
        int total = 0;
        Set<String> distinct = new HashSet<>();
        while (m.find()) {
            total++;
            distinct.add(m.group());
        }
        return total == 0 ? 0 : (double) distinct.size() / total;
    }
}
