package ai.headroom.core.compress.code;

/**
 * Decides whether a parse is sound enough to cut: a few small ERROR or MISSING nodes come from grammar
 * gaps (newer syntax) and do not move block boundaries, but a missing closing brace or a large ERROR
 * region does, and then cutting "bodies" could drop declarations.
 */
final class ParseErrors {

    /** One more error is tolerated per this many rows, on top of the settings' base. */
    private static final int ROWS_PER_TOLERATED_ERROR = 100;

    private ParseErrors() {}

    /** True when the tree under {@code root} can be trusted for the source it was parsed from. */
    static boolean acceptable(SyntaxNode root, SourceLines lines, int toleratedErrors, int maxErrorRows) {
        if (!root.hasError()) {
            return true;
        }
        int limit = toleratedErrors + lines.count() / ROWS_PER_TOLERATED_ERROR;
        return count(root, lines, limit + 1, maxErrorRows) <= limit;
    }

    /**
     * Error nodes under {@code node}, counting no further than {@code limit}; a structural error
     * counts as the whole limit.
     */
    private static int count(SyntaxNode node, SourceLines lines, int limit, int maxErrorRows) {
        if (node.isMissing()) {
            return structural(node.type()) ? limit : 1;
        }
        int found = 0;
        if (node.isError()) {
            // Tree-sitter's rows: the end point is where the end byte falls, the next row after a newline.
            if (lines.rowOfByte(node.endByte()) - lines.rowOfByte(node.startByte()) > maxErrorRows) {
                return limit;
            }
            found = 1;
        }
        for (SyntaxNode child : node.children()) {
            if (found >= limit) {
                break;
            }
            if (child.hasError() || child.isMissing()) {
                found += count(child, lines, limit - found, maxErrorRows);
            }
        }
        return found;
    }

    /** A missing closer or block means the parser guessed where a block ends. */
    private static boolean structural(String type) {
        return type.equals("}") || type.equals(")") || type.equals("]") || type.equals("block")
                || type.equals("_dedent") || type.equals("end");
    }

    /**
     * True when an error or missing node under {@code root} touches a blanked region of {@code skim} (start
     * and end byte pairs in {@code regions}) or the row just before it, where a statement cut short would show;
     * a region that starts right after a '{' has nothing cut before it.
     */
    static boolean near(SyntaxNode root, byte[] skim, int[] regions) {
        if (root.isError() || root.isMissing()) {
            for (int i = 0; i < regions.length; i += 2) {
                if (root.endByte() >= reachBefore(skim, regions[i]) && root.startByte() <= regions[i + 1]) {
                    return true;
                }
            }
            return false;
        }
        for (SyntaxNode child : root.children()) {
            if ((child.hasError() || child.isMissing()) && near(child, skim, regions)) {
                return true;
            }
        }
        return false;
    }

    /** Where the text a region may have cut short begins: its opening brace, or the start of the row before. */
    private static int reachBefore(byte[] skim, int from) {
        int last = from - 1;
        while (last > 0 && (skim[last] == ' ' || skim[last] == '\n' || skim[last] == '\r' || skim[last] == '\t')) {
            last--;
        }
        if (last < 0 || skim[last] == '{') {
            return Math.max(last, 0);
        }
        while (last > 0 && skim[last - 1] != '\n') {
            last--;
        }
        return last;
    }
}
