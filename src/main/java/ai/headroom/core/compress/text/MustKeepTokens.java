package ai.headroom.core.compress.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the tokens of a text that prose compression must never drop: numbers (and any word with a digit:
 * versions, times, hex ids, UUIDs), letter-only hex ids, paths (also Windows ones), URLs, CamelCase,
 * ACRONYMS and snake_case identifiers, dotted names, command-line flags, {@code key=value} pairs, calls
 * like {@code close()}, {@code $VARIABLES}, {@code @mentions}, {@code #tags} and {@code `code spans`}.
 * Both prose compressors use it: TextCrusher keeps every sentence needed to cover the tokens, Kompress
 * every word that {@link #matches} accepts.
 *
 * <p>Works word by word with char scans (no regex), so it is linear and cheap on large inputs.
 * Every token returned is a substring of the text.
 */
public final class MustKeepTokens {

    private static final String LEADING_NOISE = "([{<\"'*_“‘";
    private static final String TRAILING_NOISE = ")]}>\"'*_,;:!?.”’";
    private static final int MAX_CODE_SPAN = 200;

    private MustKeepTokens() {}

    /** Receives each must-keep token as the range {@code [from, to)} of the text scanned. */
    @FunctionalInterface
    interface Sink {
        void token(int from, int to);
    }

    /** The must-keep tokens of {@code text}, each once, in order of first appearance. */
    public static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        scan(text, 0, text.length(), (from, to) -> found.add(text.substring(from, to)));
        return new ArrayList<>(found);
    }

    /** True when {@code sentence} holds at least one must-keep token. */
    public static boolean contains(String sentence) {
        return scan(sentence, 0, sentence.length(), null);
    }

    /**
     * Calls {@code sink} with every must-keep token of {@code text[from, to)}, repeats included, in order: the
     * same tokens {@link #find} gives for that substring, without copying it.
     */
    static void forEach(String text, int from, int to, Sink sink) {
        scan(text, from, to, sink);
    }

    /** Reports tokens to {@code sink}; with a null sink, stops at the first one. Returns whether any was found. */
    private static boolean scan(String text, int from, int n, Sink sink) {
        boolean any = false;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int close = codeSpanEnd(text, i, n);
                if (close > 0) {
                    if (sink == null) {
                        return true;
                    }
                    sink.token(i, close + 1);
                    any = true;
                    i = close + 1;
                    continue;
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '`') {
                i++;
            }
            long span = trim(text, start, i);
            int first = (int) (span >>> 32);
            int last = (int) span;
            if (first < last && isMustKeep(text, first, last)) {
                if (sink == null) {
                    return true;
                }
                sink.token(first, last);
                any = true;
            }
        }
        return any;
    }

    /** Index of the backtick closing a code span opened at {@code open}, or -1 (unclosed, empty or too long). */
    private static int codeSpanEnd(String text, int open, int end) {
        int limit = Math.min(end, open + MAX_CODE_SPAN);
        for (int j = open + 1; j < limit; j++) {
            char ch = text.charAt(j);
            if (ch == '`') {
                return j > open + 1 ? j : -1;
            }
            if (ch == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Strips quotes, brackets and sentence punctuation around a word; keeps a closing bracket that has its opener.
     * Returns the trimmed span packed as {@code start << 32 | end}, so plain words cost no allocation.
     */
    private static long trim(String text, int start, int end) {
        while (start < end && isNoise(LEADING_NOISE, text.charAt(start))) {
            start++;
        }
        while (end > start && isNoise(TRAILING_NOISE, text.charAt(end - 1))) {
            char ch = text.charAt(end - 1);
            if ((ch == ')' && balanced(text, start, end, '(', ')')) || (ch == ']' && balanced(text, start, end, '[', ']'))) {
                break;
            }
            end--;
        }
        return (long) start << 32 | end;
    }

    /** Letters and digits, most chars at a word's edge, are never noise: answered before searching the list. */
    private static boolean isNoise(String noise, char ch) {
        return !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') && noise.indexOf(ch) >= 0;
    }

    private static boolean balanced(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            depth += ch == open ? 1 : ch == close ? -1 : 0;
        }
        return depth == 0;
    }

    /**
     * True when {@code word} (a whitespace-free token, punctuation around it allowed) must survive; a word
     * touching a backtick is part of a code span.
     */
    public static boolean matches(String word) {
        if (word.indexOf('`') >= 0) {
            return word.length() > 1;
        }
        long span = trim(word, 0, word.length());
        int from = (int) (span >>> 32);
        int to = (int) span;
        return from < to && isMustKeep(word, from, to);
    }

    private static boolean isMustKeep(String text, int from, int to) {
        int slashes = 0;
        int dots = 0;
        boolean plain = true; // letters and apostrophes only: the common case, answered without allocating
        boolean digit = false;
        boolean camel = false;
        boolean innerJoin = false; // '_' '=' '|' or '(' between word characters, or any '\' (a Windows path)
        int upperRun = 0;
        boolean acronym = false; // two capitals in a row: "API", "HTTP", "TCP/IP"; not "U.S."
        boolean hex = to - from >= 8; // "deadbeef"; shorter runs are too often English ("decade", "faced")
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch >= 'a' && ch <= 'z') {
                // Most characters of prose: settled here without the Unicode lookups below.
                hex &= ch <= 'f';
                upperRun = 0;
                continue;
            }
            hex &= Character.digit(ch, 16) >= 0;
            upperRun = Character.isUpperCase(ch) ? upperRun + 1 : 0;
            acronym |= upperRun >= 2;
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == '\\') {
                innerJoin |= to - from > 1;
            } else if (ch == '/') {
                slashes++;
            } else if (ch == '.') {
                dots++;
            } else if (k > from && Character.isUpperCase(ch) && Character.isLowerCase(text.charAt(k - 1))) {
                camel = true;
            } else if ((ch == '_' || ch == '=' || ch == '|' || ch == '(') && k > from && k < to - 1
                    && Character.isLetterOrDigit(text.charAt(k - 1))) {
                innerJoin = true;
            }
            plain &= Character.isLetter(ch) || ch == '\'' || ch == '’';
        }
        if (digit || camel || innerJoin || acronym || hex || isSigil(text, from, to)) {
            return true;
        }
        if (plain) {
            return false;
        }
        String w = text.substring(from, to);
        if (w.contains("://") || w.endsWith("()")) {
            return true;
        }
        if (isFlag(w)) {
            return true;
        }
        if (slashes > 0 && w.length() > 1) {
            char first = w.charAt(0);
            // "and/or" and "TCP/IP" are prose; "/var/log", "~/x", "./run", "src/main/java", "docs/a.md" are paths.
            if (first == '/' || first == '~' || first == '.' || slashes >= 2 || w.indexOf('.') > 0) {
                return true;
            }
        }
        return dots > 0 && isDottedName(w);
    }

    /** {@code $HOME}, {@code ${VAR}}, {@code @alice}, {@code #tag}, {@code ~user}: a sigil, then a name. */
    private static boolean isSigil(String text, int from, int to) {
        char first = text.charAt(from);
        if (to - from < 2 || first != '$' && first != '@' && first != '#' && first != '~') {
            return false;
        }
        char next = text.charAt(from + 1);
        return Character.isLetterOrDigit(next) || next == '{' || next == '/' || next == '_';
    }

    private static boolean isFlag(String w) {
        if (w.startsWith("--")) {
            return w.length() > 2 && Character.isLetter(w.charAt(2));
        }
        return w.length() >= 2 && w.length() <= 4 && w.charAt(0) == '-' && allLetters(w, 1);
    }

    private static boolean allLetters(String w, int from) {
        for (int k = from; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code config.yaml}, {@code app.server.port}, {@code example.com}; not {@code e.g} or {@code U.S}. */
    private static boolean isDottedName(String w) {
        int dot = w.indexOf('.');
        if (dot <= 0 || dot == w.length() - 1) {
            return false;
        }
        boolean longSegment = false;
        int segStart = 0;
        for (int k = 0; k <= w.length(); k++) {
            if (k == w.length() || w.charAt(k) == '.') {
                int len = k - segStart;
                if (len == 0) {
                    return false;
                }
                longSegment |= len >= 2;
                segStart = k + 1;
            } else if (!Character.isLetterOrDigit(w.charAt(k)) && w.charAt(k) != '-' && w.charAt(k) != '*') {
                return false;
            }
        }
        return longSegment;
    }
}
