package ai.headroom.core.compress.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the word 3-shingles of kept units and tells whether a new unit is a near copy of one of them
 * (Jaccard similarity of shingle sets at or above a threshold). An inverted index keeps it near linear.
 */
final class NearDuplicates {

    private final double threshold;
    private final Map<Long, List<Integer>> index = new HashMap<>(); // looked up only; order never observed
    private final Map<Integer, Integer> sizes = new HashMap<>();

    NearDuplicates(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    boolean isNearDuplicate(List<String> words) {
        long[] shingles = shingles(words);
        if (shingles.length == 0) {
            return false;
        }
        Map<Integer, Integer> overlap = new HashMap<>();
        for (long s : shingles) {
            for (int id : index.getOrDefault(s, List.of())) {
                overlap.merge(id, 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
            int shared = e.getValue();
            double jaccard = (double) shared / (shingles.length + sizes.get(e.getKey()) - shared);
            if (jaccard >= threshold) {
                return true; // a yes/no answer: which entry proved it does not matter
            }
        }
        return false;
    }

    void add(int id, List<String> words) {
        long[] shingles = shingles(words);
        sizes.put(id, shingles.length);
        for (long s : shingles) {
            index.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
        }
    }

    /** Distinct hashes of consecutive word triples (the words themselves for units shorter than three words). */
    private static long[] shingles(List<String> words) {
        int width = Math.min(3, words.size());
        if (width == 0) {
            return new long[0];
        }
        long[] out = new long[words.size() - width + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < width; k++) {
                h = 31 * h + words.get(i + k).hashCode();
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }
}
