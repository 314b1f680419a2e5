package ai.headroom.core.content;

/**
 * Scores how much a sample looks like grep / ripgrep output: {@code path:line:} match lines,
 * {@code path-line-} context lines, {@code --} separators, or ripgrep's heading mode.
 */
final class SearchDetector {

    /** Shares below this are ordinary text that happens to hold a few file references. */
    static final double MIN_SHARE = 0.3;

    enum LineType { NONE, MATCH, DIAGNOSTIC }

    private SearchDetector() {
    }

    static double score(TextSample sample) {
        int hits = 0;
        int separators = 0;
        int headings = 0;
        int numbered = 0;
        for (String line : sample.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (line.equals("--")) {
                separators++;
            } else if (classify(line) == LineType.MATCH) {
                hits++;
            } else if (isPathHeading(line)) {
                headings++;
            } else if (isNumberedLine(line)) {
                numbered++;
            }
        }
        if (headings > 0 && numbered > 0) {
            hits += headings + numbered;
        }
        int denominator = Math.max(1, sample.nonBlank() - separators);
        double share = hits / (double) denominator;
        return share < MIN_SHARE ? share : Math.min(0.98, 0.55 + 0.45 * share);
    }

    /**
     * MATCH for {@code path:12:}, {@code path:12-}, {@code path-12-} or {@code C:\dir\f.py:12:} at column 0;
     * DIAGNOSTIC when what follows is a compiler's "error:" / "warning:" / "note:", which belongs to logs.
     */
    static LineType classify(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return LineType.NONE;
        }
        int i = 0;
        int len = Math.min(line.length(), 400);
        if (len > 3 && Lines.isAsciiLetter(line.charAt(0)) && line.charAt(1) == ':'
                && (line.charAt(2) == '\\' || line.charAt(2) == '/')) {
            i = 3; // Windows drive letter
        }
        for (; i < len; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                return LineType.NONE;
            }
            if (c != ':' && c != '-') {
                continue;
            }
            int digits = Lines.digitsAt(line, i + 1);
            int after = i + 1 + digits;
            if (digits > 0 && digits <= 7 && after < line.length()
                    && (line.charAt(after) == ':' || line.charAt(after) == '-')
                    && looksLikePath(line, i)) {
                return isDiagnostic(line, after + 1) ? LineType.DIAGNOSTIC : LineType.MATCH;
            }
            if (c == ':') {
                return LineType.NONE;
            }
        }
        return LineType.NONE;
    }

    private static boolean looksLikePath(String line, int end) {
        char first = line.charAt(0);
        if (first == '-' || first == '+' || first == '[' || first == '<' || first == '#' || first == '"'
                || first == '(' || first == '@' || first == '{') {
            return false;
        }
        boolean letter = false;
        boolean separator = false;
        int lastDot = -1;
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            letter |= Character.isLetter(c);
            separator |= c == '/' || c == '\\';
            if (c == '.') {
                lastDot = i;
            }
        }
        boolean extension = lastDot >= 0 && lastDot + 1 < end && Character.isLetter(line.charAt(lastDot + 1));
        return letter && (separator || extension);
    }

    private static boolean isDiagnostic(String line, int from) {
        int col = Lines.digitsAt(line, from);
        int at = col > 0 && from + col < line.length() && line.charAt(from + col) == ':' ? from + col + 1 : from;
        String rest = Lines.trimLeft(line.substring(Math.min(at, line.length()), Math.min(line.length(), at + 24)));
        if (rest.startsWith("error") || rest.startsWith("warning") || rest.startsWith("note:")
                || rest.startsWith("fatal error")) {
            return true;
        }
        // pytest's failure location: "tests/test_api.py:87: AssertionError"
        String word = rest.split("[^A-Za-z0-9_.]", 2)[0];
        return word.length() > 5 && (word.endsWith("Error") || word.endsWith("Exception") || word.endsWith("Warning"));
    }

    /** ripgrep's heading mode prints the file path alone on a line before its numbered hits. */
    private static boolean isPathHeading(String line) {
        if (line.indexOf(' ') >= 0 || line.indexOf(':') > 1) {
            return false;
        }
        return looksLikePath(line, line.length()) && (line.indexOf('/') >= 0 || line.indexOf('\\') >= 0
                || line.lastIndexOf('.') > 0);
    }

    private static boolean isNumberedLine(String line) {
        int digits = Lines.digitsAt(line, 0);
        return digits > 0 && digits <= 7 && digits < line.length()
                && (line.charAt(digits) == ':' || line.charAt(digits) == '-');
    }

    /** Whether the lines of a sample hold compiler diagnostics (path:line:col: error:), a log signal. */
    static boolean isDiagnosticLine(String line) {
        return classify(line) == LineType.DIAGNOSTIC;
    }
}
