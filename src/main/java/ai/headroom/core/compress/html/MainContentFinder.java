package ai.headroom.core.compress.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Picks the element that holds a page's main content: an explicit {@code <main>}/{@code <article>}, else the best-scoring block. */
final class MainContentFinder {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final int MIN_PARAGRAPH = 25;

    private MainContentFinder() {}

    /** The content root under {@code body}; {@code body} itself when nothing stands out. */
    static Element find(Element body) {
        TextStats stats = TextStats.gather(body);
        Element marked = largest(body.select("main, [role=main]"), stats);
        if (marked != null && stats.of(marked).text >= MIN_PARAGRAPH) {
            return marked;
        }
        List<Element> articles = body.select("article");
        Element article = largest(articles, stats);
        if (article != null && dominates(article, articles, stats)) {
            return article;
        }
        Element best = bestScoring(body, stats);
        return best == null ? body : widen(best, body, stats);
    }

    private static Element largest(List<Element> elements, TextStats stats) {
        Element best = null;
        for (Element el : elements) {
            if (best == null || stats.of(el).text > stats.of(best).text) {
                best = el;
            }
        }
        return best;
    }

    /** One article among several is the page only when it is at least twice the size of any other. */
    private static boolean dominates(Element article, List<Element> articles, TextStats stats) {
        int size = stats.of(article).text;
        for (Element other : articles) {
            if (other != article && !other.parents().contains(article) && stats.of(other).text * 2 > size) {
                return false;
            }
        }
        return size >= MIN_PARAGRAPH;
    }

    /**
     * Readability-style scoring: every paragraph of real prose votes for its parent (fully), grandparent (half)
     * and great-grandparent (a third); votes grow with commas and length; link-heavy blocks are discounted.
     */
    private static Element bestScoring(Element body, TextStats stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>(); // insertion order keeps ties deterministic
        for (Element p : body.select("p, pre, td, blockquote, li, dd")) {
            if (!PARAGRAPH_TAGS.contains(p.normalName())) {
                continue;
            }
            TextStats.Counts c = stats.of(p);
            if (c.text < MIN_PARAGRAPH) {
                continue;
            }
            double vote = 1 + c.commas + Math.min(c.text / 100.0, 3);
            Element ancestor = p.parent();
            for (int level = 1; level <= 3 && ancestor != null && ancestor != body.parent(); level++) {
                double[] score = scores.get(ancestor);
                if (score == null) {
                    score = new double[] {baseScore(ancestor)};
                    scores.put(ancestor, score);
                    order.add(ancestor);
                }
                score[0] += vote / level;
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element el : order) {
            double s = scores.get(el)[0] * (1 - stats.of(el).linkDensity());
            if (s > bestScore) {
                best = el;
                bestScore = s;
            }
        }
        return best;
    }

    private static double baseScore(Element el) {
        double tag = switch (el.normalName()) {
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return tag + 25 * ClassHints.weight(el);
    }

    /** Climbs while the parent adds little text, so a title or intro next to the best block comes along. */
    private static Element widen(Element best, Element body, TextStats stats) {
        Element el = best;
        while (el.parent() != null && el != body && stats.of(el.parent()).text <= stats.of(el).text * 1.25) {
            el = el.parent();
        }
        return el;
    }
}
