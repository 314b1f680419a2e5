package ai.headroom.core.compress.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Removes what no reader ever sees: scripts, styles, comments, SVG, form controls and hidden elements. */
final class JunkRemover {

    private static final Set<String> JUNK_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
            "link", "meta", "button", "input", "select", "textarea", "option", "dialog", "math", "audio", "video",
            "source", "track", "map", "base");

    private JunkRemover() {}

    static void strip(Element root) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof TextNode || !(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (el.nameIs("pre")) {
                    // Code is kept byte for byte; nothing inside a pre is judged.
                    return FilterResult.SKIP_CHILDREN;
                }
                if (JUNK_TAGS.contains(el.normalName()) || isHidden(el)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String cls = el.className();
        if (cls.isEmpty()) {
            return false;
        }
        // "hidden md:block" is visible on wide screens (utility CSS), so responsive classes veto the hint.
        boolean responsive = cls.indexOf(':') >= 0;
        for (String c : el.classNames()) {
            if (c.equals("sr-only") || c.equals("visually-hidden") || (!responsive && c.equals("hidden"))) {
                return true;
            }
        }
        return false;
    }
}
