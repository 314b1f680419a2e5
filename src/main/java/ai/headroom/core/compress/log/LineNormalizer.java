package ai.headroom.core.compress.log;

/**
 * Reduces a line to its template for deduplication: numbers, hex, UUIDs and timestamps become
 * {@code #}, paths and URLs become {@code <path>}, runs of blanks one space.
 */
final class LineNormalizer {

    private static final int UUID_LENGTH = 36;
    /** Hex runs at least this long are ids even without a digit ({@code deadbeefcafe}). */
    private static final int MIN_BARE_HEX = 8;

    private LineNormalizer() {}

    static String normalize(String line) {
        StringBuilder out = new StringBuilder(Math.min(line.length(), 512));
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (isBlank(line.charAt(i))) {
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                out.append(' ');
                continue;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            appendToken(out, line, start, i);
        }
        return out.toString();
    }

    private static void appendToken(StringBuilder out, String line, int start, int end) {
        if (isPath(line, start, end)) {
            out.append("<path>");
            return;
        }
        int i = start;
        while (i < end) {
            char c = line.charAt(i);
            if (!isAlnum(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (end - i >= UUID_LENGTH && isUuid(line, i)) {
                out.append('#');
                i += UUID_LENGTH;
                continue;
            }
            int runStart = i;
            boolean digit = false;
            boolean allHex = true;
            while (i < end && isAlnum(line.charAt(i))) {
                char r = line.charAt(i);
                digit |= r >= '0' && r <= '9';
                allHex &= isHex(r);
                i++;
            }
            if (digit || allHex && i - runStart >= MIN_BARE_HEX) {
                out.append('#');
            } else {
                out.append(line, runStart, i);
            }
        }
    }

    /** Two or more separators ({@code /var/log/app.log}, {@code C:\x\y}, URLs); {@code and/or} stays a word. */
    private static boolean isPath(String line, int start, int end) {
        int separators = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == '/' || c == '\\') {
                separators++;
            }
        }
        return separators >= 2;
    }

    private static boolean isUuid(String line, int at) {
        for (int k = 0; k < UUID_LENGTH; k++) {
            char c = line.charAt(at + k);
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static boolean isAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
