package ai.headroom.core.compress.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads grep and ripgrep output: {@code path:line:text}, {@code path:line:col:text}, context lines
 * {@code path-line-text}, {@code --} separators, ripgrep's heading mode and Windows drive paths.
 */
final class GrepParser {

    private GrepParser() {}

    static List<GrepLine> parse(String[] lines) {
        Set<String> matchPaths = new HashSet<>();
        for (String line : lines) {
            int end = flatMatchPathEnd(line);
            if (end > 0) {
                matchPaths.add(line.substring(0, end));
            }
        }
        List<GrepLine> out = new ArrayList<>(lines.length);
        String heading = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                out.add(GrepLine.plain(GrepLine.Kind.BLANK, line));
                heading = null;
            } else if (line.equals("--")) {
                out.add(GrepLine.plain(GrepLine.Kind.SEPARATOR, line));
            } else if (heading != null && numbered(line)) {
                out.add(GrepLine.numbered(heading, line));
            } else {
                GrepLine flat = flat(line, matchPaths);
                if (flat != null) {
                    out.add(flat);
                } else if (i + 1 < lines.length && numbered(lines[i + 1]) && looksLikePath(line)) {
                    heading = line;
                    out.add(new GrepLine(GrepLine.Kind.HEADING, line, line, -1, line));
                } else if (numbered(line)) {
                    // grep -n over a single file names no path.
                    out.add(GrepLine.numbered("", line));
                } else {
                    out.add(GrepLine.plain(GrepLine.Kind.OTHER, line));
                }
            }
        }
        return out;
    }

    private static GrepLine flat(String line, Set<String> matchPaths) {
        int end = flatMatchPathEnd(line);
        if (end > 0) {
            return GrepLine.numbered(line.substring(0, end), line.substring(end + 1));
        }
        end = flatContextPathEnd(line, matchPaths);
        return end > 0 ? GrepLine.numbered(line.substring(0, end), line.substring(end + 1)) : null;
    }

    private static boolean numbered(String line) {
        return GrepLine.digitsThen(line, 0, ':') > 0 || GrepLine.digitsThen(line, 0, '-') > 0;
    }

    /** Where the path of {@code path:12:…} ends; a drive letter's colon ({@code C:\}) is not the end. */
    static int flatMatchPathEnd(String line) {
        int from = hasDrive(line) ? 2 : 0;
        for (int c = line.indexOf(':', from); c > 0; c = line.indexOf(':', c + 1)) {
            if (GrepLine.digitsThen(line, c + 1, ':') > 0) {
                return allDigits(line, c) ? -1 : c;
            }
            if (c > 1_000) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the path of {@code path-12-…} ends, preferring a path that also has matches. */
    private static int flatContextPathEnd(String line, Set<String> matchPaths) {
        int fallback = -1;
        for (int d = line.indexOf('-'); d > 0 && d < 1_000; d = line.indexOf('-', d + 1)) {
            if (GrepLine.digitsThen(line, d + 1, '-') == 0) {
                continue;
            }
            String path = line.substring(0, d);
            if (matchPaths.contains(path)) {
                return d;
            }
            if (fallback < 0 && looksLikePath(path)) {
                fallback = d;
            }
        }
        return fallback;
    }

    private static boolean hasDrive(String line) {
        return line.length() > 2 && Character.isLetter(line.charAt(0)) && line.charAt(1) == ':'
                && (line.charAt(2) == '\\' || line.charAt(2) == '/');
    }

    private static boolean allDigits(String line, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A file name or path: no surrounding blanks, a dot or a separator in it, not too long. */
    static boolean looksLikePath(String s) {
        return !s.isEmpty() && s.length() < 500 && !Character.isWhitespace(s.charAt(0))
                && !Character.isWhitespace(s.charAt(s.length() - 1)) && s.indexOf('\t') < 0
                && (s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('.') > 0);
    }
}
