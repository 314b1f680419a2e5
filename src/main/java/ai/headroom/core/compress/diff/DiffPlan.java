package ai.headroom.core.compress.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which files are shown in full and which of their hunks are kept.
 *
 * @param fullFile per file diff, in input order: true when some of its hunks are shown
 * @param fates    per file diff: what happens to each of its hunks
 */
record DiffPlan(boolean[] fullFile, List<HunkFate[]> fates) {

    /**
     * Chooses the best-scoring files, then per file the first, the last and the best-scoring other hunks.
     * A hunk that repeats the edit of one already shown (see {@link EditSignature}: the bulk of a rename or
     * a mechanical refactor) is left out unless it mentions a query or risk word: it would tell the reader
     * nothing new beyond its count.
     */
    static DiffPlan choose(List<DiffBlock.FileDiff> files, HunkScorer scorer, DiffSettings settings) {
        int n = files.size();
        List<int[]> scores = new ArrayList<>(n);
        int[] fileScores = new int[n];
        boolean[] full = new boolean[n];
        List<HunkFate[]> fates = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            List<Hunk> hunks = files.get(f).hunks();
            int[] s = hunks.stream().mapToInt(scorer::score).toArray();
            scores.add(s);
            fileScores[f] = IntStream.of(s).max().orElse(0);
            HunkFate[] none = new HunkFate[hunks.size()];
            Arrays.fill(none, HunkFate.OVER_LIMIT);
            fates.add(none);
            // Files without hunks (binary, mode or rename only) have nothing to omit and take no slot.
            full[f] = hunks.isEmpty();
        }
        // Best files first, so the first showing of a repeated edit lands in the file that matters most;
        // a file whose every hunk repeats what is already shown takes no slot.
        List<Integer> order = IntStream.range(0, n).filter(f -> !full[f]).boxed()
                .sorted(Comparator.<Integer>comparingInt(f -> -fileScores[f])
                        .thenComparingInt(f -> -(files.get(f).added() + files.get(f).removed()))
                        .thenComparingInt(f -> f))
                .toList();
        Set<String> shown = new HashSet<>();
        int slots = settings.maxFullFiles();
        for (int f : order) {
            if (slots == 0) {
                break;
            }
            HunkFate[] fate = fates.get(f);
            keepHunks(files.get(f).hunks(), scores.get(f), scorer, settings.maxHunksPerFile(), shown, fate);
            if (Arrays.asList(fate).contains(HunkFate.SHOWN)) {
                full[f] = true;
                slots--;
            }
        }
        return new DiffPlan(full, fates);
    }

    private static void keepHunks(List<Hunk> hunks, int[] scores, HunkScorer scorer, int max, Set<String> shown,
            HunkFate[] fate) {
        int n = hunks.size();
        List<Integer> order = new ArrayList<>();
        if (n > 0) {
            order.add(0);
        }
        if (n > 1) {
            order.add(n - 1);
        }
        IntStream.range(1, n - 1).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -scores[i]).thenComparingInt(i -> i))
                .forEach(order::add);
        int room = max;
        for (int i : order) {
            if (room == 0) {
                break;
            }
            Hunk hunk = hunks.get(i);
            if (shown.add(EditSignature.of(hunk)) || scorer.flagged(hunk)) {
                fate[i] = HunkFate.SHOWN;
                room--;
            } else {
                fate[i] = HunkFate.REPEAT;
            }
        }
    }
}
