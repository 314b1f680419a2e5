package ai.headroom.core.compress.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * A tree-sitter node that reads each property across JNI at most once and lists its children with a
 * tree cursor. One instance serves one thread.
 *
 * <p>Why: the io.github.bonede binding looks up every field of the Java node object by name on each
 * call (about 14 {@code GetFieldID}s per property read, a null check included), and
 * {@code ts_node_child(i)} walks from the first child, so {@code for (i…) getChild(i)} is quadratic in
 * the number of siblings. A cursor steps to the next sibling in constant time.
 */
final class SyntaxNode {

    private final TSNode node;
    /** Shared by all nodes of one tree; {@link #children()} resets it, so it is only used within that call. */
    private final TSTreeCursor cursor;
    private String type;
    private int startByte = -1;
    private int endByte = -1;
    private List<SyntaxNode> children;

    private SyntaxNode(TSNode node, TSTreeCursor cursor) {
        this.node = node;
        this.cursor = cursor;
    }

    /** The root of a walk; its descendants share one cursor, so the walk must stay on one thread. */
    static SyntaxNode root(TSNode root) {
        return new SyntaxNode(root, new TSTreeCursor(root));
    }

    String type() {
        if (type == null) {
            type = node.getType();
        }
        return type;
    }

    /** UTF-8 byte offset of the node's first byte. */
    int startByte() {
        if (startByte < 0) {
            startByte = node.getStartByte();
        }
        return startByte;
    }

    /** UTF-8 byte offset just past the node's last byte. */
    int endByte() {
        if (endByte < 0) {
            endByte = node.getEndByte();
        }
        return endByte;
    }

    boolean isNamed() {
        return node.isNamed();
    }

    int namedChildCount() {
        return node.getNamedChildCount();
    }

    /** Named child {@code index}; cheap for the first few, as tree-sitter counts from the first child. */
    SyntaxNode namedChild(int index) {
        return new SyntaxNode(node.getNamedChild(index), cursor);
    }

    /** The child in a grammar field such as {@code body}. */
    Optional<SyntaxNode> field(String name) {
        TSNode child = node.getChildByFieldName(name);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(new SyntaxNode(child, cursor));
    }

    /** All children, named and anonymous, in order; read once and kept. */
    List<SyntaxNode> children() {
        if (children == null) {
            List<SyntaxNode> found = new ArrayList<>();
            cursor.reset(node);
            if (cursor.gotoFirstChild()) {
                do {
                    found.add(new SyntaxNode(cursor.currentNode(), cursor));
                } while (cursor.gotoNextSibling());
            }
            children = found;
        }
        return children;
    }
}
