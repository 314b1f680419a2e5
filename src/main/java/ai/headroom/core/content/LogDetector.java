package ai.headroom.core.content;

import java.util.List;

/**
 * Scores how much a sample looks like log or tool output: level words, timestamps, stack traces,
 * and the summary lines of pytest, npm, cargo, jest, maven, gradle and make.
 */
final class LogDetector {

    private static final List<String> LEVELS = List.of(
            "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "CRITICAL", "SEVERE", "NOTICE");
    private static final List<String> LOWER_LEVELS = List.of(
            "level=error", "level=warn", "level=info", "level=debug", "level=trace",
            "\"level\":", "\"severity\":", "\"@timestamp\":");
    private static final PrefixSet TOOL_PREFIXES = new PrefixSet(List.of(
            "npm ERR!", "npm WARN", "npm notice", "npm error", "npm warn", "npm http ", "npm info ", "npm verb ",
            "npm sill ", "npm timing ", "yarn install", "> Task :", "BUILD SUCCESS", "BUILD FAILURE",
            "BUILD FAILED", "FAILURE: Build failed", "make: ", "make[", "Compiling ", "Finished ", "Running ",
            "Checking ", "Downloaded ", "Downloading ", "error[E", "error: ", "warning: ", "test result: ",
            "PASS ", "FAIL ", "Tests:", "Test Suites:", "Snapshots:", "Time:", "collected ", "Ran ",
            "Traceback (most recent call last)", "Caused by: ", "goroutine ", "panic: ", "thread '",
            "E   ", ">   ", "exit status ", "FAILED ", "PASSED ", "ERROR ", "SKIPPED ", "added ", "removed ", "audited "));
    private static final List<String> STRONG_MARKERS = List.of(
            "test session starts", "BUILD SUCCESS", "BUILD FAILURE", "BUILD FAILED", "Traceback (most recent",
            "npm ERR!", "Test Suites:", "test result:", "short test summary", "Reactor Summary", "make: ***");

    private LogDetector() {
    }

    static double score(TextSample sample) {
        int logLines = 0;
        boolean strong = false;
        for (String line : sample.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (isLogLine(line)) {
                logLines++;
            }
            if (!strong) {
                strong = hasStrongMarker(line);
            }
        }
        double share = logLines / (double) Math.max(1, sample.nonBlank());
        if (share < 0.25 && !(strong && share >= 0.1)) {
            return share;
        }
        return Math.min(0.97, 0.45 + 0.5 * share + (strong ? 0.15 : 0));
    }

    static boolean isLogLine(String line) {
        String t = Lines.trimLeft(line);
        if (hasTimestamp(line) || hasLevel(line) || isStackFrame(t) || SearchDetector.isDiagnosticLine(line)) {
            return true;
        }
        if (TOOL_PREFIXES.matches(t)) {
            return true;
        }
        if (line.contains("level") || line.contains("\"severity\":") || line.contains("\"@timestamp\":")) {
            for (String marker : LOWER_LEVELS) {
                if (line.contains(marker)) {
                    return true;
                }
            }
        }
        return isRule(t) || isProgressLine(t);
    }

    private static boolean hasStrongMarker(String line) {
        for (String marker : STRONG_MARKERS) {
            if (line.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** ISO-ish date (2024-01-15, 2024/01/15) or clock time (10:23:45) within the first 40 characters. */
    static boolean hasTimestamp(String line) {
        int limit = Math.min(line.length(), 40);
        for (int i = 0; i + 8 <= limit; i++) {
            if (!Lines.isDigit(line.charAt(i)) || (i > 0 && Lines.isDigit(line.charAt(i - 1)))) {
                continue;
            }
            if (i + 10 <= line.length() && Lines.digitsAt(line, i) == 4 && isDateSep(line.charAt(i + 4))
                    && Lines.digitsAt(line, i + 5) == 2 && line.charAt(i + 7) == line.charAt(i + 4)
                    && Lines.digitsAt(line, i + 8) == 2) {
                return true;
            }
            if (Lines.digitsAt(line, i) == 2 && line.charAt(i + 2) == ':' && Lines.digitsAt(line, i + 3) == 2
                    && line.charAt(i + 5) == ':' && Lines.digitsAt(line, i + 6) == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateSep(char c) {
        return c == '-' || c == '/';
    }

    /** An upper-case level word standing alone near the start, not a constant like {@code Level.ERROR}. */
    static boolean hasLevel(String line) {
        int limit = Math.min(line.length(), 100);
        for (String level : LEVELS) {
            int at = line.indexOf(level);
            if (at < 0 || at + level.length() > limit) {
                continue;
            }
            char before = at == 0 ? ' ' : line.charAt(at - 1);
            int end = at + level.length();
            char after = end == line.length() ? ' ' : line.charAt(end);
            boolean left = before == ' ' || before == '[' || before == '|' || before == '\t' || before == '<';
            boolean right = after == ' ' || after == ']' || after == ':' || after == '|' || after == '>'
                    || after == '\t';
            if (left && right) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStackFrame(String t) {
        if (t.startsWith("at ") && t.indexOf('(') > 0 && (t.endsWith(")") || t.contains(".java:"))) {
            return true;
        }
        if (t.startsWith("File \"") && t.contains("\", line ")) {
            return true;
        }
        if (t.startsWith("... ") && t.endsWith(" more")) {
            return true;
        }
        if (t.contains("(0x") || t.contains(".go:") && t.contains(" +0x")) {
            return true; // Go goroutine dump: "pkg.(*T).m(0xc000124000, ...)" and "\t/src/x.go:44 +0x1d4"
        }
        return isExceptionHeadline(t);
    }

    /** "java.lang.IllegalStateException: boom", "ValueError: bad value", "TypeError: x is undefined". */
    private static boolean isExceptionHeadline(String t) {
        int colon = t.indexOf(':');
        int end = colon < 0 ? t.length() : colon;
        if (end < 5 || end > 120) {
            return false;
        }
        String name = t.substring(0, end);
        if (!(name.endsWith("Exception") || name.endsWith("Error"))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Lines.isWordChar(c) || c == '.' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /** pytest's "==== test session starts ====" and "____ test_name ____" rules. */
    private static boolean isRule(String t) {
        return t.length() >= 10 && (t.startsWith("=====") || t.startsWith("_____") || t.startsWith("-----"))
                && (t.endsWith("=====") || t.endsWith("_____") || t.endsWith("-----"));
    }

    /** pytest progress: "tests/test_api.py ..F.s  [ 40%]". */
    private static boolean isProgressLine(String t) {
        return t.endsWith("%]") && t.lastIndexOf('[') > 0;
    }
}
