package ai.headroom.core.content;

/** Small character-level predicates the detectors share, written as scans to avoid regex cost. */
final class Lines {

    private Lines() {
    }

    static String trimLeft(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i == 0 ? line : line.substring(i);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '_';
    }

    /** Number of consecutive digits starting at {@code from}. */
    static int digitsAt(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Last character that is not whitespace, or 0 for a blank line. */
    static char lastNonBlank(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** First character that is not whitespace, or 0 for a blank line. */
    static char firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** Whether {@code word} occurs in {@code line} as a whole word (non-word chars or edges around it). */
    static boolean hasWord(String line, String word, int within) {
        int limit = Math.min(line.length(), within);
        int from = 0;
        while (true) {
            int at = line.indexOf(word, from);
            if (at < 0 || at + word.length() > limit) {
                return false;
            }
            boolean before = at == 0 || !isWordChar(line.charAt(at - 1));
            int end = at + word.length();
            boolean after = end == line.length() || !isWordChar(line.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }
}
