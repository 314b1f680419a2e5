package ai.headroom.core.compress.text;

import java.util.List;

/**
 * Scores selectable units by how much a reader would miss them: relevance to the query (BM25), centrality
 * (shares vocabulary with the rest of the text), position in the paragraph, salience (names, numbers,
 * identifiers) and cue words (causes, fixes, decisions), minus greetings and filler.
 */
final class SentenceScorer {

    private static final double QUERY_WEIGHT = 2.5;
    private static final double CENTRALITY_WEIGHT = 1.0;
    private static final WordSet CUES = new WordSet(
            "cause", "caused", "because", "root", "fix", "fixed", "fails", "failed", "fail", "failure", "error",
            "errors", "decided", "resolved", "must", "impact", "workaround", "solution", "therefore", "instead",
            "blocking", "broke", "broken", "regression", "risk", "warning", "important", "never", "always");
    private static final WordSet FILLER_OPENERS = new WordSet(
            "thanks", "thank", "hi", "hello", "hey", "hope", "regards", "best", "cheers", "sorry", "great",
            "basically", "anyway", "honestly", "kind");

    private SentenceScorer() {}

    /** Scores aligned with {@code units}; units that are not selectable get 0. */
    static double[] score(String text, List<Unit> units, Vocabulary vocabulary, String query) {
        double[] relevance = normalise(Bm25.scores(vocabulary, query));
        double[] centrality = normalise(centrality(vocabulary));
        int lastBlock = units.isEmpty() ? 0 : units.get(units.size() - 1).block();
        double[] scores = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.kind().selectable()) {
                continue;
            }
            double s = QUERY_WEIGHT * relevance[i] + CENTRALITY_WEIGHT * centrality[i];
            s += u.kind() == Unit.Kind.LIST_ITEM ? 0.3 : (u.first() ? 0.6 : 0) + (u.last() && !u.first() ? 0.2 : 0);
            s += u.block() * 10 < lastBlock ? 0.3 : 0; // the lead of a document summarises it
            s += salience(text, u) + cues(vocabulary, i, text, u);
            scores[i] = s;
        }
        return scores;
    }

    /** Sum over distinct words of how often they recur elsewhere (log-damped), per square root of length. */
    private static double[] centrality(Vocabulary vocabulary) {
        double[] out = new double[vocabulary.size()];
        for (int i = 0; i < out.length; i++) {
            int distinct = vocabulary.distinctCount(i);
            double sum = 0;
            for (int k = 0; k < distinct; k++) {
                sum += Math.log(vocabulary.df(vocabulary.distinctWord(i, k))); // 0 for words used only here
            }
            out[i] = distinct == 0 ? 0 : sum / Math.sqrt(distinct);
        }
        return out;
    }

    /** Capitalised words past the first (names, products) and must-keep tokens, capped. */
    private static double salience(String text, Unit u) {
        int count = 0;
        boolean firstWord = true;
        boolean afterSpace = true; // the unit's start counts as a word start
        for (int i = u.start(); i < u.end(); i++) {
            char c = text.charAt(i);
            if (afterSpace && Character.isLetterOrDigit(c)) {
                if (!firstWord && (Character.isUpperCase(c) || Character.isDigit(c))) {
                    count++;
                }
                firstWord = false;
            }
            afterSpace = Character.isWhitespace(c);
        }
        return Math.min(1.0, 0.2 * count);
    }

    private static double cues(Vocabulary vocabulary, int unit, String text, Unit u) {
        double s = 0;
        int length = vocabulary.length(unit);
        for (int k = 0; k < length; k++) {
            if (vocabulary.lexicon.in(CUES, vocabulary.word(unit, k))) {
                s = 0.4;
                break;
            }
        }
        if (length < 4) {
            s -= 0.4;
        }
        if (opensWithFiller(text, u)) {
            s -= 0.6;
        }
        return s;
    }

    /** True when the unit's first run of letters, lower-cased, is a greeting or filler word. */
    private static boolean opensWithFiller(String text, Unit u) {
        int i = u.start();
        while (i < u.end() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < u.end() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return FILLER_OPENERS.containsLowered(text, s, i);
    }

    private static double[] normalise(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
        return values;
    }
}
