package ai.headroom.core.compress.code;

import java.util.Set;

/**
 * Per-language lexical guesses about a brace pair: whether the tokens before it make it a function body,
 * and whether it defines functions or classes the skeleton planner would walk into. A wrong guess costs
 * a second parse ({@link SkeletonPlanner#confirms}), never a wrong skeleton.
 */
final class HeaderRules {

    /** Longest header read back from a brace, in tokens and bracket groups. */
    private static final int MAX_HEADER = 64;

    private static final Set<String> JS_EXCLUDED = Set.of("if", "for", "while", "switch", "catch", "with", "else",
            "try", "finally", "do", "class", "interface", "enum", "namespace", "module", "new");
    private static final Set<String> JAVA_EXCLUDED = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "else", "do", "finally", "class", "interface", "enum", "record", "new", "case");
    private static final Set<String> C_EXCLUDED = Set.of("if", "for", "while", "switch", "catch", "else", "do", "try",
            "class", "struct", "union", "enum", "namespace");

    /** Words that declare a type, a module or an implementation block, whose braces hold members. */
    private static final Set<String> TYPE_WORDS = Set.of("class", "interface", "enum", "struct", "union", "trait",
            "impl", "namespace", "module");

    private final CodeLanguage language;
    private final BraceTokens tokens;
    private final Set<String> excluded;
    private final Set<String> definitions;
    /**
     * A comma ends a JavaScript or Go header ({@code f(a, function() {…})}); in Java and C++ commas also
     * separate type arguments ({@code new Map<K, V>() {…}}) and initialisers, so the scan reads past them.
     */
    private final boolean commaEndsHeader;

    HeaderRules(CodeLanguage language, BraceTokens tokens) {
        this.language = language;
        this.tokens = tokens;
        this.excluded = switch (language) {
            case JAVASCRIPT, TYPESCRIPT -> JS_EXCLUDED;
            case JAVA -> JAVA_EXCLUDED;
            case C, CPP -> C_EXCLUDED;
            default -> Set.of();
        };
        this.commaEndsHeader = language != CodeLanguage.JAVA && language != CodeLanguage.C && language != CodeLanguage.CPP;
        // Keywords of what SkeletonPlanner#holdsDefinitions counts: nested functions and classes.
        this.definitions = switch (language) {
            case JAVASCRIPT, TYPESCRIPT -> Set.of("function", "class");
            case JAVA -> Set.of("class", "interface", "enum", "record");
            case RUST -> Set.of("fn");
            case CPP -> Set.of("class", "struct", "union");
            default -> Set.of();
        };
    }

    /**
     * What the tokens before a brace say it opens.
     *
     * @param functionBody a parameter list not led by a control keyword or a type declaration, an arrow, or Go's
     *                     {@code func} and Rust's {@code fn}
     * @param typeBody     a type's or namespace's braces: a declaring keyword ({@code class}, {@code struct},
     *                     {@code impl}, …) and no parameter list, so never a function body
     */
    record Header(boolean functionBody, boolean typeBody) {}

    /** Reads the header before {@code brace}, back to the end of the statement before or the enclosing bracket. */
    Header header(int brace) {
        boolean parameters = false;
        boolean arrowLast = false;
        boolean keyword = false;
        boolean caseLabel = false;
        boolean control = false;
        boolean type = false;
        boolean last = true;
        boolean listBeforeBrace = false;
        boolean colonAfter = false;
        int elements = 0;
        int laterRow = tokens.startRow(brace);
        for (int e = brace - 1; e >= 0 && elements < MAX_HEADER; e--) {
            int kind = tokens.kind(e);
            if (kind == BraceTokens.COMMENT) {
                continue;
            }
            if (kind == BraceTokens.OPEN || kind == BraceTokens.DIRECTIVE
                    || kind == BraceTokens.CLOSE && tokens.first(e) == '}') {
                break; // the enclosing group's opener, or the end of the statement before
            }
            if (kind == BraceTokens.PUNCT && (tokens.is(e, ";") || tokens.is(e, "=") || tokens.is(e, ":=")
                    || commaEndsHeader && tokens.is(e, ","))) {
                break;
            }
            if (language == CodeLanguage.GO && tokens.endRow(e) < laterRow && kind != BraceTokens.PUNCT) {
                break; // Go's line end after an operand or a closing bracket ends the statement before
            }
            elements++;
            if (kind == BraceTokens.CLOSE) {
                boolean paren = tokens.first(e) == ')';
                parameters |= paren;
                // In JavaScript the list must end the header or be followed by a TypeScript return type.
                listBeforeBrace |= paren && (last || colonAfter);
                e = tokens.partner(e);
            } else if (kind == BraceTokens.PUNCT) {
                arrowLast |= last && (tokens.is(e, "=>") || tokens.is(e, "->"));
            } else if (kind == BraceTokens.WORD) {
                control |= isAny(e, excluded);
                type |= isAny(e, TYPE_WORDS);
                keyword |= language == CodeLanguage.GO && tokens.is(e, "func")
                        || language == CodeLanguage.RUST && tokens.is(e, "fn");
                caseLabel |= tokens.is(e, "case") || tokens.is(e, "default");
            }
            colonAfter = kind == BraceTokens.PUNCT && tokens.is(e, ":");
            last = false;
            laterRow = tokens.startRow(e);
        }
        boolean function = !control && switch (language) {
            case GO, RUST -> keyword;
            case JAVASCRIPT, TYPESCRIPT -> arrowLast || listBeforeBrace;
            case JAVA -> arrowLast ? !caseLabel : parameters;
            default -> parameters;
        };
        return new Header(function, type && !parameters && !keyword && !arrowLast);
    }

    /** True when the bracket opens a Rust macro's arguments ({@code m!(…)}, {@code macro_rules! m {…}}). */
    boolean opensMacroArguments(int opener) {
        if (language != CodeLanguage.RUST) {
            return false;
        }
        int bang = opener - 1;
        if (bang >= 2 && tokens.kind(bang) == BraceTokens.WORD && tokens.is(bang - 2, "macro_rules")) {
            bang--;
        }
        return bang >= 1 && tokens.is(bang, "!") && tokens.kind(bang - 1) == BraceTokens.WORD;
    }

    /** True when a definition keyword stands at the top level of the braces (not after a dot: {@code Foo.class}). */
    boolean holdsDefinition(int brace, int close) {
        if (definitions.isEmpty()) {
            return false;
        }
        for (int t = brace + 1; t < close; t++) {
            int kind = tokens.kind(t);
            if (kind == BraceTokens.OPEN) {
                t = tokens.partner(t);
            } else if (kind == BraceTokens.WORD && isAny(t, definitions)
                    && !(t > 0 && tokens.kind(t - 1) == BraceTokens.PUNCT && tokens.is(t - 1, "."))) {
                return true;
            }
        }
        return false;
    }

    private boolean isAny(int token, Set<String> words) {
        int length = tokens.end(token) - tokens.start(token);
        if (length > 12) {
            return false;
        }
        for (String word : words) {
            if (word.length() == length && tokens.is(token, word)) {
                return true;
            }
        }
        return false;
    }
}
