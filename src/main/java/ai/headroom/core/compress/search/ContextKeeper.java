package ai.headroom.core.compress.search;

import java.util.List;

/** Keeps the {@code grep -C} context lines next to each shown match, up to a few on each side. */
final class ContextKeeper {

    private ContextKeeper() {}

    static void keepAround(List<GrepLine> lines, boolean[] keep, int context) {
        if (context == 0) {
            return;
        }
        boolean[] shownMatch = new boolean[keep.length];
        for (int i = 0; i < keep.length; i++) {
            shownMatch[i] = keep[i] && lines.get(i).kind() == GrepLine.Kind.MATCH;
        }
        for (int i = 0; i < keep.length; i++) {
            if (shownMatch[i]) {
                walk(lines, keep, i, -1, context);
                walk(lines, keep, i, 1, context);
            }
        }
    }

    /** Steps from a match through adjacent numbered lines of the same file, keeping context lines in reach. */
    private static void walk(List<GrepLine> lines, boolean[] keep, int from, int step, int context) {
        GrepLine match = lines.get(from);
        int expected = match.lineNo();
        for (int j = from + step; j >= 0 && j < lines.size(); j += step) {
            GrepLine line = lines.get(j);
            expected += step;
            if (!line.isHit() || !line.path().equals(match.path()) || line.lineNo() != expected
                    || Math.abs(expected - match.lineNo()) > context) {
                return;
            }
            if (line.kind() == GrepLine.Kind.CONTEXT) {
                keep[j] = true;
            }
        }
    }
}
