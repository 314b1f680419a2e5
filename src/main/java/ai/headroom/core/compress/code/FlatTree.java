package ai.headroom.core.compress.code;

/**
 * A syntax tree flattened in pre-order by the bundled native library: {@value #NODE_INTS} ints per node
 * (symbol, flags, start byte, end byte, field id, end of subtree), so a node is just an index. A walk
 * pruned to what the skeleton planner reads writes the nodes it did not expand as leaves.
 */
final class FlatTree {

    static final int NODE_INTS = 6;
    private static final int NAMED = 1;
    private static final int MISSING = 2;
    private static final int ERROR = 4;
    private static final int HAS_ERROR = 8;

    private final int[] nodes;
    private final GrammarNames names;

    FlatTree(int[] nodes, GrammarNames names) {
        if (nodes.length < NODE_INTS || nodes.length % NODE_INTS != 0) {
            throw new IllegalArgumentException("a flattened tree holds whole nodes, root first");
        }
        this.nodes = nodes;
        this.names = names;
    }

    SyntaxNode root() {
        return new FlatNode(this, 0);
    }

    int size() {
        return nodes.length / NODE_INTS;
    }

    String type(int node) {
        return names.symbol(nodes[node * NODE_INTS]);
    }

    boolean isNamed(int node) {
        return (nodes[node * NODE_INTS + 1] & NAMED) != 0;
    }

    boolean isMissing(int node) {
        return (nodes[node * NODE_INTS + 1] & MISSING) != 0;
    }

    boolean isError(int node) {
        return (nodes[node * NODE_INTS + 1] & ERROR) != 0;
    }

    boolean hasError(int node) {
        return (nodes[node * NODE_INTS + 1] & HAS_ERROR) != 0;
    }

    int startByte(int node) {
        return nodes[node * NODE_INTS + 2];
    }

    int endByte(int node) {
        return nodes[node * NODE_INTS + 3];
    }

    /** The id of the parent's field holding this node, 0 for none. */
    int fieldId(int node) {
        return nodes[node * NODE_INTS + 4];
    }

    /** The pre-order index just past the node's last descendant: its next sibling, if it has one. */
    int subtreeEnd(int node) {
        return nodes[node * NODE_INTS + 5];
    }

    GrammarNames names() {
        return names;
    }
}
