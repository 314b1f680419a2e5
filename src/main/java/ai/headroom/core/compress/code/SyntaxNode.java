package ai.headroom.core.compress.code;

import java.util.List;
import java.util.Optional;

/** A node of a tree-sitter syntax tree, as the skeleton planner and the parse-error check read it. */
interface SyntaxNode {

    /** The grammar's node type, e.g. {@code function_definition}, or the token text for anonymous nodes. */
    String type();

    /** UTF-8 byte offset of the node's first byte. */
    int startByte();

    /** UTF-8 byte offset just past the node's last byte. */
    int endByte();

    boolean isNamed();

    /** True for a token the parser inserted to recover from an error. */
    boolean isMissing();

    /** True for an ERROR node. */
    boolean isError();

    /** True when the node is, or contains, an ERROR or MISSING node. */
    boolean hasError();

    int namedChildCount();

    /** Named child {@code index}. */
    SyntaxNode namedChild(int index);

    /** The child in a grammar field such as {@code body}. */
    Optional<SyntaxNode> field(String name);

    /** All children, named and anonymous, in order. */
    List<SyntaxNode> children();
}
