package ai.headroom.core.compress.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A node of a {@link FlatTree}: an index into its arrays, with the children listed once on demand. */
final class FlatNode implements SyntaxNode {

    private final FlatTree tree;
    private final int index;
    private List<SyntaxNode> children;

    FlatNode(FlatTree tree, int index) {
        this.tree = tree;
        this.index = index;
    }

    @Override
    public String type() {
        return tree.type(index);
    }

    @Override
    public int startByte() {
        return tree.startByte(index);
    }

    @Override
    public int endByte() {
        return tree.endByte(index);
    }

    @Override
    public boolean isNamed() {
        return tree.isNamed(index);
    }

    @Override
    public boolean isMissing() {
        return tree.isMissing(index);
    }

    @Override
    public boolean isError() {
        return tree.isError(index);
    }

    @Override
    public boolean hasError() {
        return tree.hasError(index);
    }

    @Override
    public int namedChildCount() {
        int count = 0;
        for (SyntaxNode child : children()) {
            count += child.isNamed() ? 1 : 0;
        }
        return count;
    }

    @Override
    public SyntaxNode namedChild(int wanted) {
        int seen = 0;
        for (SyntaxNode child : children()) {
            if (child.isNamed() && seen++ == wanted) {
                return child;
            }
        }
        throw new IndexOutOfBoundsException("named child " + wanted + " of " + seen);
    }

    @Override
    public Optional<SyntaxNode> field(String name) {
        int id = tree.names().fieldId(name);
        if (id > 0) {
            int end = tree.subtreeEnd(index);
            for (int child = index + 1; child < end; child = tree.subtreeEnd(child)) {
                if (tree.fieldId(child) == id) {
                    return Optional.of(new FlatNode(tree, child));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<SyntaxNode> children() {
        if (children == null) {
            List<SyntaxNode> found = new ArrayList<>();
            int end = tree.subtreeEnd(index);
            for (int child = index + 1; child < end; child = tree.subtreeEnd(child)) {
                found.add(new FlatNode(tree, child));
            }
            children = found;
        }
        return children;
    }
}
