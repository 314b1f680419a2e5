package ai.headroom.core.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

class CodeCompressorTest {

    private final CodeCompressor compressor = new CodeCompressor();

    private static Compressed compress(CodeCompressor compressor, String text, String language) {
        return compressor.compress(text, language, CompressionContext.of(text, ""));
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void realLookingServicesLoseAtLeastHalfTheirBytesAndKeepEverySignature(CodeLanguage language) {
        // given
        String source = CodeSamples.source(language);
        List<String> signatures = Signatures.of(language, source);
        // when
        Compressed out = compress(compressor, source, language.id());
        // then
        assertThat(source.lines().count()).isBetween(200L, 600L);
        assertThat(signatures).hasSizeGreaterThan(20);
        assertThat(out.lossy()).isTrue();
        assertThat(bytes(out.text())).isLessThanOrEqualTo(bytes(source) / 2);
        assertThat(out.text().lines().toList()).containsAll(signatures);
    }

    @Test
    void multiByteTextBeforeAFunctionDoesNotShiftWhichRowsAreCut() {
        // given: every row before the body holds characters of two, three and four UTF-8 bytes
        String body = IntStream.range(0, 30).mapToObj(i -> "    total += weights[" + i + "]  # poids n°" + i + "\n")
                .reduce("", String::concat);
        String source = "# Grüße — 日本語 🙂\nLABEL = \"Zürich 🙂\"\n\n\ndef weigh(weights):\n    total = 0\n" + body
                + "    return total\n\n\ndef après():\n    return \"fin\"\n";
        // when
        Compressed out = compress(compressor, source, "python");
        // then
        assertThat(out.lossy()).isTrue();
        assertThat(out.text()).startsWith("# Grüße — 日本語 🙂\nLABEL = \"Zürich 🙂\"\n\n\ndef weigh(weights):\n    total = 0\n")
                .contains("lines omitted]", "def après():\n    return \"fin\"\n")
                .doesNotContain("weights[29]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "café"})
    void codeHoldingALoneSurrogateIsLeftUnchanged(String word) {
        // given: a broken UTF-16 string (in ASCII or in multi-byte text), which the UTF-8 encoder replaces
        String body = IntStream.range(0, 30).mapToObj(i -> "    total += " + i + "\n").reduce("", String::concat);
        String source = "LABEL = \"" + word + " \uD83D\"\n\ndef weigh():\n    total = 0\n" + body + "    return total\n";
        // when
        Compressed out = compress(compressor, source, "python");
        // then
        assertThat(out.text()).isEqualTo(source);
        assertThat(out.lossy()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void theLanguageOfEverySampleIsDetected(CodeLanguage language) {
        assertThat(new CodeLanguageDetector().detect(CodeSamples.source(language))).contains(language);
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void theSkeletonStillParsesAsCodeOfItsLanguage(CodeLanguage language) {
        // given
        String source = CodeSamples.source(language);
        // when
        String skeleton = compress(compressor, source, language.id()).text();
        // then: no more parse errors than the original had (the C++ grammar trips on one construct)
        assertThat(errorCount(language, skeleton)).isLessThanOrEqualTo(errorCount(language, source));
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void oneMarkerPointsAtTheOriginalInATrailingComment(CodeLanguage language) {
        // given
        String source = CodeSamples.source(language);
        CompressionContext ctx = CompressionContext.of(source, "");
        // when
        String out = compressor.compress(source, language.id(), ctx).text();
        // then
        List<String> markerLines = out.lines().filter(CcrMarker::isMarked).toList();
        assertThat(markerLines).hasSize(1);
        assertThat(markerLines.get(0)).startsWith(language.lineComment() + " [code skeleton");
        assertThat(CcrMarker.hashesIn(out)).containsExactly(ctx.hash());
    }

    @Test
    void aLongBodyKeepsItsFirstStatementAndSaysHowManyLinesWereOmitted() {
        // given
        String source = """
                def settle(ledger, entries):
                    \"\"\"Posts every entry to the ledger.

                    Entries are applied in order; a failure rolls back the batch.
                    \"\"\"
                    total = 0
                    for entry in entries:
                        ledger.post(entry)
                        total += entry.amount
                    ledger.commit()
                    return total
                """;
        // when
        String out = compress(compressor, source, "python").text();
        // then
        assertThat(out).startsWith("""
                def settle(ledger, entries):
                    \"\"\"Posts every entry to the ledger.\"\"\"
                    total = 0
                    # … [8 lines omitted]
                """);
    }

    @Test
    void shortBodiesStayWhole() {
        // given
        String shortMethod = """
                    public int total(List<Line> lines) {
                        int sum = 0;
                        for (Line line : lines) sum += line.amount();
                        return sum;
                    }
                """;
        String source = "package shop;\n\npublic class Cart {\n\n" + shortMethod + "\n" + longJavaMethod() + "}\n";
        // when
        String out = compress(compressor, source, "java").text();
        // then
        assertThat(out).contains(shortMethod).contains("// … [");
    }

    @Test
    void aJavadocIsCutToItsFirstLine() {
        // given
        String source = "package shop;\n\npublic class Cart {\n"
                + "    /**\n     * Sums the cart.\n     *\n     * @param lines the lines\n     * @return the total\n     */\n"
                + longJavaMethod() + "}\n";
        // when
        String out = compress(compressor, source, "java").text();
        // then
        assertThat(out).contains("    /** Sums the cart. */\n    public void checkout(Cart cart) {\n").doesNotContain("@param");
    }

    @Test
    void codeThatDoesNotParseIsLeftUnchanged() {
        // given: a class whose braces never close
        String source = "package shop;\n\npublic class Cart {\n" + longJavaMethod().replace("    }\n", "") + "\n";
        // when
        Compressed out = compress(compressor, source, "java");
        // then
        assertThat(out).isEqualTo(Compressed.unchanged(source));
    }

    @Test
    void anUnknownLanguageIsLeftUnchanged() {
        String source = CodeSamples.source(CodeLanguage.JAVA);
        assertThat(compress(compressor, source, "cobol")).isEqualTo(Compressed.unchanged(source));
    }

    @Test
    void withoutAStoreCodeIsLeftUnchanged() {
        String source = CodeSamples.source(CodeLanguage.GO);
        Compressed out = compressor.compress(source, "go", CompressionContext.of(source, "").losslessOnly());
        assertThat(out).isEqualTo(Compressed.unchanged(source));
    }

    @Test
    void proseIsNotMistakenForCode() {
        String prose = "The quarterly report shows revenue up 12% on the back of strong demand.\n".repeat(40);
        assertThat(new CodeLanguageDetector().detect(prose)).isEmpty();
    }

    @Test
    void parallelCallsGiveTheSameBytesAsASingleCall() throws Exception {
        // given
        List<String> sources = IntStream.range(0, 32)
                .mapToObj(i -> CodeSamples.source(CodeLanguage.values()[i % CodeLanguage.values().length]))
                .toList();
        List<String> expected = sources.stream().map(s -> compressor.compress(s, CompressionContext.of(s, "")).text()).toList();
        // when
        List<String> actual;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> futures = sources.stream()
                    .map(s -> pool.submit(() -> compressor.compress(s, CompressionContext.of(s, "")).text()))
                    .toList();
            actual = futures.stream().map(CodeCompressorTest::join).toList();
        }
        // then
        assertThat(actual).isEqualTo(expected);
    }

    private static String longJavaMethod() {
        return """
                    public void checkout(Cart cart) {
                        validate(cart);
                        Payment payment = payments.authorize(cart.total());
                        if (!payment.approved()) {
                            throw new PaymentDeclinedException(payment.reason());
                        }
                        orders.place(cart, payment);
                        cart.clear();
                    }
                """;
    }

    private static int errorCount(CodeLanguage language, String text) {
        TSParser parser = new TSParser();
        parser.setLanguage(language.grammar().orElseThrow());
        TSTree tree = parser.parseString(null, text);
        return tree.getRootNode().hasError() ? countErrors(tree.getRootNode()) : 0;
    }

    private static int countErrors(org.treesitter.TSNode node) {
        int found = node.isError() || node.isMissing() ? 1 : 0;
        for (int i = 0; i < node.getChildCount(); i++) {
            found += countErrors(node.getChild(i));
        }
        return found;
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
