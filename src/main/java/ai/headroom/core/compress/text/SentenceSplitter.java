package ai.headroom.core.compress.text;

import java.util.Locale;
import java.util.function.IntBinaryOperator;

/** Finds sentence ends in a paragraph: {@code .!?} plus closing quotes, then space and a sentence start. */
final class SentenceSplitter {

    private static final WordSet ABBREVIATIONS = new WordSet(
            "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "no", "fig", "approx", "cf", "al", "inc",
            "ltd", "jr", "sr", "resp", "incl", "min", "max", "est", "dept", "ca");
    private static final String CLOSERS = "\"')]”’*_";

    private SentenceSplitter() {}

    /**
     * Calls {@code sink.applyAsInt(start, end)} for each sentence in {@code text[from, to)}, trimmed of
     * surrounding whitespace, in order.
     */
    static void split(String text, int from, int to, IntBinaryOperator sink) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next > end && next < to && startsSentence(text.charAt(next)) && !abbreviationBefore(text, start, i)) {
                    sink.applyAsInt(start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sink.applyAsInt(start, end);
        }
    }

    private static boolean startsSentence(char ch) {
        return Character.isUpperCase(ch) || Character.isDigit(ch) || "\"'([`*_“‘".indexOf(ch) >= 0;
    }

    /** "e.g. Foo", "Dr. Smith", "J. Doe": the dot ends an abbreviation or an initial, not the sentence. */
    private static boolean abbreviationBefore(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        if (!Ascii.all(text, w, dot)) { // lower-casing may change the length beyond ASCII ("İ"): let String do it
            String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
            return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
        }
        return dot - w == 1 && Character.isLetter(text.charAt(w)) || ABBREVIATIONS.containsLowered(text, w, dot);
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
