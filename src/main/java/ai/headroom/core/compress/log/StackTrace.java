package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.List;

/**
 * One stack trace found in a log: lines {@code [start, end)}, the lines that head it and each link of
 * its cause chain ({@code Caused by:}), and whether its most useful frames are at the end (Python).
 */
record StackTrace(int start, int end, List<Integer> heads, boolean rootAtEnd) {

    StackTrace {
        heads = List.copyOf(heads);
    }

    /**
     * The lines worth showing, best first, at most {@code max}: the header, the cause-chain heads
     * (root cause before intermediate ones), then frames taken in turn from under each head so every
     * link of the chain shows where it was thrown.
     */
    List<Integer> linesToShow(int max) {
        List<Integer> order = new ArrayList<>();
        if (max <= 0) {
            return order;
        }
        order.add(heads.get(0));
        for (int h = heads.size() - 1; h >= 1; h--) {
            order.add(heads.get(h));
        }
        List<int[]> segments = segments();
        for (int k = 0; order.size() < max; k++) {
            boolean any = false;
            for (int[] seg : segments) {
                int size = seg[1] - seg[0];
                if (k < size) {
                    order.add(rootAtEnd ? seg[1] - 1 - k : seg[0] + k);
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return order.size() > max ? order.subList(0, max) : order;
    }

    /** Frame ranges between consecutive heads (excluding the heads themselves). */
    private List<int[]> segments() {
        List<int[]> segments = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            int from = heads.get(h) + 1;
            int to = h + 1 < heads.size() ? heads.get(h + 1) : end;
            if (from < to) {
                segments.add(new int[] {from, to});
            }
        }
        return segments;
    }
}
