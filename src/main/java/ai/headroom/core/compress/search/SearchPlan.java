package ai.headroom.core.compress.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which search hits are shown: every line with an error word, then the best-scoring matches within the
 * per-file, total and file limits. Unremarkable matches are shown only as a sample (one per file, in a few
 * files), and a match whose text repeats one already shown (the same import in every file) is left to the
 * counts.
 *
 * @param lines     the parsed lines
 * @param keep      per line: true when it is shown
 * @param files     the files in order of first appearance, with the indexes of their hit lines
 * @param relevance per file: its best match's score plus the question's words in its path
 */
record SearchPlan(List<GrepLine> lines, boolean[] keep, Map<String, List<Integer>> files,
        Map<String, Integer> relevance) {

    /**
     * Files opened just to show a sample of unremarkable matches: enough to see what the hits look like;
     * the rest are named with their counts.
     */
    private static final int SAMPLE_FILES = 5;

    static SearchPlan choose(List<GrepLine> lines, LineScorer scorer, SearchSettings settings) {
        Map<String, List<Integer>> files = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isHit()) {
                files.computeIfAbsent(lines.get(i).path(), p -> new ArrayList<>()).add(i);
            }
        }
        boolean[] keep = new boolean[lines.size()];
        Map<String, Integer> shownPerFile = new LinkedHashMap<>();
        Set<String> seenTexts = new HashSet<>();
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            GrepLine line = lines.get(i);
            if (line.isHit() && LineScorer.mustKeep(line.text())) {
                keep[i] = true;
                seenTexts.add(line.text().strip());
                shownPerFile.putIfAbsent(line.path(), 0);
                if (line.kind() == GrepLine.Kind.MATCH) {
                    shownPerFile.merge(line.path(), 1, Integer::sum);
                    total++;
                }
            }
        }
        int[] scores = new int[lines.size()];
        List<Integer> candidates = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).kind() == GrepLine.Kind.MATCH && !keep[i])
                .peek(i -> scores[i] = scorer.score(lines.get(i).text()))
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -scores[i]).thenComparingInt(i -> i))
                .toList();
        for (int i : candidates) {
            if (total >= settings.maxMatchesTotal()) {
                break;
            }
            GrepLine line = lines.get(i);
            Integer shown = shownPerFile.get(line.path());
            boolean sample = scores[i] == 0;
            if (shown == null && shownPerFile.size() >= (sample ? SAMPLE_FILES : settings.maxFiles())
                    || shown != null && shown >= settings.maxMatchesPerFile()
                    || sample && shown != null && shown > 0
                    || !seenTexts.add(line.text().strip())) {
                continue;
            }
            keep[i] = true;
            shownPerFile.merge(line.path(), 1, Integer::sum);
            total++;
        }
        ContextKeeper.keepAround(lines, keep, settings.contextLines());
        Map<String, Integer> relevance = new HashMap<>(); // looked up only
        for (Map.Entry<String, List<Integer>> file : files.entrySet()) {
            int best = scorer.pathScore(file.getKey());
            for (int i : file.getValue()) {
                best = Math.max(best, scores[i]);
            }
            relevance.put(file.getKey(), best);
        }
        return new SearchPlan(lines, keep, files, relevance);
    }
}
