package ai.headroom.core.compress.search;

import ai.headroom.core.compress.CompressionContext;
import java.util.List;
import java.util.Map;

/**
 * Writes search hits grouped under one heading per file (ripgrep's heading layout), with counts for what
 * was left out and the names of the most relevant files not shown, since agents open those next.
 */
final class SearchRenderer {

    /** Longer shown lines (minified code) are cut; their full text stays retrievable. */
    private static final int MAX_LINE_CHARS = 300;

    private SearchRenderer() {}

    /** The lossy layout: chosen hits per file, per-file and per-output counts, one marker. */
    static String lossy(SearchPlan plan, CompressionContext ctx) {
        StringBuilder out = new StringBuilder();
        List<GrepLine> lines = plan.lines();
        OmittedFiles hidden = new OmittedFiles();
        int totalMatches = 0;
        int shownMatches = 0;
        for (Map.Entry<String, List<Integer>> file : plan.files().entrySet()) {
            String path = file.getKey();
            int matches = 0;
            int shown = 0;
            int previous = -1;
            for (int i : file.getValue()) {
                GrepLine line = lines.get(i);
                boolean isMatch = line.kind() == GrepLine.Kind.MATCH;
                matches += isMatch ? 1 : 0;
                if (!plan.keep()[i]) {
                    continue;
                }
                shown += isMatch ? 1 : 0;
                if (previous < 0 && !path.isEmpty()) {
                    out.append(path).append('\n');
                } else if (previous >= 0 && line.lineNo() != lines.get(previous).lineNo() + 1 && hasContext(plan, file)) {
                    out.append("--\n");
                }
                out.append(cut(line)).append('\n');
                previous = i;
            }
            totalMatches += matches;
            shownMatches += shown;
            if (previous < 0) {
                hidden.add(path, matches, plan.relevance().getOrDefault(path, 0));
            } else if (matches > shown) {
                // The full path heads this group; its last part is enough here.
                out.append("[... and ").append(matches - shown).append(" more matches in ").append(baseName(path))
                        .append("]\n");
            }
        }
        out.append(hidden.render());
        for (GrepLine line : lines) {
            if (line.kind() == GrepLine.Kind.OTHER) {
                out.append(line.body()).append('\n');
            }
        }
        out.append(ctx.marker(totalMatches + " matches in " + plan.files().size() + " files, " + shownMatches
                + " shown"));
        return out.toString();
    }

    private static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static boolean hasContext(SearchPlan plan, Map.Entry<String, List<Integer>> file) {
        for (int i : file.getValue()) {
            if (plan.lines().get(i).kind() == GrepLine.Kind.CONTEXT) {
                return true;
            }
        }
        return false;
    }

    private static String cut(GrepLine line) {
        String body = line.body();
        if (body.length() <= MAX_LINE_CHARS || LineScorer.mustKeep(body)) {
            return body;
        }
        int end = MAX_LINE_CHARS - 60;
        if (Character.isHighSurrogate(body.charAt(end - 1))) {
            end--;
        }
        return body.substring(0, end) + "… [+" + (body.length() - end) + " chars]";
    }

    /**
     * The lossless layout: each run of consecutive lines from one file gets the path once as a heading;
     * every line keeps its number, text, order and separators.
     */
    static String regrouped(List<GrepLine> lines) {
        StringBuilder out = new StringBuilder();
        String current = null;
        for (GrepLine line : lines) {
            if (line.isHit()) {
                if (!line.path().equals(current)) {
                    if (!line.path().isEmpty()) {
                        out.append(line.path()).append('\n');
                    }
                    current = line.path();
                }
                out.append(line.body()).append('\n');
            } else {
                out.append(line.body()).append('\n');
                if (line.kind() == GrepLine.Kind.HEADING) {
                    current = line.path();
                } else if (line.kind() != GrepLine.Kind.SEPARATOR) {
                    current = null;
                }
            }
        }
        return out.toString();
    }
}
