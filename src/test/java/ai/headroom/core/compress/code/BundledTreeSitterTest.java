package ai.headroom.core.compress.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundledTreeSitterTest {

    private static final List<String> FIELDS = List.of("body", "name", "parameters");

    @BeforeEach
    void onLinuxX8664() {
        assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).contains("linux");
        assumeThat(System.getProperty("os.arch")).isIn("amd64", "x86_64");
    }

    @Test
    void theBundledLibraryLoadsOnLinuxX8664() {
        assertThat(NativeTreeSitter.available()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void bothBindingsGiveTheSameTreeForEveryLanguage(CodeLanguage language) {
        assertSameTree(language, CodeSamples.source(language));
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void bothBindingsGiveTheSameTreeForBrokenCode(CodeLanguage language) {
        String source = CodeSamples.source(language);
        String broken = source.substring(0, source.length() / 3) + "\n)}]{ :=> @@ \"unclosed\n" + source.substring(source.length() / 2);
        assertSameTree(language, broken);
    }

    @Test
    void bothBindingsCountBytesAlikeInMultiByteText() {
        String source = """
                # Grüße — 日本語 🙂
                def greet(name: str) -> str:
                    \"\"\"Says hello in three scripts: é, ж, 漢.\"\"\"
                    return f"héllo {name} 🙂"
                """;
        assertSameTree(CodeLanguage.PYTHON, source);
    }

    @Test
    void everyCompressorSourceOfThisProjectParsesAlikeWithBothBindings() throws IOException {
        // The skeleton test below covers every file; full trees through the slow binding take longer.
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/ai/headroom/core/compress"))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).hasSizeGreaterThan(50);
            sources.forEach(file -> assertSameTree(CodeLanguage.JAVA, read(file)));
        }
    }

    @Test
    void theCompressorWritesTheSameSkeletonWithEitherBindingOnEveryJavaFileOfThisProject() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            long skeletons = files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .filter(file -> assertSameSkeleton(CodeLanguage.JAVA, read(file)))
                    .count();
            assertThat(skeletons).as("files the compressor cut").isGreaterThan(50);
        }
    }

    @ParameterizedTest
    @EnumSource(CodeLanguage.class)
    void theCompressorWritesTheSameSkeletonWithEitherBindingForEveryLanguage(CodeLanguage language) {
        String source = CodeSamples.source(language);
        assertSameSkeleton(language, source);
        assertSameSkeleton(language, source.replace("\n", "\r\n"));
        assertSameSkeleton(language, source.substring(0, source.length() / 3) + "\n)}]{ \"unclosed\n" + source.substring(source.length() / 2));
        for (CodeCompressorSettings tight : List.of(new CodeCompressorSettings(3, 1, 0), new CodeCompressorSettings(30, 5, 2))) {
            assertSameSkeleton(language, source, tight);
        }
    }

    @Test
    void aSpentBudgetCancelsTheParseAndTheNextParseStillWorks() {
        // given: a large file and a deadline already behind us
        String big = CodeSamples.source(CodeLanguage.CPP).repeat(20);
        // when
        var cancelled = SyntaxTrees.bundled(CodeLanguage.CPP, utf8(big), System.nanoTime() - 1, 0);
        var tiny = NativeTreeSitter.parse(CodeLanguage.CPP, big.getBytes(StandardCharsets.UTF_8), 1, 0);
        var next = SyntaxTrees.bundled(CodeLanguage.CPP, utf8(CodeSamples.source(CodeLanguage.CPP)), Long.MAX_VALUE, 0);
        // then
        assertThat(cancelled).isEmpty();
        assertThat(tiny).isEmpty();
        assertThat(next).isPresent();
        assertSameTree(CodeLanguage.CPP, CodeSamples.source(CodeLanguage.CPP));
    }

    @Test
    void emptySourceIsARootWithoutChildren() {
        SyntaxNode root = SyntaxTrees.bundled(CodeLanguage.GO, new byte[0], Long.MAX_VALUE, 0).orElseThrow();
        assertThat(root.children()).isEmpty();
        assertThat(root.endByte()).isZero();
    }

    private static boolean assertSameSkeleton(CodeLanguage language, String source) {
        return assertSameSkeleton(language, source, CodeCompressorSettings.defaults());
    }

    /** Asserts both bindings give the same output and says whether it is a skeleton (lossy). */
    private static boolean assertSameSkeleton(CodeLanguage language, String source, CodeCompressorSettings settings) {
        CompressionContext context = CompressionContext.of(source, "");
        Compressed bundled = new CodeCompressor(settings, SyntaxTrees::parse, true).compress(source, language, context);
        Compressed bonede = new CodeCompressor(settings, SyntaxTrees::bonede, true).compress(source, language, context);
        assertThat(bundled).isEqualTo(bonede);
        return bundled.lossy();
    }

    private static void assertSameTree(CodeLanguage language, String source) {
        String bundled = dump(SyntaxTrees.bundled(language, utf8(source), Long.MAX_VALUE, 0).orElseThrow());
        String bonede = dump(SyntaxTrees.bonede(language, source).orElseThrow());
        assertThat(bundled).isEqualTo(bonede);
    }

    /** One line per node in pre-order: what the planner reads of it, with depth as indentation. */
    private static String dump(SyntaxNode root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(SyntaxNode node, int depth, StringBuilder out) {
        out.append(" ".repeat(depth)).append(node.type()).append(" [").append(node.startByte()).append(", ")
                .append(node.endByte()).append(") named=").append(node.isNamed()).append(" missing=")
                .append(node.isMissing()).append(" error=").append(node.isError()).append(" hasError=")
                .append(node.hasError()).append(" namedChildren=").append(node.namedChildCount());
        for (String field : FIELDS) {
            node.field(field).ifPresent(child -> out.append(' ').append(field).append('@').append(child.startByte()));
        }
        out.append('\n');
        for (SyntaxNode child : node.children()) {
            dump(child, depth + 1, out);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
