package ai.headroom.core.compress.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.headroom.core.compress.CompressionContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The skim of brace-delimited code blanks what the planner never reads and nothing else: the skeleton made
 * from it is byte for byte the one made from the whole source.
 */
class BraceSkimmerTest {

    private static final CodeCompressorSettings DEFAULTS = CodeCompressorSettings.defaults();

    @ParameterizedTest
    @EnumSource(value = CodeLanguage.class, names = "PYTHON", mode = EnumSource.Mode.EXCLUDE)
    void everySampleLanguageGetsTheSameSkeletonFromItsSkim(CodeLanguage language) {
        String source = CodeSamples.source(language);

        assertSkimmedAlike(language, source, DEFAULTS);
    }

    @Test
    void theBenchFilesGetTheSameSkeletonsFromTheirSkims() throws IOException {
        for (String name : List.of("code-service.go", "code-service.java", "code-service.ts")) {
            String source = Files.readString(Path.of("bench/fixtures", name));
            CodeLanguage language = CodeLanguage.byName(name.substring(name.lastIndexOf('.') + 1)).orElseThrow();

            assertSkimmedAlike(language, source, DEFAULTS);
        }
    }

    @Test
    void everyJavaFileOfThisProjectGetsTheSameSkeletonFromItsSkim() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        int skimmed = 0;
        for (Path file : files) {
            String source = Files.readString(file);
            assertThat(compress(CodeLanguage.JAVA, source, DEFAULTS, true))
                    .as(file.toString()).isEqualTo(compress(CodeLanguage.JAVA, source, DEFAULTS, false));
            if (usableSkim(CodeLanguage.JAVA, source, DEFAULTS)) {
                skimmed++;
            }
        }
        assertThat(skimmed).as("files whose skim was used").isGreaterThan(files.size() / 2);
    }

    @Test
    void otherSettingsGetTheSameSkeletonsFromTheirSkims() {
        for (CodeCompressorSettings settings : List.of(new CodeCompressorSettings(3, 0, 2),
                new CodeCompressorSettings(8, 2, 2), new CodeCompressorSettings(12, 4, 1))) {
            for (CodeLanguage language : List.of(CodeLanguage.JAVA, CodeLanguage.GO, CodeLanguage.TYPESCRIPT,
                    CodeLanguage.RUST, CodeLanguage.CPP)) {
                assertSkimmedAlike(language, CodeSamples.source(language), settings);
            }
        }
    }

    @Test
    void theSkimKeepsEveryOffsetAndRow() {
        String source = CodeSamples.source(CodeLanguage.JAVA);
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);

        byte[] skim = Skim.of(CodeLanguage.JAVA, utf8, DEFAULTS).orElseThrow().text();

        assertThat(skim).hasSameSizeAs(utf8);
        for (int i = 0; i < utf8.length; i++) {
            if (skim[i] != utf8[i]) {
                assertThat(skim[i]).as("byte %d", i).isEqualTo((byte) ' ');
                assertThat(utf8[i]).as("byte %d", i).isNotEqualTo((byte) '\n');
            }
        }
    }

    @Test
    void bracesInsideStringsCommentsAndCharactersDoNotCount() {
        String source = """
                public class Quoting {
                    static final String OPEN = "{";
                    static final char CLOSE = '}';
                    // a stray } in a comment
                    /* and { in a block comment */
                    String block = \"""
                        { not a brace }
                        \""";

                    int first(int a) {
                        String s = "}}}";
                        int b = a + 1;
                        int c = b + 1;
                        int d = c + 1;
                        int e = d + 1;
                        return e + s.length();
                    }

                    int second(int a) {
                        char c = '{';
                        int b = a + 1;
                        int d = b + 1;
                        int e = d + 1;
                        int f = e + 1;
                        return f + c;
                    }
                }
                """;

        assertSkimmedAlike(CodeLanguage.JAVA, source, DEFAULTS);
    }

    @Test
    void regularExpressionsAndTemplateLiteralsAreLexedWhole() {
        String source = """
                const pattern = /[{}]+\\/}/g;
                export function render(items) {
                  const head = `<ul class="${items.length > 3 ? 'long' : 'short'}">`;
                  const rows = items.map((item) => `<li>${item.name} {${item.id}}</li>`);
                  const ratio = items.length / 2;
                  const cleaned = head.replace(/}/g, '');
                  const tail = `</ul>`;
                  return cleaned + rows.join('') + tail + ratio;
                }

                export class View {
                  show(x) {
                    if (x) {
                      return render([x]);
                    }
                    const y = x / 3 / 4;
                    return render([y]);
                  }
                }
                """;

        assertSkimmedAlike(CodeLanguage.JAVASCRIPT, source, DEFAULTS);
    }

    @Test
    void rustRawStringsLifetimesAndNestedCommentsAreLexedWhole() {
        String source = """
                /* outer /* inner { */ still a comment } */
                pub struct Holder<'a> {
                    name: &'a str,
                }

                impl<'a> Holder<'a> {
                    pub fn render(&self) -> String {
                        let raw = r#"{"name": "}"}"#;
                        let brace = '{';
                        let other = '}';
                        let label = format!("{}{}", brace, other);
                        'outer: for _ in 0..3 { break 'outer; }
                        format!("{}{}{}", raw, label, self.name)
                    }

                    pub fn size(&self) -> usize {
                        let a = self.name.len();
                        let b = a + 1;
                        let c = b + 1;
                        let d = c + 1;
                        d + 1
                    }
                }
                """;

        assertSkimmedAlike(CodeLanguage.RUST, source, DEFAULTS);
    }

    @Test
    void goRawStringsAndFunctionLiteralsAreSkimmed() {
        String source = """
                package main

                import "fmt"

                var usage = `usage: tool {flags}
                  more text }
                `

                func main() {
                	handler := func(x int) int {
                		y := x + 1
                		z := y + 1
                		w := z + 1
                		v := w + 1
                		return v
                	}
                	fmt.Println(usage, handler(1), '}')
                }

                func helper(values []int) (int, error) {
                	total := 0
                	for _, v := range values {
                		total += v
                	}
                	if total > 10 {
                		return 0, fmt.Errorf("too big: %d", total)
                	}
                	return total, nil
                }
                """;

        assertSkimmedAlike(CodeLanguage.GO, source, DEFAULTS);
    }

    @Test
    void cppRawStringsDigitSeparatorsAndDirectivesAreLexedWhole() {
        String source = """
                #include <string>
                #define OPEN {

                namespace app {

                const long big = 1'000'000;

                std::string text() {
                    auto raw = R"json({"a": "}"})json";
                    auto more = std::string("{");
                    auto n = big + 1;
                    auto m = n + 1;
                    auto k = m + 1;
                    return raw + more + std::to_string(k);
                }

                int guarded(int x) {
                #ifdef DEBUG
                    x += 1;
                #endif
                    int y = x + 1;
                    int z = y + 1;
                    int w = z + 1;
                    return w;
                }

                }  // namespace app
                """;

        assertSkimmedAlike(CodeLanguage.CPP, source, DEFAULTS);
    }

    @Test
    void aMultiRowFirstStatementIsKeptAsThePlannerSeesIt() {
        String source = """
                export class Retry {
                  async cancel(id: string): Promise<boolean> {
                    for (let attempt = 1; attempt <= 3; attempt++) {
                      try {
                        await this.run(id);
                        return true;
                      } catch (err: unknown) {
                        this.log(err);
                      }
                    }
                    return false;
                  }

                  poll(id: string) {
                    return this.fetch(id)
                      .then((x) => x.value)
                      .catch(() => undefined)
                      .finally(() => this.done(id))
                      .then((v) => v ?? null)
                      .then((v) => v);
                  }

                  watch(id: string) {
                    if (this.ready)
                      return this.start(id)
                    const a = 1
                    const b = a + 1
                    const c = b + 1
                    return c
                  }
                }
                """;

        assertSkimmedAlike(CodeLanguage.TYPESCRIPT, source, DEFAULTS);
    }

    @Test
    void bracesAWrongGuessCalledABodyAreParsedWholeAndTheSkeletonIsUnchanged() {
        // LIST_FOR_EACH looks like a function header to the lexer; the plan does not confirm it.
        String source = """
                void drain(struct list *head) {
                    struct node *n;
                    LIST_FOR_EACH(n, head) {
                        n->count = 0;
                        n->next = 0;
                        n->prev = 0;
                        n->data = 0;
                        n->flags = 0;
                    }
                }

                static int table[] = {
                    1, 2, 3, 4,
                    5, 6, 7, 8,
                    9, 10, 11, 12,
                    13, 14, 15, 16,
                    17, 18, 19, 20,
                };
                """;

        assertThat(compress(CodeLanguage.C, source, DEFAULTS, true))
                .isEqualTo(compress(CodeLanguage.C, source, DEFAULTS, false));
    }

    @Test
    void aTypeBodyTheParserTakesForAFunctionBodyIsParsedWhole() {
        // C++ read as C: tree-sitter-c makes "namespace app" a function whose body the planner cuts.
        String source = """
                #ifndef APP_H
                #define APP_H

                namespace app {

                class Pass;

                Pass *createViewerPass();
                Pass *createPrinterPass();
                Pass *createCheckerPass();

                } // end namespace app

                #endif
                """;

        assertThat(usableSkim(CodeLanguage.C, source, DEFAULTS)).isFalse();
        assertThat(compress(CodeLanguage.C, source, DEFAULTS, true))
                .isEqualTo(compress(CodeLanguage.C, source, DEFAULTS, false));
    }

    @Test
    void aTypeBodyWithNoCommentAndShortMembersIsBlankedWhole() {
        String source = """
                package shop

                type Order struct {
                	ID       string
                	Customer string
                	Total    int64
                	Tags     []string
                	Status   string
                	Reason   string
                }

                func (o *Order) Cancel(reason string) error {
                	if o.Status != "pending" {
                		return fmt.Errorf("order %s is %s", o.ID, o.Status)
                	}
                	o.Status = "cancelled"
                	o.Reason = reason
                	return nil
                }
                """;
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);

        Skim skim = Skim.of(CodeLanguage.GO, utf8, DEFAULTS).orElseThrow();

        assertThat(new String(skim.text(), StandardCharsets.UTF_8)).doesNotContain("Customer string");
        assertThat(skim.notBodies()).containsExactly(source.indexOf("struct {") + "struct ".length());
        assertSkimmedAlike(CodeLanguage.GO, source, DEFAULTS);
    }

    @Test
    void unbalancedBracesOrAnUnterminatedStringGiveNoSkim() {
        String unbalanced = "int f() {\n  if (x) {\n    return 1;\n}\n";
        String unterminated = "int f() {\n  char *s = \"open;\n  return 1;\n}\n";
        String strayCloser = "int f() {\n  return 1;\n}\n}\n";

        for (String source : List.of(unbalanced, unterminated, strayCloser)) {
            assertThat(Skim.of(CodeLanguage.C, source.getBytes(StandardCharsets.UTF_8), DEFAULTS)).isEmpty();
            assertThat(compress(CodeLanguage.C, source, DEFAULTS, true))
                    .isEqualTo(compress(CodeLanguage.C, source, DEFAULTS, false));
        }
    }

    @Test
    void theBundledLibraryLeavesSkippedRangesOutAndRefusesRangesOutOfOrder() {
        assumeThat(NativeTreeSitter.available()).as("the bundled library loads here").isTrue();
        String source = CodeSamples.source(CodeLanguage.GO);
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        Skim skim = Skim.of(CodeLanguage.GO, utf8, DEFAULTS).orElseThrow();

        var skipping = NativeTreeSitter.parse(CodeLanguage.GO, skim.text(), 0, 0, skim.skipped());
        var backwards = NativeTreeSitter.parse(CodeLanguage.GO, utf8, 0, 0, new int[] {40, 20});
        var past = NativeTreeSitter.parse(CodeLanguage.GO, utf8, 0, 0, new int[] {20, utf8.length + 1});
        var after = NativeTreeSitter.parse(CodeLanguage.GO, utf8, 0, 0);

        assertThat(skim.skipped()).isNotEmpty();
        assertThat(skipping).isPresent();
        assertThat(skipping.get().root().hasError()).isFalse();
        assertThat(skipping.get().root().endByte()).isLessThanOrEqualTo(utf8.length);
        assertThat(backwards).isEmpty();
        assertThat(past).isEmpty();
        assertThat(after.orElseThrow().root().endByte()).as("the next parse reads the whole text")
                .isEqualTo(utf8.length);
    }

    @Test
    void theJdkSourcesGetTheSameSkeletonsFromTheirSkims() throws IOException {
        Path zip = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        assumeThat(Files.isRegularFile(zip)).as("the JDK ships its sources").isTrue();
        try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
            Path root = fs.getPath("java.base", "java", "util");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).sorted().limit(150).toList();
            }
            for (Path file : files) {
                String source = Files.readString(file);
                assertThat(compress(CodeLanguage.JAVA, source, DEFAULTS, true))
                        .as(file.toString()).isEqualTo(compress(CodeLanguage.JAVA, source, DEFAULTS, false));
            }
        }
    }

    /** Asserts the skim is used (its parse is sound and the plan confirms it) and gives the whole parse's skeleton. */
    static void assertSkimmedAlike(CodeLanguage language, String source, CodeCompressorSettings settings) {
        assertThat(usableSkim(language, source, settings)).as("a usable skim of %s", language).isTrue();
        assertThat(compress(language, source, settings, true))
                .isEqualTo(compress(language, source, settings, false));
    }

    static boolean usableSkim(CodeLanguage language, String source, CodeCompressorSettings settings) {
        return new CodeCompressor(settings, SyntaxTrees::parse, true).usesSkim(language, source);
    }

    static String compress(CodeLanguage language, String source, CodeCompressorSettings settings, boolean skims) {
        return new CodeCompressor(settings, SyntaxTrees::parse, skims)
                .compress(source, language, CompressionContext.of(source, "")).text();
    }
}
