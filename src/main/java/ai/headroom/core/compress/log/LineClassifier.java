package ai.headroom.core.compress.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells error lines, warnings and stack frames apart with character scans (a regex only for exit
 * codes, and only on lines that mention "exit"), so 100,000 lines classify in a few milliseconds.
 */
final class LineClassifier {

    static final int ERROR = 1;
    static final int WARNING = 2;
    static final int FRAME = 4;

    /** Where in a line the level of a structured log record is looked for. */
    private static final int LEVEL_SCAN_CHARS = 200;

    private static final Pattern EXIT_CODE = Pattern.compile(
            "(?i)\\bexit(?:ed)?(?: with)?(?: code| status)[ :=]*(-?\\d{1,6})");

    private LineClassifier() {}

    /** The category of a line given its flags from {@link #flags}. */
    static LineCategory category(String line, int flags) {
        if ((flags & ERROR) != 0) {
            return LineCategory.ERROR;
        }
        if ((flags & FRAME) != 0) {
            return LineCategory.STACK;
        }
        if ((flags & WARNING) != 0) {
            return LineCategory.WARN;
        }
        LineCategory level = explicitLevel(line);
        return level == null ? LineCategory.OTHER : level;
    }

    /** {@link #ERROR}, {@link #WARNING} or {@link #FRAME} bits for one line (without its {@code \r}). */
    static int flags(String line) {
        if (isFrame(line)) {
            return FRAME;
        }
        if (hasStrongErrorMarker(line)) {
            return ERROR;
        }
        LineCategory level = explicitLevel(line);
        if (level == LineCategory.ERROR) {
            return ERROR;
        }
        if (level == LineCategory.WARN) {
            return WARNING;
        }
        if (level != null) {
            // A record's own level wins: "INFO Registered ExceptionHandler" is not an error.
            return 0;
        }
        if (hasErrorMarker(line)) {
            return ERROR;
        }
        return hasWarningMarker(line) ? WARNING : 0;
    }

    /** A stack frame of Java, JS, Python or Go (not the exception line that heads it). */
    static boolean isFrame(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int t = firstNonBlank(line);
        if (t > 0 && t < line.length()) {
            if (line.startsWith("at ", t) || line.startsWith("File \"", t)) {
                return true;
            }
            if (line.startsWith("... ", t) && (line.endsWith(" more") || line.endsWith("omitted"))) {
                return true;
            }
            if (line.charAt(0) == '\t' && line.contains(".go:")) {
                return true;
            }
        }
        return line.startsWith("goroutine ") && line.contains(" [") || line.startsWith("created by ");
    }

    /** The level a structured record states (ERROR, WARN, INFO, DEBUG), or null when it states none. */
    static LineCategory explicitLevel(String line) {
        int limit = Math.min(line.length(), LEVEL_SCAN_CHARS);
        int i = 0;
        while (i < limit) {
            if (!isAsciiLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && isAsciiLetter(line.charAt(i))) {
                i++;
            }
            if (start > 0 && isWordChar(line.charAt(start - 1)) || i < line.length() && isWordChar(line.charAt(i))) {
                continue;
            }
            LineCategory level = levelWord(line.substring(start, i));
            if (level != null) {
                return level;
            }
            if (isLevelKey(line, start, i)) {
                return levelAfterKey(line, i);
            }
        }
        return null;
    }

    private static LineCategory levelWord(String word) {
        return switch (word) {
            case "ERROR", "FATAL", "CRITICAL", "CRIT", "SEVERE", "ALERT", "EMERG" -> LineCategory.ERROR;
            case "WARN", "WARNING" -> LineCategory.WARN;
            case "INFO", "NOTICE" -> LineCategory.INFO;
            case "DEBUG", "TRACE", "FINE", "FINER", "FINEST" -> LineCategory.DEBUG;
            default -> null;
        };
    }

    /** {@code level=warn}, {@code "level":"error"}, {@code severity: info} (logfmt and JSON logs). */
    private static boolean isLevelKey(String line, int start, int end) {
        int len = end - start;
        return (len == 5 && line.regionMatches(true, start, "level", 0, 5)
                || len == 3 && line.regionMatches(true, start, "lvl", 0, 3)
                || len == 8 && line.regionMatches(true, start, "severity", 0, 8))
                && end < line.length() && (line.charAt(end) == '=' || line.charAt(end) == '"'
                        || line.charAt(end) == ':');
    }

    private static LineCategory levelAfterKey(String line, int from) {
        int i = from;
        int limit = Math.min(line.length(), from + 5);
        while (i < limit && !isAsciiLetter(line.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < line.length() && isAsciiLetter(line.charAt(i))) {
            i++;
        }
        return start == i ? null : levelWord(line.substring(start, i).toUpperCase(java.util.Locale.ROOT));
    }

    /** Markers that mean failure whatever level the line claims ({@code [INFO] BUILD FAILURE}). */
    static boolean hasStrongErrorMarker(String line) {
        return line.contains("BUILD FAILURE") || line.contains("BUILD FAILED") || line.contains("npm ERR!")
                || line.startsWith("npm error") || line.contains("<<< FAILURE!") || line.contains("<<< ERROR!")
                || line.startsWith("make") && line.contains(": *** ") || nonZeroExit(line);
    }

    private static boolean nonZeroExit(String line) {
        if (!line.contains("xit")) {
            return false;
        }
        Matcher m = EXIT_CODE.matcher(line);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Error words in a line that states no level of its own. */
    static boolean hasErrorMarker(String line) {
        int t = firstNonBlank(line);
        return containsWord(line, "ERROR") || containsWord(line, "FATAL") || containsWord(line, "CRITICAL")
                || containsWord(line, "FAILED") || containsWord(line, "FAIL") || line.contains("Exception")
                || line.contains("Traceback (most recent call last)")
                || line.startsWith("panic:", t) || line.startsWith("fatal:", t) || line.startsWith("fatal error:", t)
                || line.startsWith("E  ") || line.startsWith("\u2715", t) || line.startsWith("\u2717", t)
                || labelAt(line, "error", t) || typeNamedError(line, "Error");
    }

    /** Warning words in a line that states no level of its own. */
    static boolean hasWarningMarker(String line) {
        int t = firstNonBlank(line);
        return containsWord(line, "WARN") || containsWord(line, "WARNING") || line.startsWith("npm warn")
                || labelAt(line, "warning", t) || typeNamedError(line, "Warning");
    }

    /** Compiler style {@code error:} / {@code error[E0308]:} / {@code warning:} at the start or after a space. */
    private static boolean labelAt(String line, String word, int trimmed) {
        int from = 0;
        int at;
        while ((at = line.indexOf(word, from)) >= 0) {
            int after = at + word.length();
            boolean startOk = at == trimmed || at > 0 && line.charAt(at - 1) == ' ';
            if (startOk && after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '[')) {
                return true;
            }
            from = after;
        }
        return false;
    }

    /** {@code TypeError: …}, {@code … AssertionError} at the end: a type name ending in the suffix. */
    private static boolean typeNamedError(String line, String suffix) {
        int from = 0;
        int at;
        while ((at = line.indexOf(suffix, from)) >= 0) {
            int after = at + suffix.length();
            if (after == line.length() || line.charAt(after) == ':') {
                return true;
            }
            from = after;
        }
        return false;
    }

    /** True when {@code word} occurs bounded by non-word characters (so {@code ERROR_COUNT} does not count). */
    static boolean containsWord(String line, String word) {
        int from = 0;
        int at;
        while ((at = line.indexOf(word, from)) >= 0) {
            int after = at + word.length();
            if ((at == 0 || !isWordChar(line.charAt(at - 1))) && (after == line.length() || !isWordChar(line.charAt(after)))) {
                return true;
            }
            from = after;
        }
        return false;
    }

    static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
