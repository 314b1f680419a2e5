package ai.headroom.core.compress.json;

import java.util.Locale;

/** Splits text into words: runs of letters and digits, also split at camelCase humps; no copying. */
final class Words {

    /** Receives each word as a range of the text. */
    @FunctionalInterface
    interface Sink {
        void word(String text, int start, int end);
    }

    private Words() {}

    /** Calls {@code sink} with every word of {@code text}, in order. */
    static void forEach(String text, Sink sink) {
        forFirst(text, Integer.MAX_VALUE, sink);
    }

    /** Calls {@code sink} with the first {@code max} words of {@code text}, and stops reading there. */
    static void forFirst(String text, int max, Sink sink) {
        int n = text.length();
        int start = -1;
        int words = 0;
        for (int i = 0; i < n && words < max; i++) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (start >= 0) {
                    sink.word(text, start, i);
                    words++;
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            } else if (isUpper(c) && isLower(text.charAt(i - 1))) { // camelCase hump: "TimeoutException"
                sink.word(text, start, i);
                words++;
                start = i;
            }
        }
        if (start >= 0 && words < max) {
            sink.word(text, start, n);
        }
    }

    /** The word as a lower-case string. */
    static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }
}
