package ai.headroom.core.compress.log;

/** One log's lines with what each line is; built once per call and confined to it. */
final class ClassifiedLog {

    private final LogLines lines;
    private final int[] flags;
    private final LineCategory[] categories;
    private final boolean[] summary;
    private final String[] normalized;

    private ClassifiedLog(LogLines lines) {
        this.lines = lines;
        int n = lines.size();
        this.flags = new int[n];
        this.categories = new LineCategory[n];
        this.summary = new boolean[n];
        this.normalized = new String[n];
        for (int i = 0; i < n; i++) {
            String line = lines.clean(i);
            flags[i] = LineClassifier.flags(line);
            categories[i] = LineClassifier.category(line, flags[i]);
            summary[i] = (flags[i] & LineClassifier.FRAME) == 0 && SummaryLines.isSummary(line);
        }
    }

    static ClassifiedLog of(LogLines lines) {
        return new ClassifiedLog(lines);
    }

    LogLines lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    String clean(int i) {
        return lines.clean(i);
    }

    boolean isError(int i) {
        return (flags[i] & LineClassifier.ERROR) != 0;
    }

    boolean isWarning(int i) {
        return (flags[i] & LineClassifier.WARNING) != 0;
    }

    boolean isFrame(int i) {
        return (flags[i] & LineClassifier.FRAME) != 0;
    }

    boolean isSummary(int i) {
        return summary[i];
    }

    LineCategory category(int i) {
        return categories[i];
    }

    /** The line's template ({@link LineNormalizer}), computed on first use. */
    String normalized(int i) {
        String n = normalized[i];
        if (n == null) {
            n = LineNormalizer.normalize(lines.clean(i));
            normalized[i] = n;
        }
        return n;
    }
}
