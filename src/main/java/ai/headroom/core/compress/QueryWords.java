package ai.headroom.core.compress;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The distinctive words of a user's question, matched case-insensitively against lines of tool output. */
public final class QueryWords {

    /** Words too common in questions to tell relevant lines apart. */
    private static final List<String> STOP_WORDS = List.of(
            "the", "and", "for", "with", "what", "where", "when", "how", "why", "who", "which", "does", "did",
            "this", "that", "these", "those", "from", "into", "are", "was", "were", "is", "it", "its", "can",
            "could", "should", "would", "will", "there", "their", "about", "have", "has", "had", "not", "all",
            "any", "show", "find", "file", "files", "line", "lines", "code", "please", "you", "your", "our");

    private static final QueryWords NONE = new QueryWords(List.of());

    private final List<String> words;

    private QueryWords(List<String> words) {
        this.words = words;
    }

    /** The words of {@code query} with three or more letters, lower-cased, minus stop words, sorted. */
    public static QueryWords of(String query) {
        if (query == null || query.isBlank()) {
            return NONE;
        }
        TreeSet<String> found = new TreeSet<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                found.add(w);
            }
        }
        return found.isEmpty() ? NONE : new QueryWords(List.copyOf(found));
    }

    /** How many distinct query words occur in an already lower-cased line. */
    public int hits(String lowerCaseLine) {
        int hits = 0;
        for (String w : words) {
            if (lowerCaseLine.contains(w)) {
                hits++;
            }
        }
        return hits;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
