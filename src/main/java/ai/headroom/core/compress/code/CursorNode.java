package ai.headroom.core.compress.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * A node of the io.github.bonede binding, used where the bundled library is not available: it reads
 * each property across JNI at most once and lists its children with a tree cursor. One instance serves
 * one thread.
 *
 * <p>Why: the io.github.bonede binding looks up every field of the Java node object by name on each
 * call (about 14 {@code GetFieldID}s per property read, a null check included), and
 * {@code ts_node_child(i)} walks from the first child, so {@code for (i…) getChild(i)} is quadratic in
 * the number of siblings. A cursor steps to the next sibling in constant time.
 */
final class CursorNode implements SyntaxNode {

    private final TSNode node;
    /** Shared by all nodes of one tree; {@link #children()} resets it, so it is only used within that call. */
    private final TSTreeCursor cursor;
    private String type;
    private int startByte = -1;
    private int endByte = -1;
    private List<SyntaxNode> children;

    private CursorNode(TSNode node, TSTreeCursor cursor) {
        this.node = node;
        this.cursor = cursor;
    }

    /** The root of a walk; its descendants share one cursor, so the walk must stay on one thread. */
    static CursorNode root(TSNode root) {
        return new CursorNode(root, new TSTreeCursor(root));
    }

    @Override
    public String type() {
        if (type == null) {
            type = node.getType();
        }
        return type;
    }

    @Override
    public int startByte() {
        if (startByte < 0) {
            startByte = node.getStartByte();
        }
        return startByte;
    }

    @Override
    public int endByte() {
        if (endByte < 0) {
            endByte = node.getEndByte();
        }
        return endByte;
    }

    @Override
    public boolean isNamed() {
        return node.isNamed();
    }

    @Override
    public boolean isMissing() {
        return node.isMissing();
    }

    @Override
    public boolean isError() {
        return node.isError();
    }

    @Override
    public boolean hasError() {
        return node.hasError();
    }

    @Override
    public int namedChildCount() {
        return node.getNamedChildCount();
    }

    /** Cheap for the first few, as tree-sitter counts from the first child. */
    @Override
    public SyntaxNode namedChild(int index) {
        return new CursorNode(node.getNamedChild(index), cursor);
    }

    @Override
    public Optional<SyntaxNode> field(String name) {
        TSNode child = node.getChildByFieldName(name);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(new CursorNode(child, cursor));
    }

    /** Read once and kept. */
    @Override
    public List<SyntaxNode> children() {
        if (children == null) {
            List<SyntaxNode> found = new ArrayList<>();
            cursor.reset(node);
            if (cursor.gotoFirstChild()) {
                do {
                    found.add(new CursorNode(cursor.currentNode(), cursor));
                } while (cursor.gotoNextSibling());
            }
            children = found;
        }
        return children;
    }
}
