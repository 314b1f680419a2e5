package ai.headroom.core.compress.log;

/**
 * Recognises the verdict lines of test runners and build tools (pytest, jest, mocha, cargo, maven,
 * gradle, npm, go test, make, unittest): the lines an agent reads first to know what happened.
 */
final class SummaryLines {

    private SummaryLines() {}

    /** True for a summary line such as {@code ===== 3 failed, 120 passed in 4.20s =====}. */
    static boolean isSummary(String line) {
        String t = withoutLevelTag(line);
        if (t.isEmpty()) {
            return false;
        }
        return pytest(t) || jestOrMocha(t) || cargo(t) || maven(t) || gradle(t) || npm(t) || goTest(t)
                || t.startsWith("make") && t.contains(": *** ")
                || t.startsWith("Ran ") && t.contains(" test")
                || t.contains("exit code") || t.contains("exit status") || t.contains("Exit code");
    }

    /** Drops leading blanks and a maven style {@code [INFO] } tag. */
    private static String withoutLevelTag(String line) {
        int t = LineClassifier.firstNonBlank(line);
        if (line.startsWith("[", t)) {
            int close = line.indexOf("] ", t);
            if (close > 0 && close - t <= 10) {
                t = close + 2;
            }
        }
        return line.substring(t);
    }

    private static boolean pytest(String t) {
        return t.startsWith("==") && t.endsWith("==")
                && (t.contains(" passed") || t.contains(" failed") || t.contains(" error") || t.contains(" skipped")
                        || t.contains("no tests ran") || t.contains("short test summary"));
    }

    private static boolean jestOrMocha(String t) {
        return t.startsWith("Tests:") || t.startsWith("Test Suites:") || t.startsWith("Snapshots:")
                || startsWithDigit(t) && (t.contains(" passing (") || t.endsWith(" failing") || t.endsWith(" pending"));
    }

    private static boolean cargo(String t) {
        return t.startsWith("test result:") || t.startsWith("error: could not compile")
                || t.startsWith("error: aborting due to")
                || t.startsWith("Finished ") && (t.contains("target(s)") || t.contains("profile"))
                || t.startsWith("warning: ") && t.contains(" generated ") && t.contains(" warning");
    }

    private static boolean maven(String t) {
        return t.startsWith("Tests run:") || t.startsWith("Total time:") || t.startsWith("Failed to execute goal")
                || t.startsWith("BUILD SUCCESS") || t.startsWith("BUILD FAILURE");
    }

    private static boolean gradle(String t) {
        return t.startsWith("BUILD SUCCESSFUL") || t.startsWith("BUILD FAILED") || t.contains(" actionable task")
                || t.startsWith("FAILURE: Build failed");
    }

    private static boolean npm(String t) {
        return t.startsWith("added ") && t.contains(" package") || t.startsWith("removed ") && t.contains(" package")
                || t.startsWith("up to date") || t.startsWith("audited ")
                || t.startsWith("found ") && t.contains("vulnerabilit") || t.contains(" vulnerabilities (");
    }

    private static boolean goTest(String t) {
        return t.startsWith("ok  ") || t.startsWith("ok\t") || t.startsWith("FAIL\t") || t.equals("FAIL")
                || t.equals("PASS") || t.startsWith("FAIL ");
    }

    private static boolean startsWithDigit(String t) {
        return t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }
}
