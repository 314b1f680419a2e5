package ai.headroom.core.compress.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups array items by the shape of their content: a 64-bit SimHash over normalised features
 * (keys, short value prefixes with digits masked, number magnitudes), clustered greedily by Hamming distance.
 */
final class SimHash {

    /** Items whose fingerprints differ in at most this many bits fall into one cluster. */
    private static final int MAX_DISTANCE = 4;
    /** Bounds the quadratic clustering; later items join their nearest existing cluster. */
    private static final int MAX_CLUSTERS = 256;
    private static final int MAX_DEPTH = 3;
    private static final int WORDS_PER_VALUE = 3;

    private final int[] weights = new int[64];

    private SimHash() {}

    /** The fingerprint of one item. */
    static long of(JsonValue item) {
        SimHash h = new SimHash();
        h.features("", item, 0);
        long bits = 0;
        for (int b = 0; b < 64; b++) {
            if (h.weights[b] > 0) {
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
        List<Long> reps = new ArrayList<>();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < prints.length; i++) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int c = 0; c < reps.size(); c++) {
                int d = Long.bitCount(reps.get(c) ^ prints[i]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best >= 0 && (bestDistance <= MAX_DISTANCE || reps.size() >= MAX_CLUSTERS)) {
                clusters.get(best).add(i);
            } else {
                reps.add(prints[i]);
                List<Integer> members = new ArrayList<>();
                members.add(i);
                clusters.add(members);
            }
        }
        return clusters;
    }

    private void features(String path, JsonValue v, int depth) {
        switch (v) {
            case JsonValue.Obj o -> {
                for (JsonValue.Member m : o.members()) {
                    String key = path + "." + m.key().value();
                    add(key);
                    if (depth < MAX_DEPTH) {
                        features(key, m.value(), depth + 1);
                    }
                }
            }
            case JsonValue.Arr a -> add(path + "[" + (a.items().isEmpty() ? "0" : "n"));
            case JsonValue.Str s -> {
                if (depth == 0) { // a bare string item (a path, a line): every word counts, not just the first few
                    Words.forEach(s.value(), w -> add("=" + mask(w)));
                } else {
                    add(path + "=" + prefixWords(s.value()));
                }
            }
            case JsonValue.Num n -> add(path + "#" + magnitude(n.raw()));
            case JsonValue.Lit l -> add(path + "=" + l.raw());
        }
    }

    /** The first few words with digits masked, so "GET /users/17 200" and "GET /users/42 200" match. */
    private static String prefixWords(String value) {
        StringBuilder sb = new StringBuilder();
        int[] count = {0};
        Words.forEach(value, w -> {
            if (count[0]++ < WORDS_PER_VALUE) {
                sb.append(mask(w)).append(' ');
            }
        });
        return sb.toString();
    }

    /**
     * Masks the variable part of a word: "client7" becomes "client#" (a name with a counter), while ids
     * that mix letters and digits ("7f3a9c2e") or plain numbers become "#".
     */
    private static String mask(String w) {
        int letters = 0;
        while (letters < w.length() && Character.isLetter(w.charAt(letters))) {
            letters++;
        }
        if (letters == w.length()) {
            return w;
        }
        for (int i = letters; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return "#";
            }
        }
        return letters >= 3 ? w.substring(0, letters) + "#" : "#";
    }

    /** Sign and number of integer digits: values of the same order of magnitude look alike. */
    private static String magnitude(String raw) {
        int dot = raw.indexOf('.');
        int e = Math.max(raw.indexOf('e'), raw.indexOf('E'));
        int end = dot >= 0 ? dot : e >= 0 ? e : raw.length();
        return (raw.startsWith("-") ? "-" : "+") + end + (e >= 0 ? raw.substring(e) : "");
    }

    private void add(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33; // finalise so nearby strings spread over all bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        for (int b = 0; b < 64; b++) {
            weights[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
        }
    }
}
