package ai.headroom.core.compress.text;

import java.util.Arrays;

/**
 * Interns char sequences into dense ids (0, 1, 2, ... in order of first sight) for one compression call,
 * so words and tokens are compared as ints; not thread-safe, never shared between calls.
 */
final class Lexicon {

    private char[] pool;
    private int poolSize;
    private int[] offsets; // of id in the pool; offsets[size] is the end of the pool
    private int[] hashes;
    private int[] slots; // id + 1, 0 = empty; power-of-two size, at most three quarters full
    private int size;

    /** An empty lexicon sized for about {@code expected} ids of a few chars each; it grows as needed. */
    Lexicon(int expected) {
        int ids = Math.max(16, expected);
        pool = new char[ids * 7];
        offsets = new int[ids + 1];
        hashes = new int[ids];
        slots = new int[Integer.highestOneBit(ids * 4 / 3) * 2];
    }

    int size() {
        return size;
    }

    /** {@link String#hashCode()} of the sequence behind {@code id}. */
    int hash(int id) {
        return hashes[id];
    }

    /** True when the sequence behind {@code id} is in {@code set}. */
    boolean in(WordSet set, int id) {
        return set.contains(pool, offsets[id], offsets[id + 1] - offsets[id], hashes[id]);
    }

    /** Id of {@code chars[0, len)}, whose {@link String#hashCode()} is {@code h}, or -1 when it was never interned. */
    int find(char[] chars, int len, int h) {
        int slot = slotOf(chars, len, h);
        return slots[slot] - 1;
    }

    /** Id of {@code chars[0, len)}, a new one when it was never interned. */
    int intern(char[] chars, int len) {
        return intern(chars, len, hash(chars, len));
    }

    /** Id of {@code chars[0, len)}, whose {@link String#hashCode()} is {@code h}, a new one when it was never interned. */
    int intern(char[] chars, int len, int h) {
        int slot = slotOf(chars, len, h);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == hashes.length) {
            offsets = Arrays.copyOf(offsets, size * 2 + 1);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(chars, 0, pool, poolSize, len);
        hashes[size] = h;
        poolSize += len;
        offsets[size + 1] = poolSize;
        slots[slot] = ++size;
        if (size * 4 > slots.length * 3) {
            rehash();
        }
        return size - 1;
    }

    private int slotOf(char[] chars, int len, int h) {
        int mask = slots.length - 1;
        int slot = mix(h) & mask;
        while (slots[slot] != 0 && !sameAs(slots[slot] - 1, chars, len, h)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameAs(int id, char[] chars, int len, int h) {
        int from = offsets[id];
        return hashes[id] == h && offsets[id + 1] - from == len && Arrays.equals(pool, from, from + len, chars, 0, len);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    static int hash(char[] chars, int len) {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    /** Spreads String-style hashes, whose low bits cluster for short words, over the table. */
    static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ x >>> 16;
    }
}
