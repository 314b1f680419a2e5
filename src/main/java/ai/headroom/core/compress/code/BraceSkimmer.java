package ai.headroom.core.compress.code;

import ai.headroom.core.compress.IntList;
import java.util.Optional;

/**
 * Skims brace-delimited source (see {@link Skim}): blanks the inside of short brace pairs, and the rest of
 * each function body after its first statements, where the lexical context says the braces open a
 * function body that defines nothing the planner would walk into.
 */
final class BraceSkimmer {

    private final CodeLanguage language;
    private final BraceTokens tokens;
    private final byte[] src;
    private final CodeCompressorSettings settings;
    private byte[] out;
    /** Start and end byte pairs of every blanked region, and of those blanked on a function-body guess. */
    private final IntList blanked = new IntList(32);
    private final IntList checked = new IntList(16);
    private final IntList notBodies = new IntList(8);

    private BraceSkimmer(CodeLanguage language, BraceTokens tokens, byte[] src, CodeCompressorSettings settings) {
        this.language = language;
        this.tokens = tokens;
        this.src = src;
        this.settings = settings;
    }

    /** The skim of {@code utf8}; empty when it does not lex or nothing could be blanked. */
    static Optional<Skim> skim(CodeLanguage language, byte[] utf8, CodeCompressorSettings settings) {
        BraceTokens tokens = BraceTokens.lex(language, utf8);
        if (tokens == null) {
            return Optional.empty();
        }
        BraceSkimmer skimmer = new BraceSkimmer(language, tokens, utf8, settings);
        skimmer.walk();
        return skimmer.out == null
                ? Optional.empty()
                : Optional.of(skimmer.result());
    }

    private Skim result() {
        int[] regions = blanked.toArray();
        // TypeScript's grammar parses slower when told to skip ranges (measured); the others parse quicker.
        int[] skipped = language == CodeLanguage.TYPESCRIPT ? null : regions;
        return new Skim(out, regions, checked.toArray(), skipped, notBodies.toArray());
    }

    private void walk() {
        HeaderRules rules = new HeaderRules(language, tokens);
        int macroEnd = -1;
        for (int t = 0; t < tokens.count(); t++) {
            if (tokens.kind(t) == BraceTokens.OPEN && t > macroEnd && rules.opensMacroArguments(t)) {
                macroEnd = tokens.partner(t); // a token tree: tree-sitter sees no functions in there
            }
            if (!tokens.isBrace(t)) {
                continue;
            }
            int close = tokens.partner(t);
            if (tokens.startRow(close) - tokens.startRow(t) < settings.maxBodyLines()) {
                // No node in here spans enough rows for the planner to visit it.
                blank(tokens.end(t), tokens.start(close));
                t = close;
                continue;
            }
            HeaderRules.Header header = rules.header(t);
            if (header.typeBody() && quiet(t, close)) {
                if (blank(tokens.end(t), tokens.start(close))) {
                    notBodies.add(tokens.start(t));
                }
                t = close;
            } else if (t > macroEnd && header.functionBody() && !rules.holdsDefinition(t, close)
                    && !holdsDirective(t, close) && skimBody(t, close)) {
                t = close;
            }
            // Otherwise the loop walks on into the braces: a class body, a long literal, a control block.
        }
    }

    /**
     * True when the planner can have nothing to do inside a type's braces though it visits them: the two
     * things it changes are comments and function bodies long enough to cut, and there are neither (no
     * comment, no directive, no braces spanning more than maxBodyLines + 1 rows).
     */
    private boolean quiet(int brace, int close) {
        for (int t = brace + 1; t < close; t++) {
            int kind = tokens.kind(t);
            if (kind == BraceTokens.COMMENT || kind == BraceTokens.DIRECTIVE) {
                return false;
            }
            if (kind == BraceTokens.OPEN && tokens.startRow(tokens.partner(t)) - tokens.startRow(t)
                    > settings.maxBodyLines() + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Blanks a function body after the rows holding its first {@code keptBodyLines} statements, cut at a row
     * end that certainly ends a statement. Once a statement spans rows the planner keeps nothing past it, so
     * from there on the inside of every brace pair goes too, and the cut may come at any row end a statement
     * can stop at. False when nothing could be blanked (the walk then goes into the body).
     */
    private boolean skimBody(int brace, int close) {
        int first = brace + 1;
        if (settings.keptBodyLines() == 0 || first < close && tokens.startRow(first) == tokens.startRow(brace)) {
            // Nothing kept, or code right after '{' on its row: the planner keeps no statement of this body.
            return blankChecked(tokens.end(brace), tokens.start(close));
        }
        boolean blanked = false;
        int rows = 0;
        int lastRow = tokens.startRow(brace);
        int lastCode = brace;
        boolean multiRow = false;
        for (int e = first; e < close; ) {
            int end = tokens.kind(e) == BraceTokens.OPEN ? tokens.partner(e) : e;
            int endRow = tokens.endRow(end);
            rows += Math.max(0, endRow - Math.max(tokens.startRow(e), lastRow + 1) + 1);
            lastRow = Math.max(lastRow, endRow);
            // A statement holding a multi-row group or token spans rows: the planner stops at it.
            multiRow |= endRow > tokens.startRow(e);
            if (multiRow) {
                blanked |= blankBraces(e, end);
            }
            if (tokens.kind(e) != BraceTokens.COMMENT) {
                lastCode = end;
            }
            int next = end + 1;
            if (next < close && endRow < tokens.startRow(next)
                    && (rows >= settings.keptBodyLines() && endsStatement(lastCode, nextCode(next, close), close)
                            || multiRow && mayEndStatement(lastCode, nextCode(next, close)))) {
                return blankChecked(lineEnd(tokens.end(end)) + 1, tokens.start(close)) || blanked;
            }
            e = next;
        }
        return blanked;
    }

    /** Blanks the inside of each outermost brace pair among tokens {@code [from, to]}. */
    private boolean blankBraces(int from, int to) {
        boolean blanked = false;
        for (int t = from; t <= to; t++) {
            if (tokens.isBrace(t)) {
                blanked |= blankChecked(tokens.end(t), tokens.start(tokens.partner(t)));
                t = tokens.partner(t);
            }
        }
        return blanked;
    }

    /**
     * True when a statement may stop after this token and still parse, so cutting there leaves a statement
     * that spans rows as the planner's stopping point: after a semicolon or a block that nothing continues,
     * after Go's operands (its semicolon rule), and in JavaScript after a call's closing parenthesis.
     */
    private boolean mayEndStatement(int last, int next) {
        boolean call = (language == CodeLanguage.JAVASCRIPT || language == CodeLanguage.TYPESCRIPT)
                && tokens.kind(last) == BraceTokens.CLOSE && tokens.first(last) == ')'
                && !afterControlKeyword(tokens.partner(last));
        return goEnds(last) || semicolonOrBlockEnds(last, next) || call;
    }

    /** True when the parenthesis follows {@code if}, {@code for}, {@code while} and the like: a statement follows. */
    private boolean afterControlKeyword(int paren) {
        int before = paren - 1;
        return before >= 0 && (tokens.is(before, "if") || tokens.is(before, "for") || tokens.is(before, "while")
                || tokens.is(before, "switch") || tokens.is(before, "catch") || tokens.is(before, "with"));
    }

    /** True when a statement certainly ends after token {@code last}, given the token that follows. */
    private boolean endsStatement(int last, int next, int close) {
        // Only comments so far, or only comments after.
        return tokens.kind(last) == BraceTokens.OPEN || next == close || goEnds(last)
                || semicolonOrBlockEnds(last, next) || javaScriptLineEnds(last, next);
    }

    /** Go ends a statement at a line end after an operand, a closing bracket, ++ or -- (its semicolon rule). */
    private boolean goEnds(int last) {
        int kind = tokens.kind(last);
        return language == CodeLanguage.GO && (kind == BraceTokens.WORD || kind == BraceTokens.NUMBER
                || kind == BraceTokens.STRING || kind == BraceTokens.CLOSE || tokens.is(last, "++")
                || tokens.is(last, "--"));
    }

    /** After ';' unless an 'else' follows; after '}' unless the next line continues it ({@code } else}, {@code }.then}). */
    private boolean semicolonOrBlockEnds(int last, int next) {
        if (tokens.is(last, ";")) {
            return !tokens.is(next, "else");
        }
        return tokens.kind(last) == BraceTokens.CLOSE && tokens.first(last) == '}'
                && tokens.kind(next) == BraceTokens.WORD && !continuation(next);
    }

    /** Without semicolons a JavaScript line ends a statement after an operand the next line cannot continue. */
    private boolean javaScriptLineEnds(int last, int next) {
        if (language != CodeLanguage.JAVASCRIPT && language != CodeLanguage.TYPESCRIPT
                || tokens.kind(next) != BraceTokens.WORD || continuation(next)) {
            return false;
        }
        int kind = tokens.kind(last);
        return kind == BraceTokens.WORD && !operatorWord(last) || kind == BraceTokens.NUMBER
                || kind == BraceTokens.STRING
                || kind == BraceTokens.CLOSE && !afterControlKeyword(tokens.partner(last))
                || tokens.is(last, "++") || tokens.is(last, "--");
    }

    private boolean continuation(int word) {
        return tokens.is(word, "else") || tokens.is(word, "catch") || tokens.is(word, "finally")
                || tokens.is(word, "while") || tokens.is(word, "as") || tokens.is(word, "in")
                || tokens.is(word, "instanceof") || tokens.is(word, "of") || tokens.is(word, "satisfies")
                || tokens.is(word, "extends") || tokens.is(word, "implements");
    }

    /** Words after which a JavaScript expression goes on to the next line. */
    private boolean operatorWord(int word) {
        return tokens.is(word, "typeof") || tokens.is(word, "new") || tokens.is(word, "delete")
                || tokens.is(word, "void") || tokens.is(word, "await") || tokens.is(word, "in")
                || tokens.is(word, "of") || tokens.is(word, "instanceof") || tokens.is(word, "extends")
                || tokens.is(word, "case") || tokens.is(word, "else") || tokens.is(word, "do");
    }

    private int nextCode(int from, int close) {
        int t = from;
        while (t < close && tokens.kind(t) == BraceTokens.COMMENT) {
            t++;
        }
        return t;
    }

    private boolean holdsDirective(int brace, int close) {
        return tokens.directivesBefore(close) > tokens.directivesBefore(brace);
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < src.length && src[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Turns every byte of {@code [from, to)} but line breaks into a space; true when something changed. */
    private boolean blank(int from, int to) {
        boolean changed = false;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            if (b != '\n' && b != ' ') {
                if (out == null) {
                    out = src.clone();
                }
                out[i] = ' ';
                changed = true;
            }
        }
        if (changed) {
            blanked.add(from);
            blanked.add(to);
        }
        return changed;
    }

    /** Blanks a region on the guess that it lies in a function body, for the plan to confirm. */
    private boolean blankChecked(int from, int to) {
        if (!blank(from, to)) {
            return false;
        }
        checked.add(from);
        checked.add(to);
        return true;
    }
}
