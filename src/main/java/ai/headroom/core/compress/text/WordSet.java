package ai.headroom.core.compress.text;

import java.util.Locale;

/** A fixed set of lower-case words that answers membership for a char range or a span of text without allocating. */
final class WordSet {

    // Open addressing, power-of-two size, at most a quarter full; read-only after construction, so thread-safe.
    private final String[] slots;
    private final int[] hashes;
    private final int longest;

    WordSet(String... words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 4));
        slots = new String[capacity];
        hashes = new int[capacity];
        int max = 0;
        for (String w : words) {
            int slot = Lexicon.mix(w.hashCode()) & (capacity - 1);
            while (slots[slot] != null && !slots[slot].equals(w)) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = w;
            hashes[slot] = w.hashCode();
            max = Math.max(max, w.length());
        }
        longest = max;
    }

    /** True when {@code chars[off, off + len)}, whose {@link String#hashCode()} is {@code hash}, is one of the words. */
    boolean contains(char[] chars, int off, int len, int hash) {
        if (len > longest) {
            return false;
        }
        for (int slot = first(hash); slots[slot] != null; slot = next(slot)) {
            if (hashes[slot] == hash && slots[slot].length() == len && equal(slots[slot], chars, off)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text[from, to)}, lower-cased as {@code toLowerCase(Locale.ROOT)} does, is one of the words. */
    boolean containsLowered(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                // Beyond ASCII, lower-casing may change the length ("İ"), so let String do it; rare in practice.
                return contains(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + Ascii.lower(c);
        }
        if (to - from > longest) {
            return false;
        }
        for (int slot = first(h); slots[slot] != null; slot = next(slot)) {
            if (hashes[slot] == h && slots[slot].length() == to - from && Ascii.equalsLowered(slots[slot], text, from)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String word) {
        for (int slot = first(word.hashCode()); slots[slot] != null; slot = next(slot)) {
            if (slots[slot].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private int first(int hash) {
        return Lexicon.mix(hash) & (slots.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (slots.length - 1);
    }

    private static boolean equal(String w, char[] chars, int off) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) != chars[off + k]) {
                return false;
            }
        }
        return true;
    }
}
