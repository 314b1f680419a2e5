package ai.headroom.core.compress.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Per-element counts of visible text, link text, links and commas, gathered in one pass over a subtree. */
final class TextStats {

    /** Counts for one element, including all its descendants. */
    static final class Counts {
        int text;
        int linkText;
        int links;
        int commas;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private static final Counts EMPTY = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    /** Counts every element under {@code root}; children are folded into parents on the way up, so the pass is linear. */
    static TextStats gather(Element root) {
        TextStats stats = new TextStats();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    stats.counts.put(el, new Counts());
                } else if (node instanceof TextNode tn && node.parent() instanceof Element parent) {
                    Counts c = stats.counts.get(parent);
                    if (c != null) {
                        String s = tn.getWholeText();
                        for (int i = 0; i < s.length(); i++) {
                            char ch = s.charAt(i);
                            if (!Character.isWhitespace(ch)) {
                                c.text++;
                                if (ch == ',') {
                                    c.commas++;
                                }
                            }
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                Counts c = stats.counts.get(el);
                if (el.nameIs("a")) {
                    c.linkText = c.text;
                    c.links++;
                }
                if (el != root && el.parent() != null) {
                    Counts p = stats.counts.get(el.parent());
                    if (p != null) {
                        p.text += c.text;
                        p.linkText += c.linkText;
                        p.links += c.links;
                        p.commas += c.commas;
                    }
                }
            }
        });
        return stats;
    }

    Counts of(Element el) {
        return counts.getOrDefault(el, EMPTY);
    }
}
