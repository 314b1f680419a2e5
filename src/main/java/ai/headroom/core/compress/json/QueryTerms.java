package ai.headroom.core.compress.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the user's question into the distinct words worth matching against array items. */
final class QueryTerms {

    /** At most this many terms, so a term set fits one {@code long} bit mask. */
    static final int MAX_TERMS = 64;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "did", "do", "does", "for", "from", "get",
            "has", "have", "how", "in", "is", "it", "its", "me", "my", "of", "on", "or", "show", "that", "the",
            "there", "this", "to", "was", "were", "what", "when", "where", "which", "who", "why", "with",
            "you", "your", "list", "find", "all", "any", "please", "tell", "about", "i", "we");

    private QueryTerms() {}

    static List<String> of(String query) {
        List<String> terms = new ArrayList<>();
        Words.forEach(query, (text, start, end) -> {
            String w = Words.lower(text, start, end);
            if (w.length() >= 2 && !STOP_WORDS.contains(w) && !terms.contains(w) && terms.size() < MAX_TERMS) {
                terms.add(w);
            }
        });
        return terms;
    }
}
