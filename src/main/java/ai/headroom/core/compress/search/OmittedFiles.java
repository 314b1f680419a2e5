package ai.headroom.core.compress.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Summarises the files none of whose matches are shown: the few most relevant to the question (then those
 * with most matches) by name and count, the rest as one count under their common directory. Naming every
 * file cost a tenth of a large search's tokens; the full list stays one retrieval away.
 */
final class OmittedFiles {

    /** Files named with their counts; the others are only counted. */
    static final int NAMED = 5;

    private record File(String path, int matches, int relevance, int order) {
    }

    private final List<File> files = new ArrayList<>();
    private int matches;

    /** {@code relevance} ranks the file for naming: its best line's score and the query's words in its path. */
    void add(String path, int matchCount, int relevance) {
        files.add(new File(path, matchCount, relevance, files.size()));
        matches += matchCount;
    }

    /** One line, {@code [N more files with M matches: a (3), b (2) and K more files with L matches under dir/]}. */
    String render() {
        if (files.isEmpty()) {
            return "";
        }
        // Naming one file costs less than the words that would count it.
        int named = files.size() <= NAMED + 1 ? files.size() : NAMED;
        List<File> ranked = files.stream()
                .sorted(Comparator.comparingInt((File f) -> -f.relevance()).thenComparingInt(f -> -f.matches())
                        .thenComparingInt(File::order))
                .toList();
        List<File> shown = ranked.subList(0, named).stream().sorted(Comparator.comparingInt(File::order)).toList();
        StringBuilder out = new StringBuilder().append('[').append(files.size()).append(" more files with ")
                .append(matches).append(" matches: ")
                .append(FileList.format(shown.stream().map(File::path).toList(), shown.stream().map(File::matches).toList()));
        if (named < files.size()) {
            List<File> rest = ranked.subList(named, ranked.size());
            String dir = commonDirectory(rest);
            out.append(" and ").append(rest.size()).append(" more files with ")
                    .append(rest.stream().mapToInt(File::matches).sum()).append(" matches")
                    .append(dir.isEmpty() ? "" : " under " + dir);
        }
        return out.append("]\n").toString();
    }

    /** The longest directory prefix (ending in a separator) the paths share, or "". */
    private static String commonDirectory(List<File> rest) {
        String prefix = rest.get(0).path();
        for (File f : rest) {
            int k = 0;
            while (k < prefix.length() && k < f.path().length() && prefix.charAt(k) == f.path().charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        return prefix.substring(0, Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\')) + 1);
    }
}
