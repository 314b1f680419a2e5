package ai.headroom.core.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiffCompressorTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private static Compressed compress(DiffCompressor compressor, String diff, String query) {
        return compressor.compress(diff, CompressionContext.of(diff, query));
    }

    @Test
    void theRefactorFixtureSavesSixtyPercentOfBytesAndTokens() {
        String diff = DiffFixtures.refactorAcrossThirtyFiles();

        Compressed out = compress(new DiffCompressor(), diff, "");

        assertThat(diff.split("\n")).hasSizeBetween(1_800, 2_200);
        assertThat(bytes(out.text())).isLessThanOrEqualTo(bytes(diff) * 40 / 100);
        assertThat(O200K.countTokens(out.text())).isLessThanOrEqualTo(O200K.countTokens(diff) * 40 / 100);
    }

    @Test
    void everyFileHeaderLineIsKept() {
        String diff = DiffFixtures.refactorAcrossThirtyFiles();

        String out = compress(new DiffCompressor(), diff, "").text();

        List<String> headers = diff.lines().filter(l -> l.startsWith("diff --git ") || l.startsWith("index ")
                || l.startsWith("--- ") || l.startsWith("+++ ") || l.startsWith("rename ") || l.startsWith("similarity ")
                || l.startsWith("deleted file ") || l.startsWith("Binary files ")).toList();
        assertThat(headers).hasSizeGreaterThan(120);
        assertThat(out.lines().toList()).containsSubsequence(headers);
    }

    @Test
    void theSecurityHunkIsKeptAmongMechanicalEdits() {
        String diff = DiffFixtures.refactorAcrossThirtyFiles();

        String out = compress(new DiffCompressor(), diff, "").text();

        assertThat(out).contains(DiffFixtures.SECURITY_LINE)
                .contains("-            LOG.debug(\"token ok for \" + user + \" password=\" + password);");
    }

    @Test
    void theSummaryCountsFilesAddedAndRemovedLinesInTheMarker() {
        String diff = DiffFixtures.refactorAcrossThirtyFiles();
        CompressionContext ctx = CompressionContext.of(diff, "");
        long files = diff.lines().filter(l -> l.startsWith("diff --git ")).count();
        long added = diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++ ")).count();
        long removed = diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("--- ")).count();

        Compressed out = new DiffCompressor().compress(diff, ctx);

        assertThat(out.lossy()).isTrue();
        assertThat(out.text()).containsOnlyOnce("Retrieve more: hash=")
                .containsPattern("\\[" + files + " files changed, \\+" + added + " -" + removed
                        + " lines, \\d+ hunks omitted\\. Retrieve more: hash=" + ctx.hash() + "]");
    }

    @Test
    void contextIsTrimmedToTwoLinesAndTheHunkSplitWithRecountedHeaders() {
        List<String> body = new ArrayList<>();
        IntStream.rangeClosed(1, 3).forEach(i -> body.add(" c" + i));
        body.add("-a");
        body.add("+A");
        IntStream.rangeClosed(4, 11).forEach(i -> body.add(" c" + i));
        body.add("-b");
        body.add("+B");
        IntStream.rangeClosed(12, 14).forEach(i -> body.add(" c" + i));
        Hunk hunk = Hunk.of("@@ -20,16 +20,16 @@ section", HunkHeader.parse("@@ -20,16 +20,16 @@ section"), 1, body);

        String out = String.join("\n", ContextTrimmer.trim(hunk, 2)) + "\n";

        assertThat(out).isEqualTo("""
                @@ -21,5 +21,5 @@ section
                 c2
                 c3
                -a
                +A
                 c4
                 c5
                @@ -30,5 +30,5 @@ section
                 c10
                 c11
                -b
                +B
                 c12
                 c13
                """);
    }

    @Test
    void combinedDiffHunksKeepOneRangePerParent() {
        String diff = DiffSamples.mergeWithCombinedHunks();

        String out = compress(new DiffCompressor(), diff, "").text();

        assertThat(out).contains("diff --cc src/main/java/com/acme/net/RetryPolicy.java\n")
                .contains("@@@ -14,5 -14,6 +14,6 @@@ public final class RetryPolicy {\n")
                .contains("@@@ -24,5 -25,4 +25,5 @@@ public final class RetryPolicy {\n")
                .contains("++    private static final int MAX_ATTEMPTS = config.maxAttempts();\n")
                .contains("Merge branch 'feature/retry-policy' into main");
    }

    @Test
    void binaryPatchDataIsCountedNotCopiedAndNoNewlineNotesStay() {
        String diff = DiffSamples.gitShowWithBinaryPatch();

        String out = compress(new DiffCompressor(), diff, "").text();

        assertThat(out).contains("new file mode 100644\nindex 0000000..a1b2c3d\nGIT binary patch\n")
                .contains("[binary patch data omitted: 35 lines]")
                .doesNotContain("zcmV")
                .contains("-Uploads up to 50 MB.\n\\ No newline at end of file\n+Uploads up to 10 MB.\n\\ No newline at end of file\n")
                .contains("FIXME: make configurable per tenant");
    }

    @Test
    void aFileKeepsAtMostTenHunksIncludingItsFirstAndLast() {
        String diff = distinctHunks("src/Big.java", 15, 1);

        String out = compress(new DiffCompressor(), diff, "").text();

        assertThat(out.lines().filter(l -> l.startsWith("@@ "))).hasSize(10);
        assertThat(out).contains("+value_a = compute(0)").contains("+value_o = compute(14)")
                .contains("[... ").contains("hunks omitted");
    }

    @Test
    void aQueryWordBringsItsHunkIntoTheChosenTen() {
        String diff = distinctHunks("src/Big.java", 15, 1);

        String without = compress(new DiffCompressor(), diff, "").text();
        String with = compress(new DiffCompressor(), diff, "what changed in value_h?").text();

        assertThat(without).doesNotContain("+value_h = compute(7)");
        assertThat(with).contains("+value_h = compute(7)");
    }

    @Test
    void filesBeyondTheLimitKeepTheirHeadersAndACount() {
        String diff = IntStream.range(0, 5).mapToObj(i -> distinctHunks("src/F" + i + ".java", 3, i))
                .collect(Collectors.joining());

        String out = compress(new DiffCompressor(new DiffSettings(0, 2, 10, 2)), diff, "").text();

        assertThat(out.lines().filter(l -> l.startsWith("diff --git "))).hasSize(5);
        assertThat(out.lines().filter(l -> l.matches("\\[3 hunks omitted: \\+\\d+ -\\d+]"))).hasSize(3);
    }

    @Test
    void shortDiffsAndLosslessRequestsPassThroughUntouched() {
        String shortDiff = distinctHunks("src/Small.java", 2, 0);
        String big = DiffFixtures.refactorAcrossThirtyFiles();

        Compressed small = compress(new DiffCompressor(), shortDiff, "");
        Compressed lossless = new DiffCompressor().compress(big, CompressionContext.of(big, "").losslessOnly());

        assertThat(shortDiff.split("\n")).hasSizeLessThan(50);
        assertThat(small.text()).isSameAs(shortDiff);
        assertThat(lossless.text()).isSameAs(big);
        assertThat(CcrMarker.isMarked(small.text() + lossless.text())).isFalse();
    }

    @Test
    void textThatIsNotADiffIsReturnedUnchanged() {
        String log = IntStream.range(0, 80).mapToObj(i -> "2024-06-11 10:00:" + i + " INFO request " + i + " done")
                .collect(Collectors.joining("\n"));

        assertThat(compress(new DiffCompressor(), log, "").text()).isSameAs(log);
    }

    /** A file diff whose hunks change different things; hunk {@code h} changes {@code value_<letter h>}. */
    private static String distinctHunks(String path, int hunks, int seed) {
        StringBuilder sb = new StringBuilder("diff --git a/" + path + " b/" + path + "\nindex 1234567..89abcde 100644\n");
        sb.append("--- a/").append(path).append("\n+++ b/").append(path).append('\n');
        for (int h = 0; h < hunks; h++) {
            int changes = 1 + (h * 5 + seed) % 4;
            // Letters, not digits: digits are blanked when telling repeated edits apart.
            char name = (char) ('a' + h);
            sb.append("@@ -").append(h * 40 + 1).append(',').append(6 + changes).append(" +").append(h * 40 + 1)
                    .append(',').append(6 + changes).append(" @@\n");
            sb.append("     int a").append(h).append(" = 1;\n     int b").append(h).append(" = 2;\n     int c = 3;\n");
            for (int c = 0; c < changes; c++) {
                sb.append("-value_").append(name).append(c == 0 ? "" : "_" + c).append(" = old(").append(h).append(")\n");
            }
            for (int c = 0; c < changes; c++) {
                sb.append("+value_").append(name).append(c == 0 ? "" : "_" + c).append(" = compute(").append(h).append(")\n");
            }
            sb.append("     int d = 4;\n     int e").append(h).append(" = 5;\n     int f").append(h).append(" = 6;\n");
        }
        return sb.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
