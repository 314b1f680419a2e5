package ai.headroom.core.compress.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/** Removes page furniture (navigation, sidebars, cookie banners, footers, link farms) from a parsed page. */
final class BoilerplatePruner {

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside");
    private static final Set<String> FRAME_TAGS = Set.of("header", "footer");
    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "div", "section", "p", "table", "dl");

    private BoilerplatePruner() {}

    static void prune(Element root) {
        TextStats stats = TextStats.gather(root);
        int pageText = Math.max(1, stats.of(root).text);
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == root) {
                    return FilterResult.CONTINUE;
                }
                if (el.nameIs("pre") || el.nameIs("code")) {
                    return FilterResult.SKIP_CHILDREN;
                }
                return isFurniture(el, stats.of(el), pageText) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
    }

    private static boolean isFurniture(Element el, TextStats.Counts c, int pageText) {
        String tag = el.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return !holdsContent(el, false);
        }
        if (FRAME_TAGS.contains(tag)) {
            // An article's own header carries its title; a page header carries a logo and links.
            return !holdsContent(el, true);
        }
        int hint = ClassHints.weight(el);
        if (hint < 0 && !holdsContent(el, true)
                && (c.linkDensity() > 0.3 || c.text < pageText * 0.3)) {
            return true;
        }
        // Link farms (tables of contents, "related pages", tag clouds) inside otherwise good content.
        return hint <= 0 && LINK_LIST_TAGS.contains(tag) && c.links >= 5 && c.linkDensity() > 0.7
                && !holdsContent(el, true);
    }

    /** True when removing the element would lose the page's main content, title or code. */
    private static boolean holdsContent(Element el, boolean countTitle) {
        String query = countTitle ? "main, article, [role=main], pre, h1" : "main, article, [role=main]";
        return !el.select(query).isEmpty();
    }
}
