package ai.headroom.core.compress.diff;

import java.util.ArrayList;
import java.util.List;

/** Cuts a hunk's unchanged lines down to a few around each change, splitting it into hunks with correct headers. */
final class ContextTrimmer {

    /** A gap this short is cheaper to keep than to pay for another hunk header. */
    private static final int MAX_KEPT_GAP = 2;

    private ContextTrimmer() {}

    /** The hunk's lines (headers and bodies) with at most {@code context} unchanged lines around changes. */
    static List<String> trim(Hunk hunk, int context) {
        HunkHeader header = hunk.header();
        List<String> body = hunk.body();
        if (header == null) {
            return verbatim(hunk);
        }
        int n = body.size();
        int[] kinds = new int[n];
        boolean anyChange = false;
        for (int i = 0; i < n; i++) {
            kinds[i] = BodyLine.kind(body.get(i), hunk.parents());
            anyChange |= kinds[i] == BodyLine.ADDED || kinds[i] == BodyLine.REMOVED;
        }
        if (!anyChange) {
            return verbatim(hunk);
        }
        boolean[] keep = nearChanges(kinds, context);
        fillShortGaps(kinds, keep);
        boolean all = true;
        for (boolean k : keep) {
            all &= k;
        }
        return all ? verbatim(hunk) : split(hunk, kinds, keep);
    }

    private static List<String> verbatim(Hunk hunk) {
        List<String> out = new ArrayList<>(hunk.lineCount());
        out.add(hunk.headerLine());
        out.addAll(hunk.body());
        return out;
    }

    /** Marks changes and lines within {@code context} real lines of one; a no-newline note follows its line. */
    private static boolean[] nearChanges(int[] kinds, int context) {
        int n = kinds.length;
        boolean[] keep = new boolean[n];
        int sinceChange = Integer.MAX_VALUE / 2;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == BodyLine.NO_NEWLINE) {
                continue;
            }
            sinceChange = isChange(kinds[i]) ? 0 : sinceChange + 1;
            keep[i] = sinceChange <= context;
        }
        sinceChange = Integer.MAX_VALUE / 2;
        for (int i = n - 1; i >= 0; i--) {
            if (kinds[i] == BodyLine.NO_NEWLINE) {
                continue;
            }
            sinceChange = isChange(kinds[i]) ? 0 : sinceChange + 1;
            keep[i] |= sinceChange <= context;
        }
        for (int i = 0; i < n; i++) {
            if (kinds[i] == BodyLine.NO_NEWLINE) {
                keep[i] = i == 0 || keep[i - 1];
            }
        }
        return keep;
    }

    private static boolean isChange(int kind) {
        return kind == BodyLine.ADDED || kind == BodyLine.REMOVED;
    }

    private static void fillShortGaps(int[] kinds, boolean[] keep) {
        int i = 0;
        while (i < keep.length && !keep[i]) {
            i++;
        }
        while (i < keep.length) {
            if (keep[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < keep.length && !keep[i]) {
                i++;
            }
            if (i < keep.length && i - start <= MAX_KEPT_GAP) {
                for (int j = start; j < i; j++) {
                    keep[j] = true;
                }
            }
        }
    }

    /** Emits each run of kept lines as its own hunk, with line numbers counted through the dropped ones. */
    private static List<String> split(Hunk hunk, int[] kinds, boolean[] keep) {
        HunkHeader h = hunk.header();
        int parents = h.parents();
        List<String> body = hunk.body();
        int[] oldPos = new int[parents];
        for (int p = 0; p < parents; p++) {
            // A zero-length range names the line before it; the next line is one further on.
            oldPos[p] = h.oldCounts()[p] == 0 ? h.oldStarts()[p] + 1 : h.oldStarts()[p];
        }
        int newPos = h.newCount() == 0 ? h.newStart() + 1 : h.newStart();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            if (!keep[i]) {
                newPos += advance(body.get(i), kinds[i], parents, oldPos);
                i++;
                continue;
            }
            int[] runOldStart = oldPos.clone();
            int runNewStart = newPos;
            int headerAt = out.size();
            out.add("");
            int[] oldCounts = new int[parents];
            int newCount = 0;
            while (i < body.size() && keep[i]) {
                String line = body.get(i);
                out.add(line);
                for (int p = 0; p < parents; p++) {
                    oldCounts[p] += inParent(line, kinds[i], p) ? 1 : 0;
                }
                int inResult = advance(line, kinds[i], parents, oldPos);
                newCount += inResult;
                newPos += inResult;
                i++;
            }
            for (int p = 0; p < parents; p++) {
                runOldStart[p] = oldCounts[p] == 0 ? runOldStart[p] - 1 : runOldStart[p];
            }
            int start = newCount == 0 ? runNewStart - 1 : runNewStart;
            out.set(headerAt, new HunkHeader(parents, runOldStart, oldCounts, start, newCount, h.section()).format());
        }
        return out;
    }

    private static boolean inParent(String line, int kind, int p) {
        return kind != BodyLine.NO_NEWLINE && BodyLine.inParent(line, p, kind);
    }

    /** Moves each parent's position past the line; returns 1 when the line is in the result. */
    private static int advance(String line, int kind, int parents, int[] oldPos) {
        if (kind == BodyLine.NO_NEWLINE) {
            return 0;
        }
        for (int p = 0; p < parents; p++) {
            oldPos[p] += BodyLine.inParent(line, p, kind) ? 1 : 0;
        }
        return kind == BodyLine.REMOVED ? 0 : 1;
    }
}
