package ai.headroom.core.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchCompressorTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private static Compressed compress(String text, String query) {
        return new SearchCompressor().compress(text, CompressionContext.of(text, query));
    }

    @Test
    void aHundredAndFiftyMatchesShrinkByOverEightyPercent() {
        String grep = SearchFixtures.grepOverFortyFiles();

        Compressed out = compress(grep, "");

        assertThat(grep.lines().count()).isEqualTo(150);
        assertThat(out.lossy()).isTrue();
        assertThat(bytes(out.text())).isLessThanOrEqualTo(bytes(grep) * 20 / 100);
        assertThat(O200K.countTokens(out.text())).isLessThanOrEqualTo(O200K.countTokens(grep) * 20 / 100);
    }

    @Test
    void everyErrorLineIsKeptVerbatimUnderItsFile() {
        String grep = SearchFixtures.grepOverFortyFiles();

        String out = compress(grep, "").text();

        List<String> errorLines = grep.lines().filter(l -> {
            String lower = l.toLowerCase(Locale.ROOT);
            return lower.contains("error") || lower.contains("exception") || lower.contains("fail");
        }).toList();
        assertThat(errorLines).hasSizeGreaterThanOrEqualTo(6);
        for (String line : errorLines) {
            String path = line.substring(0, line.indexOf(':'));
            String numbered = line.substring(path.length() + 1);
            assertThat(out).contains(path + "\n" + numbered + "\n");
        }
    }

    @Test
    void everyMatchIsAccountedForAndOneMarkerPointsAtTheOriginal() {
        String grep = SearchFixtures.grepOverFortyFiles();
        CompressionContext ctx = CompressionContext.of(grep, "");

        String out = new SearchCompressor().compress(grep, ctx).text();

        long shown = out.lines().filter(l -> l.matches("\\d+:.*")).count();
        int inShownFiles = sum(out, "\\[\\.\\.\\. and (\\d+) more matches in ");
        int named = sum(out, "\\.java \\((\\d+)\\)");
        int rest = sum(out, " and \\d+ more files with (\\d+) matches under src/\\]");
        assertThat(shown + inShownFiles + named + rest).isEqualTo(150);
        assertThat(out).containsPattern("\\[34 more files with 121 matches: src/")
                .contains(" and 29 more files with ")
                .contains("[150 matches in 40 files, ")
                .containsOnlyOnce("Retrieve more: hash=" + ctx.hash());
    }

    @Test
    void theOmittedFilesWithMostMatchesAreNamedFirst() {
        String grep = SearchFixtures.grepOverFortyFiles();

        String out = compress(grep, "").text();

        String omitted = out.lines().filter(l -> l.startsWith("[34 more files")).findFirst().orElseThrow();
        List<Integer> namedCounts = java.util.regex.Pattern.compile("\\.java \\((\\d+)\\)").matcher(omitted).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
        List<Integer> omittedCounts = grep.lines().map(l -> l.substring(0, l.indexOf(':'))).distinct()
                .filter(path -> !out.contains(path + "\n"))
                .map(path -> (int) grep.lines().filter(l -> l.startsWith(path + ":")).count())
                .sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(namedCounts).hasSize(OmittedFiles.NAMED);
        assertThat(namedCounts.stream().sorted(java.util.Comparator.reverseOrder()).toList())
                .isEqualTo(omittedCounts.subList(0, OmittedFiles.NAMED));
    }

    @Test
    void anOmittedFileWhosePathNamesWhatWasAskedIsNamedAheadOfBusierFiles() {
        String grep = IntStream.range(0, 12).mapToObj(f -> IntStream.range(0, f == 9 ? 2 : 6)
                        .mapToObj(m -> "src/" + (f == 9 ? "ledger/LedgerExport" : "mod" + f + "/Handler" + f) + ".java:"
                                + (10 + m) + ":    audit.record(event" + m + ");")
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));

        String out = compress(grep, "why does the ledger export skip events?").text();

        assertThat(out).contains("src/ledger/LedgerExport.java (2)");
    }

    @Test
    void queryMatchesAreShownWithinThePerFileTotalAndFileLimits() {
        String grep = IntStream.range(0, 20).mapToObj(f -> IntStream.range(0, 8)
                        .mapToObj(m -> "lib/mod" + f + "/refund_" + f + ".py:" + (10 + m) + ":    refund_amount_" + m
                                + " = compute_refund(order_" + f + ", " + m + ")")
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));

        String out = compress(grep, "how is the refund amount computed?").text();

        List<String> shown = out.lines().filter(l -> l.matches("\\d+:.*")).toList();
        List<String> headings = out.lines().filter(l -> l.startsWith("lib/")).toList();
        assertThat(shown).hasSize(30);
        assertThat(headings).hasSize(6);
        assertThat(out).contains("[... and 3 more matches in refund_0.py]")
                .contains("[14 more files with 112 matches: lib/mod6/refund_6.py (8), ");
    }

    @Test
    void windowsPathsAndColumnsAreParsed() {
        String grep = SearchFixtures.windowsPathsWithColumns();

        String out = compress(grep, "").text();

        assertThat(out).contains("C:\\src\\service\\main.py\n40:9:    raise RuntimeError('startup failed')\n")
                .contains("C:\\src\\service\\handlers\\handler_0.py\n12:5:")
                .contains("[6 more files with 36 matches: C:\\src\\service\\handlers\\{handler_4.py (6), handler_5.py (6), ");
    }

    @Test
    void ripgrepHeadingModeKeepsTheContextOfShownMatches() {
        String rg = SearchFixtures.ripgrepHeadingWithContext();

        String out = compress(rg, "").text();

        assertThat(out).contains("app/billing/views_0.py\n9-    def handle_0(self, request):\n"
                + "10:        # TODO(ana): validate the payload before saving batch 0\n11-        payload = request.json()\n"
                + "[... and 3 more matches in views_0.py]\n");
    }

    @Test
    void withoutAStoreEachPathIsWrittenOnceAndNothingIsDropped() {
        String grep = SearchFixtures.grepOverFortyFiles();

        Compressed out = new SearchCompressor().compress(grep, CompressionContext.of(grep, "").losslessOnly());

        assertThat(out.lossy()).isFalse();
        assertThat(CcrMarker.isMarked(out.text())).isFalse();
        assertThat(out.text().lines().filter(l -> l.matches("\\d+:.*")).count()).isEqualTo(150);
        assertThat(out.text().lines().filter(l -> l.startsWith("src/")).count()).isEqualTo(40);
        assertThat(bytes(out.text())).isLessThan(bytes(grep) * 70 / 100);
    }

    @Test
    void textThatIsNotSearchOutputIsReturnedUnchanged() {
        String prose = IntStream.range(0, 40).mapToObj(i -> "The quick brown fox jumps over dog number " + i + ".")
                .collect(Collectors.joining("\n"));

        assertThat(compress(prose, "").text()).isSameAs(prose);
    }

    private static int sum(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
