package ai.headroom.core.compress.code;

import ai.headroom.core.compress.IntList;
import java.util.Optional;

/**
 * Skims Python source (see {@link Skim}): blanks each function body after the statements the skeleton
 * planner keeps, leaving a placeholder that spans the same rows.
 */
final class PythonSkimmer {

    private final byte[] source;
    private final PythonLines lines;
    private final CodeCompressorSettings settings;
    private byte[] text;
    private final IntList blanked = new IntList(16);
    private final IntList checked = new IntList(8);

    private PythonSkimmer(byte[] source, PythonLines lines, CodeCompressorSettings settings) {
        this.source = source;
        this.lines = lines;
        this.settings = settings;
    }

    static Optional<Skim> skim(byte[] utf8, CodeCompressorSettings settings) {
        PythonLines lines = PythonLines.of(utf8);
        if (lines == null) {
            return Optional.empty();
        }
        PythonSkimmer skimmer = new PythonSkimmer(utf8, lines, settings);
        // Texts first: a placeholder written later may end on bytes that were a text's last ones.
        skimmer.blankTexts(lines.tripleQuotedTexts());
        skimmer.walk(0, lines.count());
        return skimmer.text == null
                ? Optional.empty()
                : Optional.of(new Skim(skimmer.text, skimmer.blanked.toArray(), skimmer.checked.toArray(), null,
                        new int[0]));
    }

    /**
     * Skims the defs among lines [from, to), a stretch the planner walks into: module level, class bodies,
     * compound statements, and bodies holding several definitions.
     */
    private void walk(int from, int to) {
        int line = from;
        while (line < to) {
            if (lines.kind(line) == PythonLineKinds.DEF && lines.opensBlock(line)) {
                int bodyEnd = deeperEnd(line, to);
                skimDef(line, bodyEnd);
                line = bodyEnd;
            } else {
                line++;
            }
        }
    }

    /** The first line after {@code line} not indented deeper than it (its block's end), at most {@code to}. */
    private int deeperEnd(int line, int to) {
        int indent = lines.indent(line);
        int next = line + 1;
        while (next < to && lines.indent(next) > indent) {
            next++;
        }
        return next;
    }

    /** Skims the body (lines after {@code header} up to {@code end}) of a def. */
    private void skimDef(int header, int end) {
        int body = header + 1;
        if (definitions(body, end) >= 2) {
            // The planner walks into a body defining two or more functions or classes (a module wrapper).
            walk(body, end);
            return;
        }
        int cut = body;
        if (lines.kind(body) == PythonLineKinds.STRING) {
            // A docstring candidate: it may also be a statement such as "x".join(…); keeping it is safe either way.
            cut = statementEnd(body, end);
        }
        for (int kept = 0; kept < settings.keptBodyLines() && cut < end; kept++) {
            int next = statementEnd(cut, end);
            if (lines.lastRow(next - 1) > lines.firstRow(cut)) {
                // The planner stops at a statement spanning rows and reads only that it does: the placeholder,
                // starting where it starts and spanning rows too, tells it the same.
                break;
            }
            cut = next;
        }
        if (cut == end) {
            return;
        }
        blank(header, cut, end - 1);
    }

    /** How many functions and classes the body (lines [body, end)) defines at its own level. */
    private int definitions(int body, int end) {
        int indent = lines.indent(body);
        int found = 0;
        for (int line = body; line < end; line++) {
            byte kind = lines.kind(line);
            if (lines.indent(line) == indent && (kind == PythonLineKinds.DEF || kind == PythonLineKinds.CLASS)) {
                found++;
            }
        }
        return found;
    }

    /**
     * The line after the statement starting at {@code line}: its deeper lines, the clauses continuing it
     * (elif, else, except, finally, case) and, after decorators, the definition they decorate.
     */
    private int statementEnd(int line, int end) {
        int indent = lines.indent(line);
        int next = line;
        while (true) {
            boolean decorator = lines.kind(next) == PythonLineKinds.DECORATOR;
            next++;
            while (next < end && lines.indent(next) > indent) {
                next++;
            }
            if (next == end || !decorator && lines.kind(next) != PythonLineKinds.CLAUSE) {
                return next;
            }
        }
    }

    /**
     * Writes a statement from {@code open} to {@code close} inclusive over blanks: a parenthesised triple-quoted
     * string where it fits, since tree-sitter lexes string contents about three times faster than blanks
     * between brackets (the parentheses keep it from reading as a docstring), else an empty tuple, else 0.
     */
    private void placeholder(int open, int close) {
        if (close - open + 1 >= 8 && blank(open + 1, open + 3) && blank(close - 3, close - 1)) {
            text[open] = '(';
            text[close] = ')';
            for (int k = 1; k <= 3; k++) {
                text[open + k] = '"';
                text[close - k] = '"';
            }
        } else if (open < close) {
            text[open] = '(';
            text[close] = ')';
        } else {
            text[open] = '0';
        }
    }

    /** True when bytes [from, to] of the skim are spaces (a '\n' there would be lost under a quote). */
    private boolean blank(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (text[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Blanks the contents of triple-quoted strings, docstrings mostly: the planner reads a string's extent
     * and type from the tree and its words from the source, and tree-sitter lexes blanks faster than words.
     */
    private void blankTexts(int[] texts) {
        for (int k = 0; k < texts.length; k += 2) {
            if (texts[k] < texts[k + 1]) {
                blankRange(texts[k], texts[k + 1] - 1);
            }
        }
    }

    /** Every byte in [from, to] but '\n' becomes a space, so offsets and rows stay. */
    private void blankRange(int from, int to) {
        if (text == null) {
            text = source.clone();
        }
        for (int i = from; i <= to; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
        blanked.add(from);
        blanked.add(to + 1);
    }

    /**
     * Blanks lines [first, last] of a def's body, from the start of the first one's row to the last one's
     * last token, and writes a placeholder statement over them so the body still ends on the same byte and row.
     */
    private void blank(int header, int first, int last) {
        int open = lines.start(first);
        int from = open - lines.indent(first);
        int close = lines.end(last);
        blankRange(from, close);
        placeholder(open, close);
        // The planner visits only defs spanning maxBodyLines rows; only those can confirm the guess.
        if (lines.lastRow(last) - lines.firstRow(header) >= settings.maxBodyLines()) {
            checked.add(open); // the block starts there when no statement was kept
            checked.add(close + 1);
        }
    }
}
