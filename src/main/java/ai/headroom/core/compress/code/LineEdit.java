package ai.headroom.core.compress.code;

import java.util.List;

/**
 * Source rows {@code firstRow..lastRow} (inclusive, 0-based) replaced by other lines.
 *
 * @param firstRow    first replaced row
 * @param lastRow     last replaced row, at least {@code firstRow}
 * @param replacement the lines written instead, without line terminators
 */
record LineEdit(int firstRow, int lastRow, List<String> replacement) {

    LineEdit {
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException("bad row range " + firstRow + ".." + lastRow);
        }
        replacement = List.copyOf(replacement);
    }
}
