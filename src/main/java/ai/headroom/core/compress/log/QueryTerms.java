package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of the user's question worth looking for in a log, matched case-insensitively. */
final class QueryTerms {

    private static final int MIN_LENGTH = 3;
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "what", "why", "how", "this", "that", "from", "are", "was", "were",
            "did", "does", "not", "log", "logs", "line", "lines", "show", "find", "can", "you", "there", "here",
            "when", "where", "which", "who", "any", "all", "into", "about", "please", "tell", "happened", "see",
            "look", "output", "file", "fix", "has", "have", "had", "its", "our", "your", "run");

    private final List<String> terms;

    private QueryTerms(List<String> terms) {
        this.terms = terms;
    }

    static QueryTerms of(String query) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = trimPunctuation(word.toString()).toLowerCase(Locale.ROOT);
                if (w.length() >= MIN_LENGTH && !STOP_WORDS.contains(w)) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return new QueryTerms(new ArrayList<>(words));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Bit {@code k} is set when the line contains term {@code k} (only the first 31 terms count). */
    int matches(String line) {
        int mask = 0;
        for (int k = 0; k < Math.min(terms.size(), Integer.SIZE - 1); k++) {
            if (containsIgnoreCase(line, terms.get(k))) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    private static boolean containsIgnoreCase(String line, String lowerTerm) {
        int last = line.length() - lowerTerm.length();
        char first = lowerTerm.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = line.charAt(i);
            if ((c == first || c == firstUpper) && line.regionMatches(true, i, lowerTerm, 0, lowerTerm.length())) {
                return true;
            }
        }
        return false;
    }

    private static String trimPunctuation(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }
}
