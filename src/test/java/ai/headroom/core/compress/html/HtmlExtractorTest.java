package ai.headroom.core.compress.html;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    private final HtmlExtractor extractor = new HtmlExtractor();

    private Compressed extract(String html) {
        return extractor.compress(html, CompressionContext.of(html, ""));
    }

    @Test
    void aDocsPageShrinksByAtLeastSeventyPercentOfItsTokens() {
        String page = DocsPageFixture.docsPage();

        Compressed out = extract(page);

        int before = O200K.countTokens(page);
        int after = O200K.countTokens(out.text());
        System.out.printf("html docs page: %d -> %d chars, %d -> %d tokens%n",
                page.length(), out.text().length(), before, after);
        assertThat(out.lossy()).isTrue();
        assertThat(after).isLessThanOrEqualTo(before * 30 / 100);
        assertThat(out.text().length()).isLessThanOrEqualTo(page.length() * 30 / 100);
    }

    @Test
    void everyHeadingIsKeptAtItsLevel() {
        String md = extract(DocsPageFixture.docsPage()).text();

        assertThat(md).startsWith("# Configuring connection pools\n");
        assertThat(md).contains("\n## Why pool size matters\n", "\n### Sizing the pool\n",
                "\n## Timeouts and retries\n", "\n## Health checks\n", "\n## Reference\n", "\n## Troubleshooting\n");
    }

    @Test
    void codeBlocksAreFencedWithTheirLanguageAndKeptByteForByte() {
        String md = extract(DocsPageFixture.docsPage()).text();

        String[] languages = {"java", "bash", "yaml", "json"};
        for (int i = 0; i < languages.length; i++) {
            assertThat(md).contains("```" + languages[i] + "\n" + DocsPageFixture.CODE_BLOCKS.get(i) + "\n```");
        }
    }

    @Test
    void navigationSidebarCookieBannerFooterAndScriptsAreDropped() {
        String md = extract(DocsPageFixture.docsPage()).text();

        assertThat(md).doesNotContain("Section 12", "On this page", "cookies", "Accept all", "Try Orders Cloud",
                "Was this page helpful", "Licensed under", "window.__analytics", "admonition", "Copy", "Search docs",
                "¶");
    }

    @Test
    void linksKeepTheirHrefAsWrittenAndInlineCodeKeepsBackticks() {
        String md = extract(DocsPageFixture.docsPage()).text();

        assertThat(md).contains("[alerting guide](../operations/alerts.html)");
        assertThat(md).contains("which `pool.*` settings matter");
        assertThat(md).contains("reports the pool state as JSON:");
    }

    @Test
    void tablesBecomeMarkdownTablesWithEscapedPipes() {
        String md = extract(DocsPageFixture.docsPage()).text();

        assertThat(md).contains("| Setting | Default | Meaning |\n| --- | --- | --- |\n"
                + "| `max-size` | 10 | Upper bound on open connections |");
        assertThat(md).contains("| Query run before lending a connection \\| only if validate-on-borrow |");
    }

    @Test
    void nestedListsAreIndentedAndOrderedListsNumbered() {
        String md = extract(DocsPageFixture.docsPage()).text();

        assertThat(md).contains("1. Count the database cores, not the application cores.\n"
                + "2. Add the number of disks that hold hot data.\n"
                + "  - SSD-backed volumes count once.\n"
                + "  - Network volumes count twice.\n"
                + "3. Load-test at 2× peak traffic and watch `p99_acquire_ms`.");
        assertThat(md).contains("> Never raise the pool size to hide a leak: it only moves the outage.");
    }

    @Test
    void theResultEndsWithOneMarkerThatCountsKeptCharacters() {
        String page = DocsPageFixture.docsPage();
        CompressionContext ctx = CompressionContext.of(page, "");

        String text = extractor.compress(page, ctx).text();

        assertThat(CcrMarker.hashesIn(text)).containsExactly(ctx.hash());
        assertThat(text).containsPattern("\\[HTML page extracted to main content: \\d+ of " + page.length()
                + " chars kept\\. Retrieve more: hash=" + ctx.hash() + "]$");
    }

    @Test
    void aPageWithoutMainOrArticleStillYieldsItsContent() {
        String md = extract(DocsPageFixture.divSoupPage()).text();

        assertThat(md).startsWith("# Release notes 4.2\n\nVersion 4.2.0 improves");
        assertThat(md).contains("Version 4.2.5", "`scheduler.init()`", "  - Cold start down from 41 s to 9 s.",
                "[issue 4242](https://example.org/issues/4242)");
        assertThat(md).doesNotContain("Archive 2003", "Monitoring", "All rights reserved");
    }

    @Test
    void withoutAStoreThePageIsReturnedUnchanged() {
        String page = DocsPageFixture.docsPage();

        Compressed out = extractor.compress(page, CompressionContext.of(page, "").losslessOnly());

        assertThat(out.text()).isSameAs(page);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void textThatIsNotHtmlIsLeftAlone() {
        String prose = "Use a < b and c > d comparisons; the value 3<4 holds. ".repeat(40);

        assertThat(extract(prose).text()).isSameAs(prose);
    }

    @Test
    void hiddenElementsAndCommentsAreDropped() {
        String html = "<html><body><main><h1>Title</h1><!-- build 1234 -->"
                + "<p>Visible paragraph with enough words to count as real content for the reader.</p>"
                + "<p style=\"display: none\">secret one</p><div hidden>secret two</div>"
                + "<span aria-hidden=\"true\">secret three</span><p class=\"sr-only\">secret four</p>"
                + "<p class=\"hidden md:block\">shown on desktop</p></main>"
                + "<p>" + "padding text ".repeat(60) + "</p></body></html>";

        String md = extract(html).text();

        assertThat(md).contains("Visible paragraph", "shown on desktop").doesNotContain("secret", "build 1234");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div><span>".repeat(20_000) + "deep text" + "</span></div>".repeat(20_000)
                + "</body></html>";

        Compressed out = extract(html);

        assertThat(out.text().length()).isLessThanOrEqualTo(html.length());
    }

    @Test
    void timingPerHundredKilobytesIsReported() {
        String page = DocsPageFixture.docsPage();
        int reps = 60;
        for (int i = 0; i < reps; i++) {
            extract(page);
        }
        long start = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            extract(page);
        }
        double msPer100k = (System.nanoTime() - start) / 1e6 / reps * 100_000 / page.length();
        System.out.printf("html_extractor: %.2f ms per 100 KB (page %d chars)%n", msPer100k, page.length());
        assertThat(msPer100k).isPositive();
    }
}
