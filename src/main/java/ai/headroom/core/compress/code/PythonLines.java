package ai.headroom.core.compress.code;

import ai.headroom.core.compress.IntList;
import java.util.Arrays;

/**
 * The logical lines of Python source, found by a lexer over its UTF-8 bytes that follows strings, comments,
 * brackets and continuations; {@link #of} gives null for source that looks odd or malformed.
 */
final class PythonLines {

    private static final int FAIL = -1;
    private static final int MAX_DEPTH = 256;

    private final byte[] s;
    private int row;
    private int lastByte;
    private final byte[] brackets = new byte[MAX_DEPTH];

    private int count;
    private int[] start = new int[64];
    private int[] indent = new int[64];
    private int[] firstRow = new int[64];
    private int[] lastRow = new int[64];
    /** The last byte of the line's last token: comments and continuations are not tokens. */
    private int[] end = new int[64];
    private byte[] kind = new byte[64];
    /** Start and end (exclusive) of the contents of triple-quoted strings other than f-strings, in pairs. */
    private final IntList texts = new IntList(32);

    private PythonLines(byte[] utf8) {
        this.s = utf8;
    }

    /** The logical lines of {@code utf8}; null on a tab or form feed in indentation, a lone CR, a NUL, an
     * unterminated string, unbalanced brackets or an indentation Python would reject. */
    static PythonLines of(byte[] utf8) {
        PythonLines lines = new PythonLines(utf8);
        return lines.lex() ? lines : null;
    }

    int count() {
        return count;
    }

    /** The byte offset of the line's first token. */
    int start(int line) {
        return start[line];
    }

    int indent(int line) {
        return indent[line];
    }

    int firstRow(int line) {
        return firstRow[line];
    }

    int lastRow(int line) {
        return lastRow[line];
    }

    /** The offset of the last byte of the line's last token. */
    int end(int line) {
        return end[line];
    }

    byte kind(int line) {
        return kind[line];
    }

    /**
     * Start and end (exclusive) pairs of the contents of triple-quoted strings that are not f-strings: bytes
     * nothing reads but a string's extent, and which hold no brackets or interpolations.
     */
    int[] tripleQuotedTexts() {
        return texts.toArray();
    }

    /** True when the line's last token is ':' (a compound statement's header whose body follows). */
    boolean opensBlock(int line) {
        return s[end[line]] == ':';
    }

    private boolean lex() {
        int n = s.length;
        int i = 0;
        // Python's own indentation stack: a dedent to no enclosing level, an indent nothing opened or a
        // header without a body is an error tree-sitter would recover from differently in the skim.
        int[] levels = new int[MAX_DEPTH];
        int depth = 0;
        boolean expectIndent = false;
        while (i < n) {
            int rowStart = i;
            while (i < n && s[i] == ' ') {
                i++;
            }
            if (i == n) {
                break;
            }
            byte b = s[i];
            if (b == '\n') {
                i++;
                row++;
                continue;
            }
            if (b == '#') {
                i = skipComment(i);
                if (i == FAIL) {
                    return false;
                }
                continue;
            }
            if (b == '\r' && i + 1 < n && s[i + 1] == '\n') {
                i += 2;
                row++;
                continue;
            }
            if (b == '\t' || b == '\f') {
                // Python and tree-sitter count a tab or form feed in indentation each their own way: only a
                // row holding nothing else is safe.
                i = blankRowEnd(i);
                if (i == FAIL) {
                    return false;
                }
                continue;
            }
            if (b == '\r' || b == 0) {
                return false;
            }
            int width = i - rowStart;
            if (width > levels[depth]) {
                if (!expectIndent || depth + 1 == MAX_DEPTH) {
                    return false;
                }
                levels[++depth] = width;
            } else {
                if (expectIndent) {
                    return false;
                }
                while (width < levels[depth]) {
                    depth--;
                }
                if (width != levels[depth]) {
                    return false;
                }
            }
            add(i, width, PythonLineKinds.at(s, i));
            lastByte = -1;
            i = scanLine(i);
            if (i == FAIL || lastByte < 0) {
                return false;
            }
            end[count - 1] = lastByte;
            lastRow[count - 1] = row;
            expectIndent = s[lastByte] == ':';
        }
        return !expectIndent;
    }

    /** The offset of the '\n' ending a row of only whitespace from {@code i} (or of the end); FAIL on anything else. */
    private int blankRowEnd(int i) {
        int n = s.length;
        for (; i < n && s[i] != '\n'; i++) {
            byte b = s[i];
            if (b != ' ' && b != '\t' && b != '\f' && !(b == '\r' && i + 1 < n && s[i + 1] == '\n')) {
                return FAIL;
            }
        }
        return i;
    }

    /** Scans a logical line from its first token; returns the offset of the '\n' ending it, or of the end. */
    private int scanLine(int i) {
        int n = s.length;
        int depth = 0;
        while (i < n) {
            byte b = s[i];
            switch (b) {
                case '\n' -> {
                    if (depth == 0) {
                        return i;
                    }
                    row++;
                    i++;
                }
                case ' ', '\t', '\f' -> i++;
                case '\r' -> {
                    if (i + 1 == n || s[i + 1] != '\n') {
                        return FAIL;
                    }
                    i++;
                }
                case '#' -> i = skipComment(i);
                case '\\' -> i = continuation(i);
                case '\'', '"' -> i = string(i);
                case '(', '[', '{' -> {
                    if (depth == MAX_DEPTH) {
                        return FAIL;
                    }
                    brackets[depth++] = b;
                    lastByte = i++;
                }
                case ')', ']', '}' -> {
                    if (depth == 0 || brackets[--depth] != (b == ')' ? '(' : b - 2)) {
                        return FAIL; // '[' and '{' sit two below their closers in ASCII, '(' one
                    }
                    lastByte = i++;
                }
                case 0 -> i = FAIL;
                default -> {
                    lastByte = i++;
                }
            }
            if (i == FAIL) {
                return FAIL;
            }
        }
        return depth == 0 ? n : FAIL;
    }

    /** Skips a backslash continuation; a backslash anywhere else outside a string is odd. */
    private int continuation(int i) {
        int n = s.length;
        if (i + 1 < n && s[i + 1] == '\n') {
            row++;
            return i + 2;
        }
        if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
            row++;
            return i + 3;
        }
        return FAIL;
    }

    /** Skips a comment to the '\n' ending its row (or the end), which is left for the caller. */
    private int skipComment(int i) {
        int n = s.length;
        for (; i < n; i++) {
            byte b = s[i];
            if (b == '\n') {
                return i;
            }
            if (b == 0 || b == '\r' && (i + 1 == n || s[i + 1] != '\n')) {
                return FAIL;
            }
        }
        return n;
    }

    /**
     * Skips a string from its opening quote; returns the offset after the closing one. A prefix (r, b, f, …)
     * was already scanned as a name, and raw strings need no care: a backslash keeps the next byte from
     * closing the string in them too.
     */
    private int string(int i) {
        int n = s.length;
        byte quote = s[i];
        int open = i;
        boolean triple = i + 2 < n && s[i + 1] == quote && s[i + 2] == quote;
        i += triple ? 3 : 1;
        while (i < n) {
            byte b = s[i];
            if (b == quote) {
                if (!triple) {
                    lastByte = i;
                    return i + 1;
                }
                if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) {
                    lastByte = i + 2;
                    if (!formatted(open)) {
                        addText(open + 3, i);
                    }
                    return i + 3;
                }
                i++;
            } else if (b == '\\') {
                if (i + 1 < n && s[i + 1] == '\n') {
                    row++;
                } else if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
                    row++;
                    i++;
                }
                i += 2;
            } else if (b == '\n') {
                if (!triple) {
                    return FAIL;
                }
                row++;
                i++;
            } else if (b == 0 || b == '\r' && (i + 1 == n || s[i + 1] != '\n')) {
                return FAIL;
            } else {
                i++;
            }
        }
        return FAIL;
    }

    /** True when the string opening at {@code quote} has an f (or t) among the letters of its prefix. */
    private boolean formatted(int quote) {
        for (int k = quote - 1; k >= 0 && k >= quote - 2; k--) {
            byte b = s[k];
            if (b == 'f' || b == 'F' || b == 't' || b == 'T') {
                return true;
            }
            if ("rRbBuU".indexOf(b) < 0) {
                return false;
            }
        }
        return false;
    }

    private void addText(int from, int to) {
        texts.add(from);
        texts.add(to);
    }

    private void add(int at, int width, byte lineKind) {
        if (count == start.length) {
            int grown = count * 2;
            start = Arrays.copyOf(start, grown);
            indent = Arrays.copyOf(indent, grown);
            firstRow = Arrays.copyOf(firstRow, grown);
            lastRow = Arrays.copyOf(lastRow, grown);
            end = Arrays.copyOf(end, grown);
            kind = Arrays.copyOf(kind, grown);
        }
        start[count] = at;
        indent[count] = width;
        firstRow[count] = row;
        kind[count] = lineKind;
        count++;
    }
}
