package ai.headroom.core.compress.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

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

    SkeletonPlanner(CodeLanguage language, CodeCompressorSettings settings, SourceLines lines) {
        this.language = language;
        this.settings = settings;
        this.lines = lines;
    }

    /** The edits for the tree under {@code root}, sorted by row and never overlapping. */
    List<LineEdit> plan(TSNode root) {
        visitChildren(root);
        return edits;
    }

    /** How many function bodies the plan collapses. */
    int collapsedBodies() {
        return collapsedBodies;
    }

    private void visit(TSNode node) {
        if (language.functionTypes().contains(node.getType())) {
            TSNode body = node.getChildByFieldName("body");
            if (body != null && !body.isNull() && BLOCK_TYPES.contains(body.getType())) {
                collapse(body);
                return;
            }
        }
        visitChildren(node);
    }

    private void visitChildren(TSNode node) {
        if (language.indentedBlocks()) {
            docstringOf(node).ifPresent(this::shortenDocstring);
        }
        int count = node.getChildCount();
        for (int i = 0; i < count; ) {
            TSNode child = node.getChild(i);
            if (COMMENT_TYPES.contains(child.getType())) {
                i = shortenComments(node, i, count);
                continue;
            }
            // A node spanning fewer rows cannot hold a body long enough to collapse: skip it cheaply.
            if (rowSpan(child) >= settings.maxBodyLines()) {
                visit(child);
            }
            i++;
        }
    }

    private void collapse(TSNode body) {
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
            visitChildren(body);
            return;
        }
        List<String> kept = new ArrayList<>();
        int statement = 0;
        if (language.indentedBlocks()) {
            Optional<TSNode> doc = docstringOf(body);
            if (doc.isPresent() && startRow(doc.get()) == first) {
                kept.add(DocSummary.docstring(lines, first, endRow(doc.get())).orElse(lines.row(first)));
                statement = 1;
            }
        }
        // Keep leading statements only while each fits on one row, so the skeleton still parses.
        TSNode list = statementList(body);
        int statements = list.getNamedChildCount();
        for (int keptCode = 0; statement < statements && keptCode < settings.keptBodyLines(); statement++, keptCode++) {
            TSNode next = list.getNamedChild(statement);
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

    /** The node whose named children are the body's statements: Go wraps them in a statement_list. */
    private static TSNode statementList(TSNode body) {
        if (body.getNamedChildCount() == 1) {
            TSNode only = body.getNamedChild(0);
            if (only.getType().equals("statement_list")) {
                return only;
            }
        }
        return body;
    }

    /** True when a body directly defines two or more functions or classes. */
    private boolean holdsDefinitions(TSNode body) {
        int definitions = 0;
        TSNode list = statementList(body);
        int count = list.getNamedChildCount();
        for (int i = 0; i < count && definitions < 2; i++) {
            String type = list.getNamedChild(i).getType();
            if (language.functionTypes().contains(type) || type.contains("class") || type.equals("decorated_definition")) {
                definitions++;
            }
        }
        return definitions >= 2;
    }

    /** Shortens the comment at child {@code start} of {@code parent}, or the run of line comments it begins. */
    private int shortenComments(TSNode parent, int start, int count) {
        TSNode head = parent.getChild(start);
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
        while (end < count) {
            TSNode next = parent.getChild(end);
            int row = startRow(next);
            if (!COMMENT_TYPES.contains(next.getType()) || row != lastRow + 1 || !startsItsRow(next)
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

    private void shortenDocstring(TSNode doc) {
        int first = startRow(doc);
        int last = endRow(doc);
        if (last > first) {
            DocSummary.docstring(lines, first, last).ifPresent(line -> addEdit(new LineEdit(first, last, List.of(line))));
        }
    }

    /** The docstring opening a Python module or block: a statement that is just a string. */
    private static Optional<TSNode> docstringOf(TSNode node) {
        String type = node.getType();
        if (!type.equals("module") && !type.equals("block") || node.getNamedChildCount() == 0) {
            return Optional.empty();
        }
        TSNode statement = node.getNamedChild(0);
        if (!statement.getType().equals("expression_statement") || statement.getNamedChildCount() != 1) {
            return Optional.empty();
        }
        String valueType = statement.getNamedChild(0).getType();
        return valueType.equals("string") || valueType.equals("concatenated_string")
                ? Optional.of(statement) : Optional.empty();
    }

    /** True when only whitespace precedes the node on its first row (indentation is ASCII, so bytes = chars). */
    private boolean startsItsRow(TSNode node) {
        int start = node.getStartByte();
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
    private int endRow(TSNode node) {
        int end = node.getEndByte();
        return lines.rowOfByte(end > node.getStartByte() ? end - 1 : end);
    }

    private int startRow(TSNode node) {
        return lines.rowOfByte(node.getStartByte());
    }

    private int rowSpan(TSNode node) {
        return endRow(node) - startRow(node);
    }
}
