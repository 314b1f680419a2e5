package ai.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressCommandTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    private static String request(String content) throws Exception {
        return "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"why?\"},"
                + "{\"role\":\"user\",\"content\":" + Json.mapper().writeValueAsString(content) + "}]}";
    }

    @Test
    void compressPrintsTheReportShapeOfTheHttpApi() throws Exception {
        Cli cli = Cli.run(request("hello").getBytes(StandardCharsets.UTF_8), "compress", "--store", store());

        assertThat(cli.exitCode()).isZero();
        JsonNode report = Json.mapper().readTree(cli.out());
        assertThat(report.fieldNames()).toIterable().containsExactly("messages", "tokens_before", "tokens_after",
                "tokens_saved", "compression_ratio", "transforms_applied", "ccr_hashes");
        assertThat(report.at("/messages/1/content").asText()).isEqualTo("hello");
        assertThat(report.path("tokens_saved").asInt()).isZero();
    }

    @Test
    void aFileArgumentIsReadLikeStandardInput() throws Exception {
        Path file = dir.resolve("req.json");
        Files.writeString(file, request("from a file"));
        Cli cli = Cli.run("compress", file.toString(), "--store", store());
        assertThat(cli.exitCode()).isZero();
        assertThat(Json.mapper().readTree(cli.out()).at("/messages/1/content").asText()).isEqualTo("from a file");
    }

    @Test
    void unknownBlockTypesAndFieldsAreLeftUntouched() throws Exception {
        String body = "{\"model\":\"claude-x\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":["
                + "{\"type\":\"hologram\",\"data\":[1.50,2e10],\"text\":\"" + "z".repeat(2000) + "\"}]}]}";
        Cli cli = Cli.run(body.getBytes(StandardCharsets.UTF_8), "compress", "--store", store());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("{\"type\":\"hologram\",\"data\":[1.50,2e10],\"text\":\"zzz");
    }

    @Test
    void malformedJsonIsOneLineOnStderrWithExitCodeTwo() {
        assertBadInput("{\"messages\": [".getBytes(StandardCharsets.UTF_8), "not valid JSON");
    }

    @Test
    void jsonThatIsNotARequestIsRefused() {
        assertBadInput("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8), "neither \"messages\" nor \"input\"");
        assertBadInput("[1,2,3]".getBytes(StandardCharsets.UTF_8), "must be a JSON object");
    }

    @Test
    void binaryInputIsRefused() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        assertBadInput(binary, "request body");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = "{\"messages\":[{\"role\":\"user\",\"content\":\"caf\u0000\"}]}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 6] = (byte) 0xE9; // a Latin-1 é where UTF-8 expects a continuation
        assertBadInput(body, "UTF-8");
    }

    @Test
    void jsonNestedTenThousandDeepIsRefusedWithoutAStackOverflow() {
        String deep = "{\"messages\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertBadInput(deep.getBytes(StandardCharsets.UTF_8), "nested deeper than");
    }

    @Test
    void inputOverOneHundredMebibytesIsRefusedBeforeParsing() {
        byte[] huge = new byte[100 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) ' ');
        assertBadInput(huge, "100 MiB");
    }

    @Test
    void aMissingFileIsExitCodeTwo() {
        Cli cli = Cli.run("compress", dir.resolve("nope.json").toString(), "--store", store());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("headroom: no such file: " + dir.resolve("nope.json"));
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Cli cli = Cli.run("compress", "--frobnicate");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("headroom: Unknown option: '--frobnicate'");
    }

    private static String log() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("2025-01-01T10:00:").append(String.format("%02d", i % 60)).append("Z INFO worker-").append(i % 7)
                    .append(" served request id=").append(1000 + i).append(" in ").append(i % 40).append("ms\n");
            if (i == 150) {
                sb.append("2025-01-01T10:02:30Z ERROR worker-3 database connection refused: db-1:5432\n");
            }
        }
        return sb.toString();
    }

    @Test
    void theInputsConfigMemberOverridesSettingsForThisRequest() throws Exception {
        // given
        String plain = request(log());
        String onlyJson = plain.substring(0, plain.length() - 1) + ",\"config\":{\"kinds\":[\"json\"],\"deadline_ms\":5000}}";

        // when
        Cli compressed = Cli.run(plain.getBytes(StandardCharsets.UTF_8), "compress", "--store", store());
        Cli untouched = Cli.run(onlyJson.getBytes(StandardCharsets.UTF_8), "compress", "--store", store());

        // then
        assertThat(compressed.exitCode()).isZero();
        assertThat(Json.mapper().readTree(compressed.out()).path("tokens_saved").asInt()).isPositive();
        assertThat(untouched.exitCode()).isZero();
        JsonNode report = Json.mapper().readTree(untouched.out());
        assertThat(report.path("tokens_saved").asInt()).isZero();
        assertThat(report.at("/messages/1/content").asText()).isEqualTo(log());
    }

    @Test
    void aBadConfigIsOneLineOnStderrWithExitCodeTwo() throws Exception {
        String body = request("hello");
        String head = body.substring(0, body.length() - 1) + ",\"config\":";
        assertBadInput((head + "{\"target\":0.5}}").getBytes(StandardCharsets.UTF_8),
                "config has no setting \"target\"; known: compress_system, deadline_ms");
        assertBadInput((head + "{\"deadline_ms\":\"fast\"}}").getBytes(StandardCharsets.UTF_8),
                "config.deadline_ms must be an integer from 1 to 60000, was \"fast\"");
        assertBadInput((head + "{\"retrieve_tool\":\"sometimes\"}}").getBytes(StandardCharsets.UTF_8),
                "config.retrieve_tool must be");
        assertBadInput((head + "[1]}").getBytes(StandardCharsets.UTF_8), "config must be an object, was [1]");
    }

    private void assertBadInput(byte[] stdin, String reason) {
        Cli cli = Cli.run(stdin, "compress", "--store", store());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("headroom: ").contains(reason);
        assertThat(cli.err().strip().lines()).hasSize(1);
    }
}
