package ai.headroom.core.compress.kompress;

import java.util.Arrays;

/**
 * Chooses the words to keep: every must-keep word, then the highest-scoring others until the
 * target share is reached. Picking by rank, not by a fixed probability, makes the ratio hold for
 * any model calibration; ties go to the earlier word, so the choice is deterministic.
 */
final class KeepSelection {

    private KeepSelection() {}

    static boolean[] choose(float[] scores, boolean[] mustKeep, double targetKeepRatio) {
        int n = scores.length;
        boolean[] keep = Arrays.copyOf(mustKeep, n);
        int budget = (int) Math.ceil(targetKeepRatio * n);
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept >= budget) {
            return keep;
        }
        // One long per candidate: high bits order by score (descending), low bits by position (ascending).
        long[] order = new long[n - kept];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                float s = Float.isNaN(scores[i]) || scores[i] < 0 ? 0f : scores[i];
                long descending = Integer.MAX_VALUE - (long) Float.floatToIntBits(s);
                order[c++] = descending << 32 | i;
            }
        }
        Arrays.sort(order);
        for (int r = 0; r < order.length && kept < budget; r++) {
            keep[(int) order[r]] = true;
            kept++;
        }
        return keep;
    }
}
