package ai.headroom.core.compress.text;

import ai.headroom.core.compress.IntList;
import java.util.Arrays;

/**
 * Remembers the word 3-shingles of kept units and tells whether a new unit is a near copy of one of them
 * (Jaccard similarity of shingle sets at or above a threshold). An inverted index keeps it near linear.
 */
final class NearDuplicates {

    private final double threshold;
    private final Vocabulary vocabulary;
    private final LongIntTable heads; // shingle -> its newest posting
    private final IntList postingUnit;
    private final IntList postingNext; // older posting of the same shingle, or -1
    private final int[] sizes; // distinct shingles of each added unit
    private final int[] overlap; // per unit, all zero between calls
    private final IntList touched = new IntList(64);
    private long[] shingles = new long[64];

    NearDuplicates(double threshold, Vocabulary vocabulary) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.vocabulary = vocabulary;
        int expected = vocabulary.totalWords() / 2; // kept units hold about 40% of the words; the index grows if needed
        this.heads = new LongIntTable(expected);
        this.postingUnit = new IntList(expected);
        this.postingNext = new IntList(expected);
        this.sizes = new int[vocabulary.size()];
        this.overlap = new int[vocabulary.size()];
    }

    boolean isNearDuplicate(int unit) {
        int count = shingles(unit);
        touched.clear();
        for (int s = 0; s < count; s++) {
            for (int p = heads.get(shingles[s]); p >= 0; p = postingNext.get(p)) {
                int other = postingUnit.get(p);
                if (overlap[other]++ == 0) {
                    touched.add(other);
                }
            }
        }
        boolean near = false; // a yes/no answer: which unit proves it does not matter
        for (int t = 0; t < touched.size(); t++) {
            int other = touched.get(t);
            int shared = overlap[other];
            overlap[other] = 0;
            near |= (double) shared / (count + sizes[other] - shared) >= threshold;
        }
        return near;
    }

    void add(int unit) {
        int count = shingles(unit);
        sizes[unit] = count;
        for (int s = 0; s < count; s++) {
            postingNext.add(heads.get(shingles[s]));
            heads.put(shingles[s], postingUnit.size());
            postingUnit.add(unit);
        }
    }

    /**
     * Fills {@code shingles} with the distinct hashes of the unit's consecutive word triples (its words
     * themselves when it has fewer than three) and returns how many there are.
     */
    private int shingles(int unit) {
        int words = vocabulary.length(unit);
        int width = Math.min(3, words);
        if (width == 0) {
            return 0;
        }
        int count = words - width + 1;
        if (count > shingles.length) {
            shingles = new long[Math.max(count, shingles.length * 2)];
        }
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < width; k++) {
                h = 31 * h + vocabulary.lexicon.hash(vocabulary.word(unit, i + k));
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles, 0, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (shingles[i] != shingles[distinct - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return distinct;
    }
}
