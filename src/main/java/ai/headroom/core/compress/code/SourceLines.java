package ai.headroom.core.compress.code;

import java.util.Arrays;
import java.util.List;

/** The rows of a source text as tree-sitter counts them (split on '\n'), and how to join them back. */
final class SourceLines {

    private final String[] rows;
    /** Replacement lines get the file's line ending so a CRLF file stays CRLF. */
    private final String carriageReturn;

    /** UTF-8 byte offset at which each row starts: tree-sitter reports node positions in these bytes. */
    private final int[] rowStartBytes;
    private final int byteLength;
    private final boolean wellFormed;

    /** The rows of {@code text}, whose UTF-8 encoding is {@code utf8}. */
    SourceLines(String text, byte[] utf8) {
        this.rows = text.split("\n", -1);
        this.carriageReturn = rows.length > 1 && rows[0].endsWith("\r") ? "\r" : "";
        this.rowStartBytes = new int[rows.length];
        this.byteLength = utf8.length;
        if (utf8.length == text.length()) {
            // One byte per char: ASCII, as most source is, except where the encoder wrote '?' for a lone
            // surrogate. Byte i is char i, so row starts come from the bytes.
            int row = 1;
            boolean paired = true;
            for (int i = 0; i < utf8.length; i++) {
                byte b = utf8[i];
                if (b == '\n') {
                    rowStartBytes[row++] = i + 1;
                } else if (b == '?') {
                    paired &= text.charAt(i) == '?';
                }
            }
            this.wellFormed = paired;
        } else {
            this.wellFormed = countBytes(rows, rowStartBytes) == utf8.length;
        }
    }

    /**
     * Fills each row's starting byte offset and returns the UTF-8 length counted char by char, where a
     * lone surrogate counts 3 bytes: when that differs from the encoder's length, the text is not well formed.
     */
    private static int countBytes(String[] rows, int[] rowStartBytes) {
        int bytes = 0;
        boolean paired = true;
        for (int row = 0; row < rows.length; row++) {
            rowStartBytes[row] = bytes;
            String line = rows[row];
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c < 0x80) {
                    bytes++;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    paired &= !Character.isSurrogate(c);
                    bytes += 3;
                }
            }
            bytes += row + 1 < rows.length ? 1 : 0;
        }
        return paired ? bytes : -1;
    }

    /** Length of the text in UTF-8 bytes. */
    int byteLength() {
        return byteLength;
    }

    /** False when the text holds a lone surrogate, which the UTF-8 encoder replaces, shifting every later offset. */
    boolean wellFormed() {
        return wellFormed;
    }

    /** The row holding a UTF-8 byte offset. */
    int rowOfByte(int offset) {
        int found = Arrays.binarySearch(rowStartBytes, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The byte offset of a position within its row. */
    int columnOfByte(int offset) {
        return offset - rowStartBytes[rowOfByte(offset)];
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
