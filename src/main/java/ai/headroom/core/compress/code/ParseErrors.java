package ai.headroom.core.compress.code;

import org.treesitter.TSNode;

/**
 * Decides whether a parse is sound enough to cut: a few small ERROR or MISSING nodes come from grammar
 * gaps (newer syntax) and do not move block boundaries, but a missing closing brace or a large ERROR
 * region does, and then cutting "bodies" could drop declarations.
 */
final class ParseErrors {

    /** One more error is tolerated per this many rows, on top of the settings' base. */
    private static final int ROWS_PER_TOLERATED_ERROR = 100;

    private ParseErrors() {}

    /** True when the tree under {@code root} can be trusted for a source of {@code rows} rows. */
    static boolean acceptable(TSNode root, int rows, int toleratedErrors, int maxErrorRows) {
        if (!root.hasError()) {
            return true;
        }
        int limit = toleratedErrors + rows / ROWS_PER_TOLERATED_ERROR;
        return count(root, limit + 1, maxErrorRows) <= limit;
    }

    /**
     * Error nodes under {@code node}, counting no further than {@code limit}; a structural error
     * counts as the whole limit.
     */
    private static int count(TSNode node, int limit, int maxErrorRows) {
        if (node.isMissing()) {
            return structural(node.getType()) ? limit : 1;
        }
        int found = 0;
        if (node.isError()) {
            if (node.getEndPoint().getRow() - node.getStartPoint().getRow() > maxErrorRows) {
                return limit;
            }
            found = 1;
        }
        int children = node.getChildCount();
        for (int i = 0; i < children && found < limit; i++) {
            TSNode child = node.getChild(i);
            if (child.hasError() || child.isMissing()) {
                found += count(child, limit - found, maxErrorRows);
            }
        }
        return found;
    }

    /** A missing closer or block means the parser guessed where a block ends. */
    private static boolean structural(String type) {
        return type.equals("}") || type.equals(")") || type.equals("]") || type.equals("block")
                || type.equals("_dedent") || type.equals("end");
    }
}
