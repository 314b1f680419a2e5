package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups array items by the shape of their content: a 64-bit SimHash over normalised features
 * (key paths, the first words of string values with counters masked, number magnitudes), clustered
 * greedily by Hamming distance. Features are hashed as they are read, without building strings.
 */
final class SimHash {

    /** Items whose fingerprints differ in at most this many bits fall into one cluster. */
    private static final int MAX_DISTANCE = 4;
    /** Bounds the quadratic clustering; later items join their nearest existing cluster. */
    private static final int MAX_CLUSTERS = 256;
    private static final int MAX_DEPTH = 3;
    private static final int WORDS_PER_VALUE = 3;
    private static final long SEED = 0xcbf29ce484222325L;

    /**
     * Per bit of the features seen so far, how many had it set: four 16-bit counters per long (bit b counts in
     * lane {@code b & 3} of {@code lanes[b >>> 2]}), so one feature costs 16 additions, not 64.
     */
    private final long[] lanes = new long[16];
    /** Counts moved out of {@link #lanes} before a 16-bit counter could overflow. */
    private int[] spilled;
    private int inLanes;
    private int features;
    private long prefixHash;
    private int prefixWords;

    private SimHash() {}

    /** The fingerprint of one item. */
    static long of(JsonValue item) {
        SimHash h = new SimHash();
        h.features(SEED, item, 0);
        return h.majority();
    }

    /** Bit b set when more features had bit b set than clear. */
    private long majority() {
        long bits = 0;
        for (int b = 0; b < 64; b++) {
            long ones = lanes[b >>> 2] >>> (16 * (b & 3)) & 0xFFFF;
            if (spilled != null) {
                ones += spilled[b];
            }
            if (2 * ones > features) {
                bits |= 1L << b;
            }
        }
        return bits;
    }

    /**
     * Clusters fingerprints in order; returns, per cluster, the positions of its members (ascending),
     * clusters ordered by their first member.
     */
    static List<List<Integer>> cluster(long[] prints) {
        long[] reps = new long[Math.min(prints.length, MAX_CLUSTERS)];
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < prints.length; i++) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int c = 0; c < clusters.size(); c++) {
                int d = Long.bitCount(reps[c] ^ prints[i]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best >= 0 && (bestDistance <= MAX_DISTANCE || clusters.size() >= MAX_CLUSTERS)) {
                clusters.get(best).add(i);
            } else {
                reps[clusters.size()] = prints[i];
                List<Integer> members = new ArrayList<>();
                members.add(i);
                clusters.add(members);
            }
        }
        return clusters;
    }

    private void features(long path, JsonValue v, int depth) {
        switch (v) {
            case JsonValue.Obj o -> {
                for (JsonValue.Member m : o.members()) {
                    String k = m.key().value();
                    long key = hash(mix(path, '.'), k, 0, k.length());
                    add(key);
                    if (depth < MAX_DEPTH) {
                        features(key, m.value(), depth + 1);
                    }
                }
            }
            case JsonValue.Arr a -> add(mix(mix(path, '['), a.items().isEmpty() ? '0' : 'n'));
            case JsonValue.Str s -> {
                long base = mix(path, '=');
                if (depth == 0) { // a bare string item (a path, a line): every word counts, not just the first few
                    Words.forEach(s.value(), (t, start, end) -> add(masked(base, t, start, end)));
                } else { // a field: its first words tell a template ("Order # created") from another
                    prefixHash = base;
                    prefixWords = 0;
                    Words.forFirst(s.value(), WORDS_PER_VALUE, (t, start, end) -> {
                        if (prefixWords++ < WORDS_PER_VALUE) {
                            prefixHash = mix(masked(prefixHash, t, start, end), ' ');
                        }
                    });
                    add(prefixHash);
                }
            }
            case JsonValue.Num n -> add(magnitude(mix(path, '#'), n.raw()));
            case JsonValue.Lit l -> add(hash(mix(path, '='), l.raw(), 0, l.raw().length()));
        }
    }

    /**
     * Hashes a word with its variable part masked: "client7" as "client#" (a name with a counter), while
     * ids that mix letters and digits ("7f3a9c2e") and plain numbers hash as "#".
     */
    private static long masked(long h, String t, int start, int end) {
        int letters = start;
        while (letters < end && isLetter(t.charAt(letters))) {
            letters++;
        }
        if (letters == end) {
            return lowerHash(h, t, start, end);
        }
        for (int i = letters; i < end; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' && (c < 128 || !Character.isDigit(c))) {
                return mix(h, '#');
            }
        }
        return letters - start >= 3 ? mix(lowerHash(h, t, start, letters), '#') : mix(h, '#');
    }

    /** Sign, number of integer digits and exponent: values of the same order of magnitude look alike. */
    private static long magnitude(long h, String raw) {
        int end = 0;
        while (end < raw.length() && raw.charAt(end) != '.' && raw.charAt(end) != 'e' && raw.charAt(end) != 'E') {
            end++;
        }
        h = mix(mix(h, raw.startsWith("-") ? '-' : '+'), (char) end);
        int e = Math.max(raw.indexOf('e'), raw.indexOf('E'));
        return e >= 0 ? hash(h, raw, e, raw.length()) : h;
    }

    private static long hash(long h, String s, int start, int end) {
        for (int i = start; i < end; i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static long lowerHash(long h, String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            h = mix(h, c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
        }
        return h;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static long mix(long h, char c) { // FNV-1a step
        return (h ^ c) * 0x100000001b3L;
    }

    private void add(long h) {
        h ^= h >>> 33; // finalise so features differing in one character spread over all bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        for (int g = 0; g < 16; g++) {
            lanes[g] += SPREAD[(int) (h >>> (4 * g)) & 15];
        }
        features++;
        if (++inLanes == 0xFFFF) {
            spill();
        }
    }

    private void spill() {
        if (spilled == null) {
            spilled = new int[64];
        }
        for (int b = 0; b < 64; b++) {
            spilled[b] += (int) (lanes[b >>> 2] >>> (16 * (b & 3)) & 0xFFFF);
        }
        java.util.Arrays.fill(lanes, 0);
        inLanes = 0;
    }

    /** {@code SPREAD[n]} holds bit j of n in the lowest bit of 16-bit lane j. */
    private static final long[] SPREAD = new long[16];

    static {
        for (int n = 0; n < 16; n++) {
            for (int j = 0; j < 4; j++) {
                if ((n >>> j & 1) != 0) {
                    SPREAD[n] |= 1L << (16 * j);
                }
            }
        }
    }
}
