package ai.headroom.core.compress.text;

import java.util.Locale;

/**
 * Lower-cased words of text spans, without stop words: the vocabulary for relevance and duplicate checks.
 * One instance per compression call: it lower-cases each word into a reusable buffer instead of a new String.
 */
final class Words {

    private static final WordSet STOP = new WordSet(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does",
            "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "me", "more", "most", "my", "no", "not", "of", "on", "or", "our", "she", "so", "some", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "us",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
            "you", "your", "also", "just", "very", "all", "any", "each", "about", "after", "before", "only",
            "one", "out", "up", "again", "should", "may", "much", "many", "such", "other", "own", "same");

    /** Receives each word, lower-cased, as {@code chars[0, len)} with its String hash; the buffer is then reused. */
    @FunctionalInterface
    interface Sink {
        void word(char[] chars, int len, int hash);
    }

    private char[] buffer = new char[64];

    /** Calls {@code sink} with each word of two or more letters or digits in {@code text[start, end)}, in order. */
    void forEach(String text, int start, int end, Sink sink) {
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            boolean ascii = true;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                ascii &= text.charAt(i) < 0x80;
                i++;
            }
            if (i - s >= 2) {
                int len = ascii ? lowerAscii(text, s, i) : lowerAny(text, s, i);
                int hash = Lexicon.hash(buffer, len);
                if (!STOP.contains(buffer, 0, len, hash)) {
                    sink.word(buffer, len, hash);
                }
            }
        }
    }

    private int lowerAscii(String text, int s, int e) {
        int len = e - s;
        ensure(len);
        for (int k = 0; k < len; k++) {
            buffer[k] = Ascii.lower(text.charAt(s + k));
        }
        return len;
    }

    /** Beyond ASCII, lower-casing may change the length ("İ" becomes two chars), so String does it. */
    private int lowerAny(String text, int s, int e) {
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        ensure(w.length());
        w.getChars(0, w.length(), buffer, 0);
        return w.length();
    }

    private void ensure(int len) {
        if (len > buffer.length) {
            buffer = new char[Math.max(len, buffer.length * 2)];
        }
    }
}
