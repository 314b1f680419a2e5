package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.List;

/** Finds Java/JS ({@code at …}, {@code Caused by:}), Python ({@code Traceback}) and Go (goroutine) stack traces. */
final class StackTraceFinder {

    private StackTraceFinder() {}

    static List<StackTrace> find(ClassifiedLog log) {
        List<StackTrace> traces = new ArrayList<>();
        int n = log.size();
        int i = 0;
        while (i < n) {
            String line = log.clean(i);
            StackTrace trace = null;
            if (line.startsWith("Traceback (most recent call last)", LineClassifier.firstNonBlank(line))) {
                trace = python(log, i);
            } else if (line.startsWith("goroutine ") && line.contains(" [")) {
                trace = go(log, i);
            } else if (log.isFrame(i) && isAtFrame(line)) {
                trace = javaLike(log, i);
            }
            if (trace == null) {
                i++;
            } else {
                traces.add(trace);
                i = Math.max(trace.end(), i + 1);
            }
        }
        return traces;
    }

    private static StackTrace python(ClassifiedLog log, int start) {
        int j = start + 1;
        while (j < log.size() && isIndented(log.clean(j))) {
            j++;
        }
        List<Integer> heads = new ArrayList<>(List.of(start));
        if (j < log.size() && !log.clean(j).isBlank()) {
            heads.add(j);
            j++;
        }
        return new StackTrace(start, j, heads, true);
    }

    private static StackTrace go(ClassifiedLog log, int start) {
        int j = start + 1;
        while (j < log.size()) {
            String line = log.clean(j);
            if (!(line.startsWith("\t") || line.startsWith("created by ") || isGoCall(line))) {
                break;
            }
            j++;
        }
        return new StackTrace(start, j, List.of(start), false);
    }

    /** Java and JS: the exception line just above the first frame heads the trace. */
    private static StackTrace javaLike(ClassifiedLog log, int firstFrame) {
        int start = firstFrame;
        if (firstFrame > 0 && !log.isFrame(firstFrame - 1) && !log.clean(firstFrame - 1).isBlank()) {
            start = firstFrame - 1;
        }
        List<Integer> heads = new ArrayList<>(List.of(start));
        int j = firstFrame;
        while (j < log.size()) {
            String line = log.clean(j);
            int t = LineClassifier.firstNonBlank(line);
            if (line.startsWith("Caused by:", t) || line.startsWith("Suppressed:", t)) {
                heads.add(j);
            } else if (!log.isFrame(j)) {
                break;
            }
            j++;
        }
        return new StackTrace(start, j, heads, false);
    }

    private static boolean isAtFrame(String line) {
        return line.startsWith("at ", LineClassifier.firstNonBlank(line));
    }

    private static boolean isIndented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    /** {@code main.main()}, {@code main.(*T).Run(0xc000010000, {0x0, 0x0})}: a Go frame's call line. */
    private static boolean isGoCall(String line) {
        int paren = line.indexOf('(');
        int space = line.indexOf(' ');
        return paren > 0 && line.endsWith(")") && (space < 0 || space > paren);
    }
}
