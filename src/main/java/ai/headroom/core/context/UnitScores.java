package ai.headroom.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Substrings, not words: "TypeError", "AssertionFailedError" and "FAILED:" all count. */
    private static final List<String> ERROR_WORDS = List.of("error", "exception", "failed", "failure", "fatal",
            "panic", "traceback", "denied", "timed out", "segfault");

    private UnitScores() {}

    /** What one message contributes to its unit's score. */
    private record Stats(Set<String> terms, boolean error, Set<String> words, int wordCount) {}

    /** One score per unit, in the units' order. */
    static double[] of(List<DropUnits.Unit> units, JsonNode array, List<Item> items) {
        int n = items.size();
        Stats[] stats = new Stats[n];
        Map<String, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String text = text(array.get(i));
            Set<String> words = new HashSet<>();
            stats[i] = new Stats(terms(text), items.get(i).error() || mentionsError(text), words, words(text, words));
            for (String term : stats[i].terms()) {
                lastSeen.merge(term, i, Math::max);
            }
        }
        double[] scores = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            DropUnits.Unit unit = units.get(u);
            boolean error = false;
            Set<String> referenced = new HashSet<>();
            Set<String> distinct = new HashSet<>();
            int total = 0;
            for (int i : unit.members()) {
                error |= stats[i].error();
                distinct.addAll(stats[i].words());
                total += stats[i].wordCount();
                for (String term : stats[i].terms()) {
                    if (lastSeen.get(term) > unit.last()) {
                        referenced.add(term);
                    }
                }
            }
            double recency = n <= 1 ? 1 : (double) unit.first() / (n - 1);
            double density = total == 0 ? 0 : (double) distinct.size() / total;
            scores[u] = RECENCY * recency + REFERENCES * Math.min(1.0, referenced.size() / 5.0)
                    + (error ? ERRORS : 0) + DENSITY * density;
        }
        return scores;
    }

    private static boolean mentionsError(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : ERROR_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
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

    /**
     * Paths and dotted names, ids mixing letters and digits, camelCase words — what later turns cite by
     * name. A linear scan over runs of name characters: a regex with alternatives backtracks on every word.
     */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isNameChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (end - start >= 6 && isTerm(text, start, end)) {
                terms.add(text.substring(start, end));
            }
        }
        return terms;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == ':' || c == '#'
                || c == '-');
    }

    private static boolean isTerm(String text, int start, int end) {
        boolean letter = false;
        boolean digit = false;
        boolean separator = false;
        boolean camel = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            separator |= i > start && !Character.isLetterOrDigit(c) && c != '_';
            camel |= i > start && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
        }
        return letter && (separator || digit || camel);
    }

    /** Adds the words of {@code text} to {@code distinct}; returns how many words it has (repetitive output scores low). */
    private static int words(String text, Set<String> distinct) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                distinct.add(text.substring(start, i));
                count++;
            }
        }
        return count;
    }
}
