package ai.headroom.core.compress.code;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterTypescript;

/**
 * A programming language the code compressor understands, with the grammar facts it needs.
 *
 * <p>The constants' order is the bundled tree-sitter library's language index ({@code LANGUAGES} in
 * natives/treesitter/headroom_treesitter.c): add a language at the end of both, then rebuild the library.
 */
public enum CodeLanguage {
    PYTHON("python", "#", TreeSitterPython::new,
            Set.of("function_definition")),
    JAVASCRIPT("javascript", "//", TreeSitterJavascript::new,
            Set.of("function_declaration", "function_expression", "function", "generator_function_declaration",
                    "generator_function", "method_definition", "arrow_function")),
    TYPESCRIPT("typescript", "//", TreeSitterTypescript::new,
            Set.of("function_declaration", "function_expression", "function", "generator_function_declaration",
                    "generator_function", "method_definition", "arrow_function")),
    GO("go", "//", TreeSitterGo::new,
            Set.of("function_declaration", "method_declaration", "func_literal")),
    RUST("rust", "//", TreeSitterRust::new,
            Set.of("function_item")),
    JAVA("java", "//", TreeSitterJava::new,
            Set.of("method_declaration", "constructor_declaration", "compact_constructor_declaration",
                    "lambda_expression")),
    C("c", "//", TreeSitterC::new,
            Set.of("function_definition")),
    CPP("cpp", "//", TreeSitterCpp::new,
            Set.of("function_definition", "lambda_expression"));

    private final String id;
    private final String lineComment;
    private final Supplier<TSLanguage> grammarFactory;
    private final Set<String> functionTypes;
    /** Loaded on first use; tree-sitter languages are immutable and may be shared by parsers on all threads. */
    private volatile TSLanguage grammar;
    private volatile boolean unavailable;

    CodeLanguage(String id, String lineComment, Supplier<TSLanguage> grammarFactory, Set<String> functionTypes) {
        this.id = id;
        this.lineComment = lineComment;
        this.grammarFactory = grammarFactory;
        this.functionTypes = functionTypes;
    }

    /** The name callers use: {@code python}, {@code javascript}, {@code typescript}, {@code go}, … */
    public String id() {
        return id;
    }

    /** Prefix of a line comment, e.g. {@code #} or {@code //}. */
    public String lineComment() {
        return lineComment;
    }

    /** Node types whose {@code body} field is a function body that may be collapsed. */
    Set<String> functionTypes() {
        return functionTypes;
    }

    /** True for languages whose blocks are delimited by indentation rather than braces. */
    boolean indentedBlocks() {
        return this == PYTHON;
    }

    /** The language for a name such as {@code "python"}, {@code "ts"} or {@code "c++"}; empty when unknown. */
    public static Optional<CodeLanguage> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "python", "py" -> Optional.of(PYTHON);
            case "javascript", "js", "jsx", "node" -> Optional.of(JAVASCRIPT);
            case "typescript", "ts", "tsx" -> Optional.of(TYPESCRIPT);
            case "go", "golang" -> Optional.of(GO);
            case "rust", "rs" -> Optional.of(RUST);
            case "java" -> Optional.of(JAVA);
            case "c", "h" -> Optional.of(C);
            case "cpp", "c++", "cc", "cxx", "hpp" -> Optional.of(CPP);
            default -> Optional.empty();
        };
    }

    /**
     * The tree-sitter grammar, loading its native library from the jar on first use; empty when it
     * cannot be loaded on this platform (the text is then left unchanged).
     */
    Optional<TSLanguage> grammar() {
        TSLanguage loaded = grammar;
        if (loaded != null || unavailable) {
            return Optional.ofNullable(loaded);
        }
        synchronized (this) {
            if (grammar == null && !unavailable) {
                try {
                    grammar = grammarFactory.get();
                } catch (RuntimeException | LinkageError e) {
                    // Unsupported OS/arch or a broken jar: compression is an optimisation, so degrade to pass-through.
                    unavailable = true;
                }
            }
            return Optional.ofNullable(grammar);
        }
    }
}
