package ai.headroom.core.content;

/**
 * The adjacent character pairs of a string as a 1,024-bit set: a hint whose pairs are not all among a line's
 * cannot occur in it, which rules out most hints for a line without searching it.
 *
 * <p>A set may hold pairs the string lacks (hash collisions), never the reverse, so the test only
 * skips work: a hint that passes it is still searched for.
 */
final class CharPairs {

    private static final int WORDS = 16;

    private CharPairs() {
    }

    static long[] of(String... parts) {
        long[] set = new long[WORDS];
        for (String part : parts) {
            fill(set, part);
        }
        return set;
    }

    /** Adds the pairs of {@code s} to {@code set}; clear it first to reuse it for another line. */
    static long[] fill(long[] set, String s) {
        for (int i = 1; i < s.length(); i++) {
            int bit = bit(s.charAt(i - 1), s.charAt(i));
            set[bit >>> 6] |= 1L << bit;
        }
        return set;
    }

    static long[] empty() {
        return new long[WORDS];
    }

    /** Whether every pair in {@code needed} is in {@code line}. */
    static boolean containsAll(long[] line, long[] needed) {
        for (int i = 0; i < WORDS; i++) {
            if ((needed[i] & ~line[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int bit(char a, char b) {
        return ((a << 16 | b) * 0x9E3779B1) >>> 22;
    }
}
