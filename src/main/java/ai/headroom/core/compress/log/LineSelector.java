package ai.headroom.core.compress.log;

import ai.headroom.core.compress.CompressionContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which lines of a log survive: errors and summaries always, then — while the output
 * budget lasts — head and tail, stack traces, lines about the question, error context and warnings.
 */
final class LineSelector {

    private final ClassifiedLog log;
    private final LogCompressorSettings settings;
    private final Selection selection;
    private final int budget;

    private LineSelector(ClassifiedLog log, LogCompressorSettings settings) {
        this.log = log;
        this.settings = settings;
        this.selection = new Selection(log.size());
        this.budget = settings.maxOutputLines();
    }

    static Selection select(ClassifiedLog log, LogCompressorSettings settings, CompressionContext ctx) {
        LineSelector selector = new LineSelector(log, settings);
        List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.isError(i)) {
                errors.add(i);
            }
        }
        selector.keepErrors(errors);
        selector.keepSummaries();
        selector.keepHeadAndTail();
        if (!ctx.pastDeadline()) {
            List<StackTrace> shown = selector.keepStackTraces(StackTraceFinder.find(log));
            selector.keepQueryLines(QueryTerms.of(ctx.query()));
            selector.keepErrorContext(errors, shown);
            selector.keepWarnings();
            SimilarLines.collapse(log, selector.selection);
        }
        return selector.selection;
    }

    /** Every error verbatim; only past {@code maxErrorLines} are errors sampled. */
    private void keepErrors(List<Integer> errors) {
        List<Integer> kept = errors.size() <= settings.maxErrorLines()
                ? errors
                : ErrorPriority.order(log, errors, settings.maxErrorLines());
        kept.forEach(selection::keep);
    }

    /**
     * The last summary of each template wins: a build prints its overall verdict after the per-module
     * ones, and maven's thirty per-class {@code Tests run:} lines differ only in their numbers.
     */
    private void keepSummaries() {
        int left = settings.maxSummaryLines();
        Set<String> templates = new HashSet<>();
        for (int i = log.size() - 1; i >= 0 && left > 0; i--) {
            if (log.isSummary(i) && templates.add(log.normalized(i))) {
                selection.keep(i);
                left--;
            }
        }
    }

    private void keepHeadAndTail() {
        int n = log.size();
        for (int i = 0; i < Math.min(settings.headLines(), n); i++) {
            selection.tryKeep(i, budget);
        }
        for (int i = Math.max(0, n - settings.tailLines()); i < n; i++) {
            selection.tryKeep(i, budget);
        }
    }

    /** The first and the last trace, then other distinct ones; returns the traces chosen. */
    private List<StackTrace> keepStackTraces(List<StackTrace> traces) {
        List<StackTrace> chosen = new ArrayList<>();
        if (traces.isEmpty() || settings.maxStackTraces() == 0) {
            return chosen;
        }
        List<StackTrace> candidates = new ArrayList<>();
        candidates.add(traces.get(0));
        candidates.add(traces.get(traces.size() - 1));
        candidates.addAll(traces.subList(1, traces.size()));
        Set<String> signatures = new HashSet<>();
        for (StackTrace trace : candidates) {
            if (chosen.size() >= settings.maxStackTraces()) {
                break;
            }
            if (!chosen.contains(trace) && signatures.add(log.normalized(trace.heads().get(0)))) {
                chosen.add(trace);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (StackTrace trace : chosen) {
            for (int i : trace.linesToShow(settings.maxStackTraceLines())) {
                selection.tryKeep(i, budget);
            }
        }
        return chosen;
    }

    /**
     * The lines sharing most words with the question; a word found on more than half of the lines
     * (the service's own name, say) tells nothing apart and is ignored.
     */
    private void keepQueryLines(QueryTerms query) {
        if (query.isEmpty() || settings.maxQueryLines() == 0) {
            return;
        }
        int[] masks = new int[log.size()];
        int[] frequency = new int[Integer.SIZE];
        for (int i = 0; i < log.size(); i++) {
            masks[i] = query.matches(log.clean(i));
            for (int bits = masks[i]; bits != 0; bits &= bits - 1) {
                frequency[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
        int useful = 0;
        for (int k = 0; k < frequency.length; k++) {
            if (frequency[k] > 0 && frequency[k] * 2 <= log.size()) {
                useful |= 1 << k;
            }
        }
        List<int[]> scored = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            int score = Integer.bitCount(masks[i] & useful);
            if (score > 0) {
                scored.add(new int[] {score, i});
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        for (int k = 0; k < Math.min(settings.maxQueryLines(), scored.size()); k++) {
            selection.tryKeep(scored.get(k)[1], budget);
        }
    }

    /** Lines around the chosen errors, nearest first; errors inside a shown trace need none. */
    private void keepErrorContext(List<Integer> errors, List<StackTrace> shown) {
        List<Integer> outside = new ArrayList<>();
        for (int e : errors) {
            if (selection.isKept(e) && !insideAny(e, shown)) {
                outside.add(e);
            }
        }
        int radius = settings.errorContextLines();
        for (int e : ErrorPriority.order(log, outside, settings.maxErrorContexts())) {
            for (int d = 1; d <= radius; d++) {
                if (e - d >= 0) {
                    selection.tryKeep(e - d, budget);
                }
                if (e + d < log.size()) {
                    selection.tryKeep(e + d, budget);
                }
            }
        }
    }

    /** The first occurrence of each distinct warning, noted with how often it occurs. */
    private void keepWarnings() {
        Map<String, int[]> byTemplate = new LinkedHashMap<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.isWarning(i)) {
                byTemplate.computeIfAbsent(log.normalized(i), k -> new int[] {-1, 0});
                int[] entry = byTemplate.get(log.normalized(i));
                if (entry[0] < 0) {
                    entry[0] = i;
                }
                entry[1]++;
            }
        }
        int shown = 0;
        for (int[] entry : byTemplate.values()) {
            if (shown >= settings.maxWarnings()) {
                break;
            }
            if (selection.tryKeep(entry[0], budget)) {
                shown++;
                if (entry[1] > 1) {
                    selection.tryNote(entry[0], entry[1], budget);
                }
            }
        }
    }

    private static boolean insideAny(int line, List<StackTrace> traces) {
        for (StackTrace t : traces) {
            if (line >= t.start() && line < t.end()) {
                return true;
            }
        }
        return false;
    }
}
