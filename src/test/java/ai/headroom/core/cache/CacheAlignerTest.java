package ai.headroom.core.cache;

import static ai.headroom.core.cache.ClaudeCodeRequests.bytes;
import static ai.headroom.core.cache.ClaudeCodeRequests.request;
import static ai.headroom.core.cache.ClaudeCodeRequests.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.headroom.core.cache.VolatileValue.Kind;
import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.JsonSplicer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheAlignerTest {

    @Test
    void theDateAndTheCommitsOfAClaudeCodeEnvBlockAreReportedWithTheirPlace() {
        JsonNode request = tree(request("2025-11-20", 1));

        List<VolatileValue> found = new CacheAligner().scan(request, AnthropicMessages.INSTANCE);

        assertThat(found).extracting(VolatileValue::kind, VolatileValue::pointer, VolatileValue::sample).containsExactly(
                tuple(Kind.ISO_DATE, "/system/1/text", "2025-11-20"),
                tuple(Kind.GIT_SHA, "/system/1/text", ClaudeCodeRequests.SHA),
                tuple(Kind.SHORT_SHA, "/system/1/text", "a1b2c3d"),
                tuple(Kind.SHORT_SHA, "/system/1/text", "9e8f7a6"));
        assertThat(found.get(0).line()).isEqualTo(12);
    }

    @Test
    void everyKindOfVolatileValueIsRecognisedAndPlainTextIsNot() {
        String system = """
                Session 123e4567-e89b-12d3-a456-426614174000 started.
                Request id: req_011CUzX4pQ8rT2vW9yZ
                Trace 4bf92f3577b34da6a3ce929d0e0e4736
                Generated at 1732089600 (epoch).
                It is 14:03:27 here.
                Built on November 20, 2025 by ci.
                The current time is late afternoon.
                Use the fixed colour #deadbeef and port 8080 as configured in application.properties.
                """;
        String body = "{\"messages\":[{\"role\":\"system\",\"content\":" + ClaudeCodeRequests.quote(system)
                + "},{\"role\":\"user\",\"content\":\"hi\"}]}";

        List<VolatileValue> found = new CacheAligner().scan(tree(body), OpenAiChat.INSTANCE);

        assertThat(found).extracting(VolatileValue::kind).containsExactly(Kind.UUID, Kind.REQUEST_ID, Kind.HEX_ID,
                Kind.UNIX_TIME, Kind.CLOCK_TIME, Kind.TEXT_DATE, Kind.DATE_LINE);
        assertThat(found).extracting(VolatileValue::line).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void volatileValuesInToolDescriptionsAreReportedButNeverMoved() {
        String body = "{\"tools\":[{\"name\":\"a\",\"description\":\"Data as of 2025-11-20.\"}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

        CacheAligner.Alignment a = new CacheAligner(true).align(tree(body), OpenAiChat.INSTANCE);

        assertThat(a.found()).extracting(VolatileValue::pointer).containsExactly("/tools/0/description");
        assertThat(a.movedLines()).isZero();
        assertThat(a.edits().isEmpty()).isTrue();
    }

    @Test
    void reportOnlyModeProducesNoEdits() {
        CacheAligner.Alignment a = new CacheAligner().align(tree(request("2025-11-20", 1)), AnthropicMessages.INSTANCE);

        assertThat(a.found()).isNotEmpty();
        assertThat(a.edits().isEmpty()).isTrue();
    }

    @Test
    void movingTakesTheVolatileLinesToTheEndOfTheLastUserMessageAndStabilisesTheSystemPrompt() {
        String monday = request("2025-11-17", 2);
        String tuesday = request("2025-11-18", 2);
        CacheAligner aligner = new CacheAligner(true);

        String movedMonday = apply(monday, aligner.align(tree(monday), AnthropicMessages.INSTANCE));
        String movedTuesday = apply(tuesday, aligner.align(tree(tuesday), AnthropicMessages.INSTANCE));

        JsonNode m = tree(movedMonday);
        String system = m.at("/system/1/text").asText();
        assertThat(system).doesNotContain("2025-11-17", ClaudeCodeRequests.SHA, "a1b2c3d")
                .contains("Working directory: /home/dev/shop", "Recent commits:");
        assertThat(m.at("/system/1/text")).isEqualTo(tree(movedTuesday).at("/system/1/text"));
        JsonNode last = m.at("/messages/4/content");
        assertThat(last.get(0).get("type").asText()).isEqualTo("tool_result");
        assertThat(last.get(1).get("text").asText()).isEqualTo("<system-reminder>\nToday's date: 2025-11-17\nHEAD: "
                + ClaudeCodeRequests.SHA + "\na1b2c3d Fix rounding in invoice totals\n"
                + "9e8f7a6 Add retry to payment client\n</system-reminder>");
        assertThat(m.at("/messages/2")).isEqualTo(tree(monday).at("/messages/2"));
    }

    @Test
    void responsesInstructionsMoveIntoAnInputTextPartOfTheLastUserItem() {
        String body = "{\"instructions\":\"You are Codex.\\nCurrent date: 2025-11-20\\nBe brief.\","
                + "\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"go\"}]}]}";

        String out = apply(body, new CacheAligner(true).align(tree(body), OpenAiResponses.INSTANCE));

        JsonNode r = tree(out);
        assertThat(r.get("instructions").asText()).isEqualTo("You are Codex.\nBe brief.");
        assertThat(r.at("/input/0/content/1/type").asText()).isEqualTo("input_text");
        assertThat(r.at("/input/0/content/1/text").asText()).contains("Current date: 2025-11-20");
    }

    @Test
    void aStringUserMessageGetsTheReminderAfterItsText() {
        String body = "{\"messages\":[{\"role\":\"system\",\"content\":\"Today is 2025-11-20.\\nHelp.\"},"
                + "{\"role\":\"user\",\"content\":\"hi\"}]}";

        String out = apply(body, new CacheAligner(true).align(tree(body), OpenAiChat.INSTANCE));

        assertThat(tree(out).at("/messages/0/content").asText()).isEqualTo("Help.");
        assertThat(tree(out).at("/messages/1/content").asText())
                .isEqualTo("hi\n\n<system-reminder>\nToday is 2025-11-20.\n</system-reminder>");
    }

    private static String apply(String body, CacheAligner.Alignment a) {
        return new String(JsonSplicer.apply(bytes(body), a.edits()), StandardCharsets.UTF_8);
    }
}
