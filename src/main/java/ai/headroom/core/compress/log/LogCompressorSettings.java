package ai.headroom.core.compress.log;

/**
 * Limits of the log compressor; validated on construction, start from {@link #defaults()}.
 *
 * @param passThroughLines   logs with fewer lines are returned unchanged
 * @param maxOutputLines     soft cap on output lines; errors and summaries may exceed it
 * @param headLines          first lines always shown (they name the tool and its start)
 * @param tailLines          last lines always shown (they usually hold the verdict)
 * @param maxErrorLines      error lines kept verbatim before even errors are sampled
 * @param maxErrorContexts   errors shown with surrounding context
 * @param errorContextLines  lines of context on each side of such an error
 * @param maxStackTraces     stack traces shown
 * @param maxStackTraceLines lines shown per stack trace
 * @param maxWarnings        distinct (normalised) warnings shown, each with its repeat count
 * @param maxSummaryLines    test/build summary lines kept (the last ones win)
 * @param maxQueryLines      lines matching the user's question kept
 * @param maxLineChars       kept lines longer than this (other than errors and summaries) are shortened
 */
public record LogCompressorSettings(
        int passThroughLines,
        int maxOutputLines,
        int headLines,
        int tailLines,
        int maxErrorLines,
        int maxErrorContexts,
        int errorContextLines,
        int maxStackTraces,
        int maxStackTraceLines,
        int maxWarnings,
        int maxSummaryLines,
        int maxQueryLines,
        int maxLineChars) {

    public LogCompressorSettings {
        positive("passThroughLines", passThroughLines);
        positive("maxOutputLines", maxOutputLines);
        notNegative("headLines", headLines);
        notNegative("tailLines", tailLines);
        positive("maxErrorLines", maxErrorLines);
        notNegative("maxErrorContexts", maxErrorContexts);
        notNegative("errorContextLines", errorContextLines);
        notNegative("maxStackTraces", maxStackTraces);
        notNegative("maxStackTraceLines", maxStackTraceLines);
        notNegative("maxWarnings", maxWarnings);
        notNegative("maxSummaryLines", maxSummaryLines);
        notNegative("maxQueryLines", maxQueryLines);
        // Shortened lines keep a head of half this length; below 80 they would lose their meaning.
        if (maxLineChars < 80) {
            throw new IllegalArgumentException("maxLineChars must be >= 80, was " + maxLineChars);
        }
    }

    /** The reference system's limits, plus a 1,000-char cap on ordinary kept lines. */
    public static LogCompressorSettings defaults() {
        return new LogCompressorSettings(50, 100, 5, 5, 40, 10, 3, 3, 20, 5, 15, 10, 1_000);
    }

    /** The same settings with another soft output cap. */
    public LogCompressorSettings withMaxOutputLines(int value) {
        return new LogCompressorSettings(passThroughLines, value, headLines, tailLines, maxErrorLines,
                maxErrorContexts, errorContextLines, maxStackTraces, maxStackTraceLines, maxWarnings,
                maxSummaryLines, maxQueryLines, maxLineChars);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
    }

    private static void notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }
}
