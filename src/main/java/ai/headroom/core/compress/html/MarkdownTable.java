package ai.headroom.core.compress.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Renders an HTML table as a markdown table; the first row is the header, ragged rows are padded. */
final class MarkdownTable {

    /** Deeper tables (tables in cells of tables in cells…) are flattened to plain text. */
    private static final int MAX_NESTING = 2;

    private MarkdownTable() {}

    static String render(Element table, int nesting) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (Element tr : rowsOf(table)) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells.add(cellText(cell, nesting));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
                columns = Math.max(columns, cells.size());
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        if (columns == 1) {
            // A one-column table is layout, not data: its cells read as paragraphs.
            return String.join("\n\n", rows.stream().map(r -> r.get(0)).filter(s -> !s.isEmpty()).toList());
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, rows.get(0), columns);
        out.append("\n|");
        out.append(" --- |".repeat(columns));
        for (int i = 1; i < rows.size(); i++) {
            out.append('\n');
            appendRow(out, rows.get(i), columns);
        }
        return out.toString();
    }

    /** Rows of this table only, not of tables nested in its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    private static String cellText(Element cell, int nesting) {
        String text = nesting >= MAX_NESTING ? cell.text() : MarkdownRenderer.render(cell, nesting + 1);
        return text.replace("\n\n", "<br>").replace('\n', ' ').replace("|", "\\|").strip();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int columns) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
            out.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
        }
    }
}
