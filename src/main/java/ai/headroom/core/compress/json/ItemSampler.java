package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which items of a long array to keep verbatim when lossy compression is allowed.
 *
 * <p>Identical items collapse onto their first occurrence. Then, within {@code maxAlwaysKept}: the first
 * and last item, items with severe error words, items matching the user's query (BM25-style idf score,
 * ignoring terms found in more than half the items), other error items, and the statistical signals of
 * {@link FieldSignals} (at most min(maxAlwaysKept, max(10, n/5)) of these). Then K = clamp(#SimHash clusters,
 * minKeep, max(15, 1.5·√n) ≤ maxKeep): while fewer than K items are kept, the largest SimHash cluster without
 * a kept member gets its first item, and if clusters run out, evenly spaced items fill up to K.
 */
final class ItemSampler {

    /**
     * What to keep.
     *
     * @param kept   ascending indices of kept items, each the first of its identical copies
     * @param copies how often each kept item occurs in the array
     */
    record Selection(int[] kept, int[] copies) {}

    private ItemSampler() {}

    static Selection select(List<JsonValue> items, List<String> renderings, List<String> queryTerms,
            SmartCrusherSettings settings) {
        int n = items.size();
        Map<String, Integer> firstSeen = new HashMap<>(n * 2);
        int[] canonical = new int[n];
        int[] occurrences = new int[n];
        List<Integer> unique = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer seen = firstSeen.putIfAbsent(renderings.get(i), i);
            canonical[i] = seen == null ? i : seen;
            occurrences[canonical[i]]++;
            if (seen == null) {
                unique.add(i);
            }
        }
        int u = unique.size();
        List<JsonValue> uniqueItems = new ArrayList<>(u);
        unique.forEach(i -> uniqueItems.add(items.get(i)));

        boolean[] keep = new boolean[n];
        // signal items are capped relative to the array too, so a page where many items say "error" still shrinks
        int[] alwaysLeft = {Math.min(settings.maxAlwaysKept(), Math.max(10, n / 5))};
        java.util.function.IntConsumer always = i -> {
            if (!keep[i] && alwaysLeft[0] > 0) {
                keep[i] = true;
                alwaysLeft[0]--;
            }
        };
        always.accept(canonical[0]);
        always.accept(canonical[n - 1]);

        ItemScanner.Scan[] scans = new ItemScanner.Scan[u];
        for (int p = 0; p < u; p++) {
            scans[p] = ItemScanner.scan(uniqueItems.get(p), queryTerms);
        }
        for (int p = 0; p < u; p++) {
            if (scans[p].severity() == 2) {
                always.accept(unique.get(p));
            }
        }
        queryHits(scans, queryTerms.size()).forEach(p -> always.accept(unique.get(p)));
        for (int p = 0; p < u; p++) {
            if (scans[p].severity() == 1) {
                always.accept(unique.get(p));
            }
        }
        FieldSignals.notable(uniqueItems).forEach(p -> always.accept(unique.get(p)));

        long[] prints = new long[u];
        for (int p = 0; p < u; p++) {
            prints[p] = SimHash.of(uniqueItems.get(p));
        }
        List<List<Integer>> clusters = new ArrayList<>(SimHash.cluster(prints));
        clusters.sort(Comparator.comparingInt(c -> -c.size())); // stable: ties stay in order of first member
        int maxK = Math.min(settings.maxKeep(), Math.max(15, (int) Math.round(1.5 * Math.sqrt(u))));
        int k = Math.max(settings.minKeep(), Math.min(clusters.size(), maxK));
        int count = count(keep);
        for (int c = 0; c < clusters.size() && count < k; c++) {
            List<Integer> members = clusters.get(c);
            if (members.stream().noneMatch(p -> keep[unique.get(p)])) {
                keep[unique.get(members.get(0))] = true;
                count++;
            }
        }
        for (int j = 0; j < k && count < k && u > 1; j++) {
            int i = unique.get((int) Math.round(j * (u - 1) / (double) (k - 1)));
            if (!keep[i]) {
                keep[i] = true;
                count++;
            }
        }
        int[] kept = new int[count(keep)];
        int[] copies = new int[kept.length];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                kept[j] = i;
                copies[j++] = occurrences[i];
            }
        }
        return new Selection(kept, copies);
    }

    /** Positions of items matching query terms, best score first; terms in over half the items don't count. */
    private static List<Integer> queryHits(ItemScanner.Scan[] scans, int terms) {
        if (terms == 0) {
            return List.of();
        }
        int u = scans.length;
        double[] idf = new double[terms];
        for (int t = 0; t < terms; t++) {
            int df = 0;
            for (ItemScanner.Scan scan : scans) {
                df += (int) (scan.queryMask() >>> t) & 1;
            }
            idf[t] = df == 0 || df > Math.max(1, u / 2) ? 0 : Math.log(1 + (u - df + 0.5) / (df + 0.5));
        }
        double[] score = new double[u];
        List<Integer> hits = new ArrayList<>();
        for (int p = 0; p < u; p++) {
            for (int t = 0; t < terms; t++) {
                if ((scans[p].queryMask() >>> t & 1) != 0) {
                    score[p] += idf[t];
                }
            }
            if (score[p] > 0) {
                hits.add(p);
            }
        }
        hits.sort(Comparator.comparingDouble((Integer p) -> -score[p]).thenComparingInt(p -> p));
        return hits;
    }

    private static int count(boolean[] keep) {
        int c = 0;
        for (boolean b : keep) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
