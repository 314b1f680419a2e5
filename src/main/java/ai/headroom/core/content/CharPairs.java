package ai.headroom.core.content;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The adjacent character pairs of a line as a 1,024-bit set: a hint whose pairs are not all among a line's
 * cannot occur in it, which rules out most hints for a line without searching it.
 *
 * <p>A set may hold pairs the line lacks (hash collisions), never the reverse, so the test only skips
 * work: a hint that passes it is still searched for.
 */
final class CharPairs {

    private static final int WORDS = 16;

    private CharPairs() {
    }

    /** The set's bits for the pairs of the parts, each once: what a line must hold to contain them all. */
    static int[] needed(String... parts) {
        return Arrays.stream(parts).flatMapToInt(p -> IntStream.range(1, p.length())
                .map(i -> bit(p.charAt(i - 1), p.charAt(i)))).distinct().sorted().toArray();
    }

    static long[] empty() {
        return new long[WORDS];
    }

    /** Clears {@code set} and adds the pairs of {@code parts} to it; the set is reused line after line. */
    static long[] fill(long[] set, String... parts) {
        Arrays.fill(set, 0L);
        for (String s : parts) {
            for (int i = 1; i < s.length(); i++) {
                int bit = bit(s.charAt(i - 1), s.charAt(i));
                set[bit >>> 6] |= 1L << bit;
            }
        }
        return set;
    }

    /** Whether every bit in {@code needed} is in {@code line}. */
    static boolean containsAll(long[] line, int[] needed) {
        for (int bit : needed) {
            if ((line[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int bit(char a, char b) {
        return ((a << 16 | b) * 0x9E3779B1) >>> 22;
    }
}
