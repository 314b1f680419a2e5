package ai.headroom.core.compress.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.headroom.core.compress.CompressionContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonSkimmerTest {

    private static final CodeCompressorSettings DEFAULTS = CodeCompressorSettings.defaults();

    static Stream<Arguments> samples() {
        return PythonSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> settingsAndSamples() {
        List<CodeCompressorSettings> settings = List.of(new CodeCompressorSettings(3, 0, 2),
                new CodeCompressorSettings(3, 2, 2), new CodeCompressorSettings(5, 0, 2), new CodeCompressorSettings(8, 2, 2));
        return settings.stream().flatMap(s -> PythonSamples.all().entrySet().stream()
                .map(e -> Arguments.of(s, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void handWrittenShapesCompressAlikeFromTheSkimAndFromTheWholeSource(String name, String source) {
        assertSkimmedAlike(source, DEFAULTS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("settingsAndSamples")
    void otherSettingsCompressAlikeFromTheSkimAndFromTheWholeSource(CodeCompressorSettings settings, String name,
            String source) {
        assertSkimmedAlike(source, settings);
    }

    @Test
    void theGeneratedServiceCompressesAlikeFromTheSkim() {
        assertSkimmedAlike(CodeSamples.source(CodeLanguage.PYTHON), DEFAULTS);
    }

    @Test
    void theBenchFixtureCompressesAlikeFromTheSkim() throws IOException {
        assertSkimmedAlike(Files.readString(Path.of("bench/fixtures/code-service.py")), DEFAULTS);
    }

    @Test
    void crlfLineEndingsCompressAlikeFromTheSkim() {
        for (String source : PythonSamples.all().values()) {
            assertSkimmedAlike(source.replace("\n", "\r\n"), DEFAULTS);
        }
    }

    @Test
    void theBlankedBodyKeepsItsFirstStatementAndEveryRow() {
        // given
        String source = "def weigh(weights, factor):\n    \"\"\"Doc.\"\"\"\n    total = 0\n" + PythonSamples.body("    ", 6)
                + "    return total  # done\n";
        // when
        Skim skim = PythonSkimmer.skim(utf8(source), DEFAULTS).orElseThrow();
        String text = new String(skim.text(), StandardCharsets.UTF_8);
        // then
        assertThat(text).hasSameSizeAs(source).startsWith("def weigh(weights, factor):\n    \"\"\"    \"\"\"\n    total = 0\n    (\"\"\"")
                .endsWith("\"\"\")  # done\n").doesNotContain("weights[").doesNotContain("return");
        assertThat(text.lines().count()).isEqualTo(source.lines().count());
        assertThat(skim.checked()).containsExactly(source.indexOf("total +="), source.indexOf("  # done"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "def f(x):\n    a = 'unterminated\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = \"\"\"never closed\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = (1, 2\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = [1, 2)\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = 1\n\tb = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\r    a = 1\r    b = 1\r    c = 2\r    d = 3\r    e = 4\r    f = 5\r    return a\r",
        "def f(x):\n    a = 1\n      b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = 1\n  b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = 1 \\ 2\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    f = 5\n    return a\n",
        "def f(x):\n    a = 1\n    b = 1\n    c = 2\n    d = 3\n    e = 4\n    if a:\n",
    })
    void oddSourceIsNotSkimmedAndCompressesAsBefore(String source) {
        // when
        Optional<Skim> skim = PythonSkimmer.skim(utf8(source), DEFAULTS);
        // then
        assertThat(skim).isEmpty();
        assertThat(compress(source, DEFAULTS, true)).isEqualTo(compress(source, DEFAULTS, false));
    }

    @Test
    void shortBodiesAndBodiesKeptWholeAreNotSkimmed() {
        // given: each body holds no more than a docstring and its first statement, which the planner keeps
        String source = "def f(x):\n    return g(x, 1)\n\n\ndef h(x):\n    'Doc.'\n    return x + 1\n";
        // then
        assertThat(PythonSkimmer.skim(utf8(source), DEFAULTS)).isEmpty();
    }

    @Test
    void aMultiRowFirstStatementIsBlankedBehindAPlaceholderSpanningRowsToo() {
        // given: the planner keeps no statement spanning rows, so all it learns of one is that it spans rows
        String source = "def f(x):\n    return g(\n        x,\n        1,\n        2,\n        3,\n    )\n";
        // when
        Skim skim = PythonSkimmer.skim(utf8(source), DEFAULTS).orElseThrow();
        // then
        String text = new String(skim.text(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("def f(x):\n    (\"\"\"").endsWith("\n \"\"\")\n");
        assertThat(text.replace(" ", "")).isEqualTo("deff(x):\n(\"\"\"\n\n\n\n\n\"\"\")\n");
        assertSkimmedAlike(source, DEFAULTS);
    }

    @Test
    void tripleQuotedTextsAreBlankedButFormattedOnesAreNot() {
        // given
        String source = """
                X = '''one
                two'''
                Y = f\"""{X}
                \"""
                Z = rb\"""\\d\"""
                """;
        // when
        Skim skim = PythonSkimmer.skim(utf8(source), DEFAULTS).orElseThrow();
        // then
        assertThat(new String(skim.text(), StandardCharsets.UTF_8)).isEqualTo("""
                X = '''  \s
                   '''
                Y = f\"""{X}
                \"""
                Z = rb\"""  \"""
                """);
        assertThat(skim.checked()).isEmpty();
    }

    @Test
    void theStandardLibraryHeadCompressesAlikeFromTheSkim() throws IOException {
        List<Path> files = StdlibSweep.stdlibFiles();
        assumeTrue(!files.isEmpty(), "no Python standard library on this machine");
        // given: the first 400 files in sorted order keep the sweep under a few seconds
        StdlibSweep sweep = StdlibSweep.run(files.subList(0, Math.min(400, files.size())), DEFAULTS);
        // then
        assertThat(sweep.mismatches()).isEmpty();
        assertThat(sweep.skimmed()).isGreaterThan(sweep.files() / 2);
    }

    /**
     * Run by hand: {@code -Dheadroom.pyskim.sweep=true}, optionally {@code -Dheadroom.pyskim.settings=3,0}
     * (maxBodyLines, keptBodyLines); prints figures, asserts only that outputs agree.
     */
    @Test
    @EnabledIfSystemProperty(named = "headroom.pyskim.sweep", matches = "true")
    void theWholeStandardLibraryCompressesAlikeFromTheSkim() throws IOException {
        String[] chosen = System.getProperty("headroom.pyskim.settings", "5,1").split(",");
        CodeCompressorSettings settings = new CodeCompressorSettings(Integer.parseInt(chosen[0]),
                Integer.parseInt(chosen[1]), DEFAULTS.toleratedErrors());
        List<Path> files = StdlibSweep.stdlibFiles();
        StdlibSweep sweep = StdlibSweep.run(files, settings);
        System.out.printf("stdlib: %d files, %d skimmed, %d skim parse errors, %d unconfirmed, %d mismatches, "
                + "%.1f%% of bytes blanked%n", sweep.files(), sweep.skimmed(), sweep.parseErrors(), sweep.unconfirmed(),
                sweep.mismatches().size(), 100.0 * sweep.blankedBytes() / sweep.bytes());
        sweep.mismatches().forEach(m -> System.out.println("mismatch: " + m));
        byte[] fixture = Files.readAllBytes(Path.of("bench/fixtures/code-service.py"));
        byte[] skim = PythonSkimmer.skim(fixture, DEFAULTS).orElseThrow().text();
        System.out.printf("code-service.py: skim %.1f µs, parse whole %.1f µs, parse skim %.1f µs per 100 KB%n",
                medianMicros(() -> PythonSkimmer.skim(fixture, DEFAULTS)) * 100_000 / fixture.length,
                medianMicros(() -> NativeTreeSitter.parse(CodeLanguage.PYTHON, fixture, 0, 5)) * 100_000 / fixture.length,
                medianMicros(() -> NativeTreeSitter.parse(CodeLanguage.PYTHON, skim, 0, 5)) * 100_000 / fixture.length);
        assertThat(sweep.mismatches()).isEmpty();
    }

    private static double medianMicros(Runnable task) {
        for (int i = 0; i < 300; i++) {
            task.run();
        }
        long[] nanos = new long[300];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            task.run();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1_000.0;
    }

    private static void assertSkimmedAlike(String source, CodeCompressorSettings settings) {
        byte[] utf8 = utf8(source);
        Optional<Skim> skim = PythonSkimmer.skim(utf8, settings);
        assertThat(skim).as("skim").isPresent();
        assertThat(skim.get().text()).hasSameSizeAs(utf8).isNotEqualTo(utf8);
        assertThat(StdlibSweep.skimPlanHolds(source, settings)).as("skim parses cleanly and is confirmed").isTrue();
        assertThat(compress(source, settings, true)).isEqualTo(compress(source, settings, false));
    }

    static String compress(String source, CodeCompressorSettings settings, boolean skims) {
        return new CodeCompressor(settings, SyntaxTrees::parse, skims)
                .compress(source, CodeLanguage.PYTHON, CompressionContext.of(source, "")).text();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
