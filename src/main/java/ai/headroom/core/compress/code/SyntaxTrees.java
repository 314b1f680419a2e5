package ai.headroom.core.compress.code;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Parses source code into a {@link SyntaxNode} tree: with the bundled optimised library where it
 * loaded (Linux x86-64), else with the io.github.bonede binding, whose natives run on more platforms
 * but several times slower.
 */
final class SyntaxTrees {

    private static final ThreadLocal<TSParser> BONEDE_PARSERS = ThreadLocal.withInitial(TSParser::new);

    private SyntaxTrees() {}

    /** A way to parse, so tests can run the compressor on either binding. */
    @FunctionalInterface
    interface Parser {
        /**
         * Parses UTF-8 source; the byte ranges in {@code skipped} (start and end pairs, or null), which hold only
         * blanks, may be left out of the parse.
         */
        Optional<SyntaxNode> parse(CodeLanguage language, byte[] utf8, int[] skipped, long deadlineNanos, int expandRows);
    }

    /** The io.github.bonede binding as a {@link Parser}: it reads skipped ranges as the blanks they hold. */
    static Optional<SyntaxNode> bonede(CodeLanguage language, byte[] utf8, int[] skipped, long deadlineNanos,
            int expandRows) {
        return bonede(language, new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * The root of {@code text}'s tree; empty when the grammar is unavailable or the deadline cut the parse
     * short. Nodes spanning fewer than {@code expandRows} rows, and not inside one that spans more, may
     * come back without their children (0: every node has them).
     */
    static Optional<SyntaxNode> parse(CodeLanguage language, byte[] utf8, long deadlineNanos, int expandRows) {
        return parse(language, utf8, null, deadlineNanos, expandRows);
    }

    /** As {@link #parse(CodeLanguage, byte[], long, int)}; the bundled library leaves the skipped ranges out. */
    static Optional<SyntaxNode> parse(CodeLanguage language, byte[] utf8, int[] skipped, long deadlineNanos,
            int expandRows) {
        return NativeTreeSitter.available()
                ? bundled(language, utf8, skipped, deadlineNanos, expandRows)
                : bonede(language, utf8, skipped, deadlineNanos, expandRows);
    }

    /** Parses UTF-8 source with the bundled library; empty where it did not load. */
    static Optional<SyntaxNode> bundled(CodeLanguage language, byte[] utf8, long deadlineNanos, int expandRows) {
        return bundled(language, utf8, null, deadlineNanos, expandRows);
    }

    private static Optional<SyntaxNode> bundled(CodeLanguage language, byte[] utf8, int[] skipped, long deadlineNanos,
            int expandRows) {
        long budgetMicros = deadlineNanos == Long.MAX_VALUE ? 0 : (deadlineNanos - System.nanoTime()) / 1_000;
        if (deadlineNanos != Long.MAX_VALUE && budgetMicros <= 0) {
            return Optional.empty();
        }
        return NativeTreeSitter.parse(language, utf8, budgetMicros, expandRows, skipped).map(FlatTree::root);
    }

    /** Parses with the io.github.bonede binding (no deadline: it offers no cancellation). */
    static Optional<SyntaxNode> bonede(CodeLanguage language, String text) {
        Optional<TSLanguage> grammar = language.grammar();
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        TSParser parser = BONEDE_PARSERS.get();
        if (!parser.setLanguage(grammar.get())) {
            return Optional.empty();
        }
        TSTree tree = parser.parseString(null, text);
        if (tree == null) {
            return Optional.empty();
        }
        // The node holds its tree, so the native tree lives as long as the walk needs it.
        TSNode root = tree.getRootNode();
        return root.isNull() ? Optional.empty() : Optional.of(CursorNode.root(root));
    }
}
