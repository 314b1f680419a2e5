package ai.headroom.core.compress.text;

import ai.headroom.core.compress.IntList;
/** Okapi BM25 relevance of each document (here: each sentence) to a query; k1 = 1.2, b = 0.75. */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {}

    /** One score per unit of the vocabulary; all zero when the query has no words that occur in it. */
    static double[] scores(Vocabulary vocabulary, String query) {
        int n = vocabulary.size();
        double[] out = new double[n];
        IntList terms = vocabulary.queryTerms(query);
        if (terms.size() == 0) {
            return out;
        }
        for (int d = 0; d < n; d++) {
            int length = vocabulary.length(d);
            double score = 0;
            for (int t = 0; t < terms.size(); t++) {
                int term = terms.get(t);
                int tf = 0;
                for (int k = 0; k < length; k++) {
                    tf += vocabulary.word(d, k) == term ? 1 : 0;
                }
                if (tf > 0) {
                    int df = vocabulary.df(term);
                    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / vocabulary.averageLength));
                }
            }
            out[d] = score;
        }
        return out;
    }
}
