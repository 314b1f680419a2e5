package ai.headroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.cli.BenchCase;
import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The figures the README promises, checked through the whole pipeline on the bench fixtures: tokens
 * saved at or above the reference system's published figures, what must survive kept verbatim, and
 * every original retrievable byte for byte.
 */
class ReferenceFiguresTest {

    private static final Map<String, String> FIXTURES = BenchFixtures.all();
    private static final InMemoryCcrStore STORE = new InMemoryCcrStore();
    private static final Headroom HEADROOM = Headroom.builder().store(STORE)
            .settings(Settings.defaults().withDeadline(Duration.ofSeconds(30))).build();

    @AfterAll
    static void close() {
        HEADROOM.close();
    }

    /** The fixture as the newest-but-two tool result of an agent's request, compressed; originals checked. */
    private static Compressed compress(String fixture) throws Exception {
        String original = FIXTURES.get(fixture);
        CompressionResult result = HEADROOM.compress(CompressionRequest.of(BenchCase.wrap(original)));
        JsonNode sent = Json.mapper().readTree(result.body());
        String text = sent.at("/messages/2/content/0/content").asText();
        for (String hash : result.ccrHashes()) {
            assertThat(HEADROOM.retrieve("local", hash)).as("original behind %s", hash).contains(original);
        }
        return new Compressed(original, text, result);
    }

    private record Compressed(String original, String text, CompressionResult result) {
        double savedShare() {
            return 1.0 - (double) result.tokensAfter() / result.tokensBefore();
        }
    }

    @Test
    void jsonLogEntriesWithOneFatalBeatTheReferenceAndKeepTheFatalEntry() throws Exception {
        Compressed c = compress("json-log-entries-one-fatal.json");
        assertThat(c.savedShare()).as("reference: 10,144 -> 1,260 tokens").isGreaterThanOrEqualTo(1 - 1260.0 / 10144);
        for (JsonNode entry : Json.mapper().readTree(c.original())) {
            if (entry.toString().contains("FATAL")) {
                entry.properties().forEach(field -> assertThat(c.text()).contains(field.getValue().asText()));
            }
        }
    }

    @Test
    void aServiceLogOfTwoThousandLinesBeatsTheSreIncidentFigureAndKeepsEveryErrorLine() throws Exception {
        Compressed c = compress("log-service-incident-2000-lines.log");
        assertThat(c.savedShare()).as("reference SRE incident: 65,694 -> 5,118").isGreaterThanOrEqualTo(1 - 5118.0 / 65694);
        c.original().lines().filter(l -> l.contains(" ERROR ") || l.contains(" FATAL "))
                .forEach(line -> assertThat(c.text()).contains(line));
    }

    @Test
    void aPaginatedApiListingBeatsTheIssueTriageFigureAndKeepsItsPagination() throws Exception {
        Compressed c = compress("json-issues-page.json");
        assertThat(c.savedShare()).as("reference issue triage: 54,174 -> 14,761").isGreaterThanOrEqualTo(1 - 14761.0 / 54174);
        JsonNode page = Json.mapper().readTree(c.original());
        assertThat(c.text()).contains(page.path("next").asText(), page.path("total_count").asText());
    }

    @Test
    void grepOutputOfOneHundredFiftyMatchesSavesEightyFivePercentAndKeepsEveryErrorLine() throws Exception {
        Compressed c = compress("search-grep-150-matches.txt");
        assertThat(c.savedShare()).as("issue target: 100+ matches at least 85% saved").isGreaterThanOrEqualTo(0.85);
        c.original().lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("error"))
                .forEach(line -> assertThat(c.text()).contains(line.substring(line.indexOf(':', line.indexOf(':') + 1) + 1)));
    }

    @Test
    void aLargeDiffSavesMoreThanSixtyPercentAndKeepsEveryFileHeader() throws Exception {
        Compressed c = compress("diff-refactor-33-files.diff");
        assertThat(c.savedShare()).isGreaterThanOrEqualTo(0.60);
        c.original().lines().filter(l -> l.startsWith("diff --git")).forEach(h -> assertThat(c.text()).contains(h));
    }

    @Test
    void aDocsPageSavesMoreThanSeventyPercentAndKeepsHeadingsAndCodeBlocks() throws Exception {
        Compressed c = compress("html-docs-page.html");
        assertThat(c.savedShare()).isGreaterThanOrEqualTo(0.70);
        assertThat(c.text()).contains("```");
    }

    @Test
    void sourceFilesSaveAtLeastHalfOnceTheyAreNoLongerTheNewestTurn() throws Exception {
        for (String file : new String[] {"code-service.py", "code-service.java", "code-service.go", "code-service.ts"}) {
            Compressed c = compress(file);
            assertThat(c.savedShare()).as(file).isGreaterThanOrEqualTo(0.50);
            assertThat(c.result().transforms()).as(file).contains("code_compressor");
        }
    }

    @Test
    void proseSavesAtLeastFortyPercentAndKeepsEveryNumber() throws Exception {
        for (String file : new String[] {"text-incident-postmortem.md", "text-support-thread.txt"}) {
            Compressed c = compress(file);
            assertThat(c.savedShare()).as(file).isGreaterThanOrEqualTo(0.40);
            java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?").matcher(c.original());
            while (numbers.find()) {
                assertThat(c.text()).as(file).contains(numbers.group());
            }
        }
    }

    @Test
    void everyToolLogSavesSomethingAndKeepsItsErrorLines() throws Exception {
        for (String file : new String[] {"log-pytest-3-failures.log", "log-maven-build-failure.log",
                "log-cargo-errors.log", "log-npm-install-failure.log"}) {
            Compressed c = compress(file);
            assertThat(c.savedShare()).as(file).isGreaterThanOrEqualTo(0.5);
            c.original().lines().filter(l -> l.startsWith("npm ERR!") || l.startsWith("error[") || l.startsWith("FAILED ")
                    || l.contains("[ERROR]")).forEach(line -> assertThat(c.text()).as(file).contains(line));
        }
    }
}
