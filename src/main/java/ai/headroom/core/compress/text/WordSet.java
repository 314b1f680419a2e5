package ai.headroom.core.compress.text;

import java.util.Locale;

/** A fixed set of lower-case words that answers membership for a char range or a span of text without allocating. */
final class WordSet {

    private final String[] slots; // open addressing, power-of-two size; read-only after construction
    private final int longest;

    WordSet(String... words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 4));
        slots = new String[capacity];
        int max = 0;
        for (String w : words) {
            int slot = w.hashCode() & (capacity - 1);
            while (slots[slot] != null && !slots[slot].equals(w)) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = w;
            max = Math.max(max, w.length());
        }
        longest = max;
    }

    /** True when {@code chars[off, off + len)} is one of the words. */
    boolean contains(char[] chars, int off, int len) {
        if (len > longest) {
            return false;
        }
        int h = 0;
        for (int k = off; k < off + len; k++) {
            h = 31 * h + chars[k];
        }
        for (int slot = h & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            String w = slots[slot];
            if (w.length() == len && equal(w, chars, off)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text[from, to)}, lower-cased as {@link String#toLowerCase(Locale)} with the root locale does, is one of the words. */
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
        for (int slot = h & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            String w = slots[slot];
            if (w.length() == to - from && Ascii.equalsLowered(w, text, from)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String word) {
        for (int slot = word.hashCode() & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            if (slots[slot].equals(word)) {
                return true;
            }
        }
        return false;
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
