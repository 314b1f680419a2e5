package ai.headroom.core.compress.code;

import java.util.List;

/** The rows of a source text as tree-sitter counts them (split on '\n'), and how to join them back. */
final class SourceLines {

    private final String[] rows;
    /** Replacement lines get the file's line ending so a CRLF file stays CRLF. */
    private final String carriageReturn;

    SourceLines(String text) {
        this.rows = text.split("\n", -1);
        this.carriageReturn = rows.length > 1 && rows[0].endsWith("\r") ? "\r" : "";
    }

    int count() {
        return rows.length;
    }

    String row(int index) {
        return rows[index];
    }

    boolean isBlank(int index) {
        return rows[index].isBlank();
    }

    /** The leading whitespace of a row. */
    String indent(int index) {
        String row = rows[index];
        int end = 0;
        while (end < row.length() && (row.charAt(end) == ' ' || row.charAt(end) == '\t')) {
            end++;
        }
        return row.substring(0, end);
    }

    /**
     * The text with the edits applied; edits are sorted by row and do not overlap. Rows outside every
     * edit are copied byte for byte.
     */
    String apply(List<LineEdit> edits) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean first = true;
        for (LineEdit edit : edits) {
            for (; next < edit.firstRow(); next++) {
                first = appendRow(out, rows[next], first);
            }
            for (String line : edit.replacement()) {
                first = appendRow(out, line + carriageReturn, first);
            }
            next = edit.lastRow() + 1;
        }
        for (; next < rows.length; next++) {
            first = appendRow(out, rows[next], first);
        }
        return out.toString();
    }

    private static boolean appendRow(StringBuilder out, String row, boolean first) {
        if (!first) {
            out.append('\n');
        }
        out.append(row);
        return false;
    }
}
