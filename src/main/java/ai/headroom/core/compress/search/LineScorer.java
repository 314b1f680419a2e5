package ai.headroom.core.compress.search;

import ai.headroom.core.compress.QueryWords;
import java.util.List;
import java.util.Locale;

/** Rates a search hit: the user's query words, warnings and definitions; error lines are kept whatever they score. */
final class LineScorer {

    /** Lines with these are never dropped: an agent acting on search results must not miss a failure. */
    private static final List<String> MUST_KEEP = List.of("error", "exception", "fail");
    private static final List<String> WARNINGS = List.of("warn", "deprecat");
    /** Padded with spaces so {@code classify} or {@code define} do not count. */
    private static final List<String> DEFINITIONS = List.of(
            " def ", " class ", " function ", " fn ", " func ", " interface ", " struct ", " enum ", " record ");

    private final QueryWords query;

    LineScorer(QueryWords query) {
        this.query = query;
    }

    static boolean mustKeep(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : MUST_KEEP) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    int score(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).strip() + " ";
        int score = 10 * Math.min(query.hits(lower), 5);
        score += 5 * count(lower, WARNINGS);
        score += 4 * Math.min(count(lower, DEFINITIONS), 1);
        return score;
    }

    /** A path naming what the user asked about ({@code refund} in {@code RefundService.java}) ranks its file up. */
    int pathScore(String path) {
        return 10 * Math.min(query.hits(path.toLowerCase(Locale.ROOT)), 5);
    }

    private static int count(String lower, List<String> words) {
        int n = 0;
        for (String w : words) {
            if (lower.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
