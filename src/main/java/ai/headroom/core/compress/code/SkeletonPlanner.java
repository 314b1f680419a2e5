package ai.headroom.core.compress.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a syntax tree and plans the line edits that turn source into a skeleton: long function
 * bodies cut to their first lines, doc comments and docstrings cut to their first line. One
 * instance serves one call.
 */
final class SkeletonPlanner {

    /** Node types of a braced or indented block, across the supported grammars. */
    private static final Set<String> BLOCK_TYPES =
            Set.of("block", "statement_block", "compound_statement", "constructor_body");
    private static final Set<String> COMMENT_TYPES = Set.of("comment", "line_comment", "block_comment");

    private final CodeLanguage language;
    private final CodeCompressorSettings settings;
    private final SourceLines lines;
    private final List<LineEdit> edits = new ArrayList<>();
    private int lastEditedRow = -1;
    private int collapsedBodies;
    /** Start and end bytes of the function bodies the plan met and did not walk into, in visiting order. */
    private final List<int[]> closedBodies = new ArrayList<>();
    /** Start bytes of every function body the plan met. */
    private final Set<Integer> metBodies = new HashSet<>();

    SkeletonPlanner(CodeLanguage language, CodeCompressorSettings settings, SourceLines lines) {
        this.language = language;
        this.settings = settings;
        this.lines = lines;
    }

    /** Plans the edits for the tree under {@code root}. */
    void plan(SyntaxNode root) {
        visitChildren(root);
    }

    /** The edits planned, sorted by row and never overlapping. */
    List<LineEdit> edits() {
        return edits;
    }

    /** How many function bodies the plan collapses. */
    int collapsedBodies() {
        return collapsedBodies;
    }

    /**
     * True when each region (start and end byte pairs) lies inside a function body the plan met and did
     * not walk into: a region blanked there cannot change the plan, since the planner reads nothing of such
     * a body beyond the first statements the skim kept.
     */
    boolean confirms(int[] regions) {
        for (int i = 0; i < regions.length; i += 2) {
            if (!insideClosedBody(regions[i], regions[i + 1])) {
                return false;
            }
        }
        return true;
    }

    /** True when no function body the plan met starts at one of {@code starts}: braces guessed to be no body. */
    boolean metNoBodyAt(int[] starts) {
        for (int start : starts) {
            if (metBodies.contains(start)) {
                return false;
            }
        }
        return true;
    }

    private boolean insideClosedBody(int from, int to) {
        for (int[] body : closedBodies) {
            if (body[0] <= from && to <= body[1]) {
                return true;
            }
        }
        return false;
    }

    private void visit(SyntaxNode node) {
        if (language.functionTypes().contains(node.type())) {
            Optional<SyntaxNode> body = node.field("body");
            if (body.isPresent() && BLOCK_TYPES.contains(body.get().type())) {
                collapse(body.get());
                return;
            }
        }
        visitChildren(node);
    }

    private void visitChildren(SyntaxNode node) {
        if (language.indentedBlocks()) {
            docstringOf(node).ifPresent(this::shortenDocstring);
        }
        List<SyntaxNode> children = node.children();
        for (int i = 0; i < children.size(); ) {
            SyntaxNode child = children.get(i);
            if (COMMENT_TYPES.contains(child.type())) {
                i = shortenComments(children, i);
                continue;
            }
            // A node spanning fewer rows cannot hold a body long enough to collapse: skip it cheaply.
            if (rowSpan(child) >= settings.maxBodyLines()) {
                visit(child);
            }
            i++;
        }
    }

    private void collapse(SyntaxNode body) {
        metBodies.add(body.startByte());
        closedBodies.add(new int[] {body.startByte(), body.endByte()});
        int first;
        int last;
        if (language.indentedBlocks()) {
            if (!startsItsRow(body)) {
                return; // the block starts on the header row: cutting rows would cut the signature
            }
            first = startRow(body);
            last = endRow(body);
        } else {
            // Rows strictly between the one holding '{' and the one holding '}': both stay.
            first = startRow(body) + 1;
            last = endRow(body) - 1;
        }
        if (last - first + 1 <= settings.maxBodyLines()) {
            return;
        }
        if (holdsDefinitions(body)) {
            // A module wrapper or factory: its inner functions are the skeleton, so walk into it instead.
            closedBodies.remove(closedBodies.size() - 1);
            visitChildren(body);
            return;
        }

        List<String> kept = new ArrayList<>();
        int statement = 0;
        if (language.indentedBlocks()) {
            Optional<SyntaxNode> doc = docstringOf(body);
            if (doc.isPresent() && startRow(doc.get()) == first) {
                kept.add(DocSummary.docstring(lines, first, endRow(doc.get())).orElse(lines.row(first)));
                statement = 1;
            }
        }
        // Keep leading statements only while each fits on one row, so the skeleton still parses.
        List<SyntaxNode> statements = statements(body, statement + settings.keptBodyLines());
        for (; statement < statements.size(); statement++) {
            SyntaxNode next = statements.get(statement);
            int row = startRow(next);
            if (row < first || row != endRow(next) || !startsItsRow(next)) {
                break;
            }
            kept.add(lines.row(row));
        }
        int omitted = last - first + 1 - kept.size();
        if (omitted <= 0) {
            return;
        }
        String note = language.lineComment() + " … [" + omitted + " lines omitted]";
        // A Python block needs a statement: the ellipsis literal is one that does nothing.
        boolean needsStatement = language.indentedBlocks() && kept.isEmpty();
        kept.add(bodyIndent(first, last) + (needsStatement ? "...  " : "") + note);
        if (addEdit(new LineEdit(first, last, kept))) {
            collapsedBodies++;
        }
    }

    /**
     * The body's first {@code limit} named children, comments included, in order; Go wraps statements in a
     * statement_list, whose children count as the body's own (a comment may stand beside it).
     */
    private static List<SyntaxNode> statements(SyntaxNode body, int limit) {
        List<SyntaxNode> found = new ArrayList<>(limit);
        for (int i = 0; i < body.namedChildCount() && found.size() < limit; i++) {
            SyntaxNode child = body.namedChild(i);
            if (child.type().equals("statement_list")) {
                for (int j = 0; j < child.namedChildCount() && found.size() < limit; j++) {
                    found.add(child.namedChild(j));
                }
            } else {
                found.add(child);
            }
        }
        return found;
    }

    /** True when a body directly defines two or more functions or classes. */
    private boolean holdsDefinitions(SyntaxNode body) {
        int definitions = 0;
        for (SyntaxNode child : body.children()) {
            if (child.type().equals("statement_list")) {
                for (SyntaxNode inner : child.children()) {
                    if (isDefinition(inner) && ++definitions >= 2) {
                        return true;
                    }
                }
            } else if (isDefinition(child) && ++definitions >= 2) {
                return true;
            }
        }
        return false;
    }

    private boolean isDefinition(SyntaxNode node) {
        String type = node.type();
        // Type first: the named check is a second JNI call, and only a candidate needs it.
        return (language.functionTypes().contains(type) || type.contains("class") || type.equals("decorated_definition"))
                && node.isNamed();
    }

    /** Shortens the comment at {@code siblings[start]}, or the run of line comments it begins; returns the index after it. */
    private int shortenComments(List<SyntaxNode> siblings, int start) {
        SyntaxNode head = siblings.get(start);
        int headRow = startRow(head);
        String prefix = lines.row(headRow).strip();
        if (!startsItsRow(head)) {
            return start + 1; // a trailing comment after code: part of that line
        }
        if (prefix.startsWith("/*")) {
            int last = endRow(head);
            if (last > headRow) {
                DocSummary.blockComment(lines, headRow, last)
                        .ifPresent(line -> addEdit(new LineEdit(headRow, last, List.of(line))));
            }
            return start + 1;
        }
        String opener = language.lineComment();
        if (!prefix.startsWith(opener)) {
            return start + 1;
        }
        // Consecutive full-line comments form one doc comment; its first line says what it is about.
        int end = start + 1;
        int lastRow = headRow;
        while (end < siblings.size()) {
            SyntaxNode next = siblings.get(end);
            int row = startRow(next);
            if (!COMMENT_TYPES.contains(next.type()) || row != lastRow + 1 || !startsItsRow(next)
                    || !lines.row(row).strip().startsWith(opener)) {
                break;
            }
            lastRow = row;
            end++;
        }
        if (lastRow > headRow) {
            addEdit(new LineEdit(headRow + 1, lastRow, List.of()));
        }
        return end;
    }

    private void shortenDocstring(SyntaxNode doc) {
        int first = startRow(doc);
        int last = endRow(doc);
        if (last > first) {
            DocSummary.docstring(lines, first, last).ifPresent(line -> addEdit(new LineEdit(first, last, List.of(line))));
        }
    }

    /** The docstring opening a Python module or block: a statement that is just a string. */
    private static Optional<SyntaxNode> docstringOf(SyntaxNode node) {
        String type = node.type();
        if (!type.equals("module") && !type.equals("block") || node.namedChildCount() == 0) {
            return Optional.empty();
        }
        SyntaxNode statement = node.namedChild(0);
        if (!statement.type().equals("expression_statement") || statement.namedChildCount() != 1) {
            return Optional.empty();
        }
        String valueType = statement.namedChild(0).type();
        return valueType.equals("string") || valueType.equals("concatenated_string")
                ? Optional.of(statement) : Optional.empty();
    }

    /** True when only whitespace precedes the node on its first row (indentation is ASCII, so bytes = chars). */
    private boolean startsItsRow(SyntaxNode node) {
        int start = node.startByte();
        return lines.columnOfByte(start) == lines.indent(lines.rowOfByte(start)).length();
    }

    private String bodyIndent(int first, int last) {
        for (int row = first; row <= last; row++) {
            if (!lines.isBlank(row)) {
                return lines.indent(row);
            }
        }
        return "";
    }

    private boolean addEdit(LineEdit edit) {
        if (edit.firstRow() <= lastEditedRow || edit.lastRow() >= lines.count()) {
            return false;
        }
        edits.add(edit);
        lastEditedRow = edit.lastRow();
        return true;
    }

    /** The last row holding part of the node (one ending just after a newline ends on that newline's row). */
    private int endRow(SyntaxNode node) {
        int end = node.endByte();
        return lines.rowOfByte(end > node.startByte() ? end - 1 : end);
    }

    private int startRow(SyntaxNode node) {
        return lines.rowOfByte(node.startByte());
    }

    private int rowSpan(SyntaxNode node) {
        return endRow(node) - startRow(node);
    }
}
