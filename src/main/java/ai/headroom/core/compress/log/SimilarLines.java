package ai.headroom.core.compress.log;

/**
 * Collapses runs of kept lines that share one template (the same INFO line with other ids and
 * timings): the first stays, the rest become one counted omission line.
 */
final class SimilarLines {

    /** Shorter runs are left alone: an omission line would cost as much as the lines it replaces. */
    private static final int MIN_RUN = 3;

    private SimilarLines() {}

    static void collapse(ClassifiedLog log, Selection selection) {
        int n = log.size();
        int i = 0;
        while (i < n) {
            if (!collapsible(log, selection, i)) {
                i++;
                continue;
            }
            String template = log.normalized(i);
            int j = i + 1;
            while (j < n && collapsible(log, selection, j) && log.normalized(j).equals(template)) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                for (int k = i + 1; k < j; k++) {
                    selection.dropAsSimilar(k);
                }
            }
            i = j;
        }
    }

    /** Errors, summaries, warnings and noted lines are never collapsed. */
    private static boolean collapsible(ClassifiedLog log, Selection selection, int i) {
        return selection.isKept(i) && !log.isError(i) && !log.isSummary(i) && !log.isWarning(i)
                && selection.note(i) == 0;
    }
}
