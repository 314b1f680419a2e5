package ai.headroom.core.compress.diff;

import ai.headroom.core.compress.QueryWords;
import java.util.List;
import java.util.Locale;

/** Rates how much a hunk matters to a reader: its size, the user's query words and risk words in its changes. */
final class HunkScorer {

    /** Words that flag changes a reviewer must not miss (failure handling, security, unfinished work). */
    private static final List<String> RISK_WORDS = List.of(
            "error", "exception", "security", "password", "secret", "token", "auth", "credential", "todo", "fixme");

    private static final int SIZE_CAP = 30;
    private static final int QUERY_WEIGHT = 15;
    private static final int RISK_WEIGHT = 12;

    private final QueryWords query;

    HunkScorer(QueryWords query) {
        this.query = query;
    }

    /** True when the hunk's changes mention a query word or a risk word: such a hunk is never treated as a repeat. */
    boolean flagged(Hunk hunk) {
        for (String line : hunk.body()) {
            int kind = BodyLine.kind(line, hunk.parents());
            if (kind == BodyLine.ADDED || kind == BodyLine.REMOVED) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (query.hits(lower) + riskHits(lower) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    int score(Hunk hunk) {
        int changed = hunk.added() + hunk.removed();
        int queryHits = 0;
        int riskHits = 0;
        for (String line : hunk.body()) {
            int kind = BodyLine.kind(line, hunk.parents());
            if (kind == BodyLine.ADDED || kind == BodyLine.REMOVED) {
                String lower = line.toLowerCase(Locale.ROOT);
                queryHits += query.hits(lower);
                riskHits += riskHits(lower);
            }
        }
        // Hits are capped so one long hunk full of a common word cannot outrank every focused one.
        return Math.min(changed, SIZE_CAP) + QUERY_WEIGHT * Math.min(queryHits, 5) + RISK_WEIGHT * Math.min(riskHits, 5);
    }

    private static int riskHits(String lower) {
        int hits = 0;
        for (String w : RISK_WORDS) {
            if (lower.contains(w)) {
                hits++;
            }
        }
        return hits;
    }
}
