package ai.headroom.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.content.RouterFixtures.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentRouterSplitTest {

    private final ContentRouter router = new ContentRouter();

    @Test
    void proseThenJsonThenLogSplitsIntoThreeSections() {
        // given
        String text = RouterFixtures.read("mixed/prose-json-log.txt");

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).extracting(Section::kind)
                .containsExactly(ContentKind.TEXT, ContentKind.JSON, ContentKind.LOG);
        assertThat(JsonDetector.isValid(sections.get(1).text())).isTrue();
        assertThat(concat(sections)).isEqualTo(text);
    }

    @Test
    void aLogWithAMultiLineJsonPayloadSplitsAroundThePayload() {
        // given
        String text = RouterFixtures.read("mixed/log-with-payload.txt");

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).extracting(Section::kind)
                .containsExactly(ContentKind.LOG, ContentKind.JSON, ContentKind.LOG);
        assertThat(sections.get(1).text()).startsWith("{").contains("\"invoice.payment_failed\"");
        assertThat(sections.get(0).text()).endsWith("body: ");
        assertThat(concat(sections)).isEqualTo(text);
    }

    @Test
    void markdownFencesBecomeCodeSectionsInTheirDeclaredLanguage() {
        // given
        String text = RouterFixtures.read("mixed/markdown-fences.md");

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).extracting(s -> s.kind().label() + ":" + s.detection().language())
                .containsExactly("text:", "code:python", "text:", "code:go", "text:");
        assertThat(sections.get(1).text()).startsWith("import random").doesNotContain("```");
        assertThat(concat(sections)).isEqualTo(text);
    }

    @Test
    void anUnlabelledFenceIsDetectedFromItsContent() {
        // given
        String code = RouterFixtures.read("code/ledger.rs");
        String text = """
                The ledger code after the refactoring is below. Please review the error handling in particular:
                posting now checks that a transaction balances before it touches any account, and an unknown
                account aborts the whole posting instead of leaving it half applied.

                ```
                """ + code + """
                ```

                The tests for it still pass locally, and the benchmark did not move at all. I would like to
                merge it before the release branch is cut on Thursday, so a quick look today would help a lot.
                """;

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).extracting(s -> s.kind().label() + ":" + s.detection().language())
                .containsExactly("text:", "code:rust", "text:");
    }

    @Test
    void tinyPiecesAreMergedIntoNeighboursInsteadOfBecomingSections() {
        // given a short intro line and a short outro around a big log
        String log = RouterFixtures.read("log/spring-boot.txt");
        String text = "Output of the last run:\n\n" + log + "\n(exit code 1)\n";

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).kind()).isEqualTo(ContentKind.LOG);
    }

    @Test
    void sectionsConcatenateBackToTheInputForManyGeneratedMixtures() {
        // given a deterministic generator that glues fixture fragments with assorted separators
        List<Fixture> fixtures = RouterFixtures.all();
        String[] glue = {"", "\n", "\n\n", "\r\n", "   \n\n\n", "```\n", "\n```json\n", "{\n", "]\n"};
        Random random = new Random(42);

        for (int round = 0; round < 400; round++) {
            StringBuilder input = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                String source = fixtures.get(random.nextInt(fixtures.size())).text();
                int from = random.nextInt(source.length());
                int to = Math.min(source.length(), from + random.nextInt(source.length() - from + 1));
                input.append(glue[random.nextInt(glue.length)]).append(source, from, to);
            }
            String text = input.toString();

            // when
            List<Section> sections = router.split(text);

            // then
            assertThat(concat(sections)).as("round %d", round).isEqualTo(text);
            assertNoAdjacentSameKindExceptJson(sections);
            assertThat(sections).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
        }
    }

    @Test
    void sectionsOfEveryFixtureAndTheirConcatenationsRoundTrip() {
        // given every pair of fixtures glued together
        List<Fixture> fixtures = RouterFixtures.all();
        for (Fixture a : fixtures) {
            for (Fixture b : fixtures) {
                String text = a.text() + "\n" + b.text();

                // when
                List<Section> sections = router.split(text);

                // then
                assertThat(concat(sections)).as(a + " + " + b).isEqualTo(text);
                assertNoAdjacentSameKindExceptJson(sections);
            }
        }
    }

    @Test
    void twoDifferentKindsGluedTogetherComeApartAgain() {
        // given
        String text = RouterFixtures.read("text/prose.txt") + "\n" + RouterFixtures.read("diff/git-renames.diff");

        // when
        List<Section> sections = router.split(text);

        // then
        assertThat(sections).extracting(Section::kind).containsExactly(ContentKind.TEXT, ContentKind.DIFF);
    }

    private static void assertNoAdjacentSameKindExceptJson(List<Section> sections) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < sections.size(); i++) {
            ContentKind kind = sections.get(i).kind();
            if (kind == sections.get(i - 1).kind() && kind != ContentKind.JSON) {
                pairs.add(i - 1 + "," + i + " " + kind);
            }
        }
        assertThat(pairs).isEmpty();
    }

    static String concat(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        sections.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
