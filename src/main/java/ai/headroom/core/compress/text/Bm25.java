package ai.headroom.core.compress.text;

import java.util.List;

/** Okapi BM25 relevance of each document (here: each sentence) to a query; k1 = 1.2, b = 0.75. */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {}

    /** One score per unit of the vocabulary; all zero when the query has no words. */
    static double[] scores(Vocabulary vocabulary, List<String> query) {
        int n = vocabulary.size();
        double[] out = new double[n];
        List<String> terms = query.stream().distinct().filter(t -> vocabulary.df(t) > 0).toList();
        if (terms.isEmpty()) {
            return out;
        }
        for (int d = 0; d < n; d++) {
            List<String> doc = vocabulary.words.get(d);
            double score = 0;
            for (String term : terms) {
                int tf = 0;
                for (String w : doc) {
                    tf += w.equals(term) ? 1 : 0;
                }
                if (tf > 0) {
                    int df = vocabulary.df(term);
                    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.size() / vocabulary.averageLength));
                }
            }
            out[d] = score;
        }
        return out;
    }
}
