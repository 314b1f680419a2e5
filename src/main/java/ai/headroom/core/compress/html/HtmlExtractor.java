package ai.headroom.core.compress.html;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Replaces an HTML page by its main content rendered as markdown (headings, lists, links, tables, code). */
public final class HtmlExtractor implements Compressor {

    /** A real tag near the start: a doctype, a document skeleton tag or a common block tag. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|div|p|article|main|section|table|ul|ol|h[1-6]|span|a\\s)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "html_extractor";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.HTML;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        // Rendering to markdown always drops markup, so without a stored original there is nothing safe to do.
        if (!ctx.lossyAllowed() || text.isBlank() || CcrMarker.isMarked(text) || !HTML_TAG.matcher(text).find()) {
            return Compressed.unchanged(text);
        }
        String markdown = extract(text);
        if (markdown.isBlank()) {
            return Compressed.unchanged(text);
        }
        String out = markdown + "\n\n" + ctx.marker(
                "HTML page extracted to main content: " + markdown.length() + " of " + text.length() + " chars kept");
        return Utf8.length(out) < Utf8.length(text) ? Compressed.lossy(out) : Compressed.unchanged(text);
    }

    /** The page's main content as markdown, preceded by the page title when the content has no h1 of its own. */
    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().strip();
        Element body = doc.body();
        JunkRemover.strip(body);
        BoilerplatePruner.prune(body);
        Element root = MainContentFinder.find(body);
        String markdown = MarkdownRenderer.render(root);
        if (!title.isEmpty() && root.selectFirst("h1") == null && !markdown.startsWith("# ")) {
            markdown = markdown.isEmpty() ? "# " + title : "# " + title + "\n\n" + markdown;
        }
        return markdown;
    }

}
