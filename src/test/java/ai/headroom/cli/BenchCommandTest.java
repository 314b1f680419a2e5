package ai.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void benchPrintsOneRowPerKindWithTokensAndPercentiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "Plain words. ".repeat(200));
        Cli cli = Cli.run("bench", dir.toString(), "--warmup", "1", "--iterations", "3");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().lines().findFirst().orElseThrow())
                .contains("kind", "files", "tok_before", "tok_after", "saved", "p50_ms", "p99_ms", "p50_ms/100KB", "comp_p50/100KB",
                        "comp_p99/100KB");
        assertThat(cli.out()).contains("text");
    }

    @Test
    void theCompressorsShareOfTheTimeIsReportedAndIsPartOfTheWhole() throws Exception {
        Files.copy(Path.of("bench/fixtures/code-service.go"), dir.resolve("code-service.go"));
        Cli cli = Cli.run("bench", dir.toString(), "--warmup", "5", "--iterations", "20", "--json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode code = Json.mapper().readTree(cli.out()).at("/kinds/0");

        assertThat(code.path("kind").asText()).isEqualTo("code");
        assertThat(code.path("compressor_p50_ms_per_100kb").asDouble()).isPositive()
                .isLessThan(code.path("p50_ms_per_100kb").asDouble());
        assertThat(code.path("compressor_p99_ms_per_100kb").asDouble())
                .isGreaterThanOrEqualTo(code.path("compressor_p50_ms_per_100kb").asDouble());
    }

    @Test
    void jsonOutputListsKindsAndFiles() throws Exception {
        Files.writeString(dir.resolve("a.log"), "INFO started\n".repeat(100));
        Cli cli = Cli.run("bench", dir.toString(), "--warmup", "0", "--iterations", "2", "--json");
        JsonNode report = Json.mapper().readTree(cli.out());
        assertThat(report.path("kinds")).isNotEmpty();
        assertThat(report.at("/files/0/file").asText()).isEqualTo("a.log");
        assertThat(report.at("/files/0/tokens_before").asInt()).isPositive();
    }

    @Test
    void withAKompressModelProseIsCompressedByKompress() throws Exception {
        String prose = ("The team reviewed the incident on the payment service and agreed that the retry policy was "
                + "the main cause of the outage, so they decided to add a circuit breaker and lower the timeout. ")
                .repeat(12);
        Files.writeString(dir.resolve("notes.txt"), prose);
        String model = Path.of("src/test/resources/kompress-tiny").toAbsolutePath().toString();

        JsonNode crusher = Json.mapper().readTree(
                Cli.run("bench", dir.toString(), "--warmup", "0", "--iterations", "2", "--json").out());
        Cli kompress = Cli.run("bench", dir.toString(), "--warmup", "0", "--iterations", "2", "--json",
                "--kompress-model", model);

        assertThat(kompress.exitCode()).as(kompress.err()).isZero();
        JsonNode report = Json.mapper().readTree(kompress.out());
        assertThat(report.at("/files/0/tokens_after").asInt())
                .isLessThan(report.at("/files/0/tokens_before").asInt())
                .isNotEqualTo(crusher.at("/files/0/tokens_after").asInt());
    }

    @Test
    void aKompressModelDirectoryThatDoesNotLoadIsBadInput() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "Plain words. ".repeat(200));
        Cli cli = Cli.run("bench", dir.toString(), "--kompress-model", dir.resolve("no-model").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("headroom: ").contains("no-model");
    }

    @Test
    void aFolderThatDoesNotExistIsBadInput() {
        Cli cli = Cli.run("bench", dir.resolve("missing").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("headroom: not a directory:");
    }
}
