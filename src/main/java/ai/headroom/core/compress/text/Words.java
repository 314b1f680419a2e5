package ai.headroom.core.compress.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lower-cased words of a text span, without stop words: the vocabulary for relevance and duplicate checks. */
final class Words {

    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does",
            "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "me", "more", "most", "my", "no", "not", "of", "on", "or", "our", "she", "so", "some", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "us",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
            "you", "your", "also", "just", "very", "all", "any", "each", "about", "after", "before", "only",
            "one", "out", "up", "again", "should", "may", "much", "many", "such", "other", "own", "same");

    /** Longer words skip the set lookup (hashing every word cost more than the rest of the split). */
    private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);

    private Words() {}

    static List<String> of(String text, int start, int end) {
        List<String> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - s >= 2) {
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                if (w.length() > LONGEST_STOP || !STOP.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    static List<String> of(String text) {
        return of(text, 0, text.length());
    }
}
