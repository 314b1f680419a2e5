package ai.headroom.core.compress.code;

import org.treesitter.TSNode;

/** Counts ERROR and MISSING nodes, visiting only subtrees that contain one. */
final class ParseErrors {

    private ParseErrors() {}

    /** True when the tree under {@code root} holds more than {@code tolerated} error nodes. */
    static boolean exceed(TSNode root, int tolerated) {
        return root.hasError() && count(root, tolerated + 1) > tolerated;
    }

    /** Error nodes under {@code node}, counting no further than {@code limit}. */
    private static int count(TSNode node, int limit) {
        if (node.isMissing()) {
            return 1;
        }
        int found = node.isError() ? 1 : 0;
        int children = node.getChildCount();
        for (int i = 0; i < children && found < limit; i++) {
            TSNode child = node.getChild(i);
            if (child.hasError() || child.isMissing()) {
                found += count(child, limit - found);
            }
        }
        return found;
    }
}
