package ai.headroom.core.compress.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Okapi BM25 relevance of each document (here: each sentence) to a query; k1 = 1.2, b = 0.75. */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {}

    /** One score per document; all zero when the query has no words. Maps are only looked up, never iterated. */
    static double[] scores(List<List<String>> docs, List<String> query) {
        double[] out = new double[docs.size()];
        if (query.isEmpty() || docs.isEmpty()) {
            return out;
        }
        Map<String, Integer> df = new HashMap<>();
        double totalLength = 0;
        for (List<String> doc : docs) {
            totalLength += doc.size();
            for (String w : doc.stream().distinct().toList()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        double avg = Math.max(1, totalLength / docs.size());
        List<String> terms = query.stream().distinct().toList();
        for (int d = 0; d < docs.size(); d++) {
            List<String> doc = docs.get(d);
            double score = 0;
            for (String term : terms) {
                int tf = 0;
                for (String w : doc) {
                    tf += w.equals(term) ? 1 : 0;
                }
                if (tf == 0) {
                    continue;
                }
                int n = df.get(term);
                double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.size() / avg));
            }
            out[d] = score;
        }
        return out;
    }
}
