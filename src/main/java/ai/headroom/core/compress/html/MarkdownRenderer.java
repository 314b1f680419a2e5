package ai.headroom.core.compress.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Renders an HTML subtree as markdown. Walks the tree iteratively (jsoup's filter), so hostile nesting depth
 * cannot overflow the stack; inline text gathers in a paragraph buffer that every block boundary flushes.
 */
final class MarkdownRenderer implements NodeFilter {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
            "caption", "tr", "td", "th", "tbody", "thead", "tfoot");

    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\n *");

    /** An inline construct whose closing text is only known at its end: a link or a code span. */
    private record Open(Element el, int start, int epoch, String href) {}

    private final MarkdownBlocks blocks = new MarkdownBlocks();
    private final StringBuilder para = new StringBuilder();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<int[]> lists = new ArrayDeque<>(); // {ordered 0/1, next number}
    private final int tableNesting;
    private String itemMarker; // marker for the first paragraph of the current list item
    private int heading;
    private int quoteDepth;
    private int epoch; // bumped on every flush so inline constructs split by a block are abandoned cleanly

    private MarkdownRenderer(int tableNesting) {
        this.tableNesting = tableNesting;
    }

    /** The markdown for {@code root} and everything under it. */
    static String render(Element root) {
        return render(root, 0);
    }

    static String render(Element root, int tableNesting) {
        MarkdownRenderer r = new MarkdownRenderer(tableNesting);
        root.filter(r);
        r.flush();
        return r.blocks.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode tn) {
            appendText(tn.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (tag.equals("head") || tag.equals("title")) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            return openBlock(el, tag);
        }
        switch (tag) {
            case "br" -> para.append('\n');
            case "a" -> openLink(el);
            case "code", "kbd", "samp" -> openCode(el);
            case "img" -> appendImage(el);
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        if (!open.isEmpty() && open.peek().el() == el) {
            closeInline(open.pop());
            return FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (!BLOCK_TAGS.contains(tag)) {
            return FilterResult.CONTINUE;
        }
        flush();
        switch (tag) {
            case "ul", "ol" -> lists.pop();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = 0;
            case "blockquote" -> quoteDepth--;
            case "li" -> itemMarker = null;
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult openBlock(Element el, String tag) {
        switch (tag) {
            case "ul", "ol" -> lists.push(new int[] {tag.equals("ol") ? 1 : 0, startNumber(el)});
            case "li" -> itemMarker = listMarker();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = tag.charAt(1) - '0';
            case "blockquote" -> quoteDepth++;
            case "pre" -> {
                blocks.add(CodeFence.of(el), false, "");
                return FilterResult.SKIP_CHILDREN;
            }
            case "table" -> {
                String table = MarkdownTable.render(el, tableNesting);
                if (!table.isEmpty()) {
                    blocks.add(table, false, quotePrefix());
                }
                return FilterResult.SKIP_CHILDREN;
            }
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    private static int startNumber(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").trim()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String listMarker() {
        int[] list = lists.peek();
        if (list == null) {
            return "- ";
        }
        return list[0] == 1 ? (list[1]++) + ". " : "- ";
    }

    private void openLink(Element a) {
        String href = a.attr("href").trim();
        if (href.isEmpty() || href.regionMatches(true, 0, "javascript:", 0, 11)) {
            return; // script links and bare anchors add nothing for a reader
        }
        open.push(new Open(a, para.length(), epoch, href));
        para.append('[');
    }

    private void openCode(Element code) {
        if (code.parent() != null && (code.parent().nameIs("code") || code.parent().nameIs("kbd"))) {
            return;
        }
        open.push(new Open(code, para.length(), epoch, null));
        para.append('`');
    }

    private void closeInline(Open o) {
        if (o.epoch() != epoch || o.start() >= para.length()) {
            return;
        }
        String inner = para.substring(o.start() + 1);
        String text = inner.strip();
        para.setLength(o.start());
        if (text.isEmpty() || (o.href() != null && o.href().startsWith("#") && isSymbolOnly(text))) {
            return;
        }
        if (!inner.isEmpty() && Character.isWhitespace(inner.charAt(0)) && !endsWithSpace()) {
            para.append(' ');
        }
        if (o.href() != null && heading > 0) {
            para.append(text); // a heading reads as its text; its self-links are navigation
        } else if (o.href() != null) {
            para.append('[').append(text).append("](").append(o.href()).append(')');
        } else {
            String ticks = "`".repeat(CodeFence.longestRun(text, '`') + 1);
            String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
            para.append(ticks).append(pad).append(text).append(pad).append(ticks);
        }
        if (!inner.isEmpty() && Character.isWhitespace(inner.charAt(inner.length() - 1))) {
            para.append(' ');
        }
    }

    /** Pilcrows and link icons next to headings. */
    private static boolean isSymbolOnly(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private void appendImage(Element img) {
        String alt = img.attr("alt").strip();
        String src = img.attr("src").strip();
        if (!alt.isEmpty() && !src.isEmpty() && !src.startsWith("data:")) {
            appendText("![" + alt + "](" + src + ")");
        }
    }

    private void appendText(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (para.length() > 0 && !endsWithSpace()) {
                    para.append(' ');
                }
            } else {
                para.append(ch);
            }
        }
    }

    private boolean endsWithSpace() {
        if (para.isEmpty()) {
            return true;
        }
        char last = para.charAt(para.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void flush() {
        epoch++;
        // Inline constructs still open lose their opening bracket rather than leave it dangling.
        for (Open o : open) {
            if (o.epoch() == epoch - 1 && o.start() < para.length()) {
                para.deleteCharAt(o.start());
            }
        }
        String text = SPACE_AROUND_NEWLINE.matcher(para.toString().strip()).replaceAll("\n");
        para.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (heading > 0) {
            blocks.add("#".repeat(heading) + " " + text.replace('\n', ' '), false, quotePrefix());
        } else if (!lists.isEmpty() || itemMarker != null) {
            String indent = "  ".repeat(Math.max(0, lists.size() - 1));
            String first = itemMarker != null ? itemMarker : "  ";
            itemMarker = null;
            String cont = "\n" + indent + " ".repeat(first.length());
            blocks.add(indent + first + text.replace("\n", cont), true, quotePrefix());
        } else {
            blocks.add(text, false, quotePrefix());
        }
    }

    private String quotePrefix() {
        return "> ".repeat(quoteDepth);
    }
}
