package ai.headroom.core.compress.search;

/**
 * One line of grep or ripgrep output.
 *
 * @param kind   what the line is
 * @param path   the file it belongs to ("" when the output names none); for a heading, the heading itself
 * @param body   the line without its path and separator, e.g. {@code 12:text} or {@code 12-text}; the whole
 *               line for separators, headings and other lines
 * @param lineNo the line number in the file, or -1
 * @param text   the matched or context text, for scoring
 */
record GrepLine(Kind kind, String path, String body, int lineNo, String text) {

    enum Kind { MATCH, CONTEXT, SEPARATOR, HEADING, BLANK, OTHER }

    boolean isHit() {
        return kind == Kind.MATCH || kind == Kind.CONTEXT;
    }

    static GrepLine plain(Kind kind, String line) {
        return new GrepLine(kind, "", line, -1, line);
    }

    /** A numbered line: {@code body} starts with the line number, then {@code :} (match) or {@code -} (context). */
    static GrepLine numbered(String path, String body) {
        int d = 0;
        while (d < body.length() && d < 9 && Character.isDigit(body.charAt(d))) {
            d++;
        }
        Kind kind = body.charAt(d) == ':' ? Kind.MATCH : Kind.CONTEXT;
        return new GrepLine(kind, path, body, Integer.parseInt(body.substring(0, d)), body.substring(d + 1));
    }

    /** Length of the run of ASCII digits at {@code from} (at most 9) when a {@code sep} follows it, else 0. */
    static int digitsThen(String line, int from, char sep) {
        int i = from;
        while (i < line.length() && i - from < 9 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i > from && i < line.length() && line.charAt(i) == sep ? i - from : 0;
    }
}
