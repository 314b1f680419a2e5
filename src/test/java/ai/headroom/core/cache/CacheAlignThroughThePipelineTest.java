package ai.headroom.core.cache;

import static ai.headroom.core.cache.ClaudeCodeRequests.bytes;
import static ai.headroom.core.cache.ClaudeCodeRequests.quote;
import static ai.headroom.core.cache.ClaudeCodeRequests.request;
import static ai.headroom.core.cache.ClaudeCodeRequests.tree;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.Settings.CacheAlign;
import ai.headroom.core.ccr.InMemoryCcrStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cache-align setting as the proxy applies it: move mode stabilises the prefix, report mode changes nothing. */
class CacheAlignThroughThePipelineTest {

    private static final String FIRST = "2025-11-20T14:03:27Z";
    private static final String SECOND = "2025-11-20T14:09:55Z";

    @Test
    void inMoveModeTwoRequestsDifferingOnlyByATimestampSendTheSamePrefixUpToTheLastMessage() {
        try (Headroom h = headroom(Settings.defaults().withCacheAlign(CacheAlign.MOVE))) {
            // given two requests whose system prompts differ only by a timestamp
            // when
            CompressionResult first = h.compress(CompressionRequest.of(bytes(request(FIRST, 2))));
            CompressionResult second = h.compress(CompressionRequest.of(bytes(request(SECOND, 2))));

            // then everything before the last message is byte-identical
            String a = text(first);
            String b = text(second);
            int lastA = lastMessageStart(a);
            assertThat(lastA).isEqualTo(lastMessageStart(b)).isPositive();
            assertThat(a.substring(0, lastA)).isEqualTo(b.substring(0, lastA)).doesNotContain("14:03:27");
            // and each timestamp still reaches the model, in a reminder after the last user block
            JsonNode last = tree(a).at("/messages/4/content");
            assertThat(last.get(0).path("cache_control").path("type").asText()).isEqualTo("ephemeral");
            assertThat(last.get(1).path("text").asText()).startsWith("<system-reminder>").contains(FIRST);
            assertThat(b.substring(lastA)).contains(SECOND);
            assertThat(first.transforms()).contains("cache_align");
        }
    }

    @Test
    void inReportModeTheBytesAreUnchanged() {
        Settings report = Settings.defaults().withRetrieveTool(Settings.RetrieveToolPolicy.WHEN_MARKED);
        try (Headroom h = headroom(report)) {
            byte[] body = bytes(request(FIRST, 2));

            CompressionResult result = h.compress(CompressionRequest.of(body));

            assertThat(report.cacheAlign()).isEqualTo(CacheAlign.REPORT);
            assertThat(result.body()).isEqualTo(body);
            assertThat(result.transforms()).isEmpty();
        }
    }

    @Test
    void aLongUserStringThatReceivesTheReminderIsNotAlsoCompressed() {
        // given an OpenAI chat request whose last user message is a long string the compressors would take
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append(i % 97 == 50 ? "ERROR worker " : "INFO worker ").append(i % 7).append(" processed batch ")
                    .append(i * 31).append(" in ").append(10 + i % 13).append(" ms\n");
        }
        String log = lines.toString();
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":"
                + quote("You help with builds.\nCurrent time: " + FIRST + "\nBe brief.") + "},"
                + "{\"role\":\"user\",\"content\":" + quote(log) + "}]}";

        try (Headroom reporting = headroom(Settings.defaults())) {
            CompressionResult alone = reporting.compress(CompressionRequest.of(bytes(body)));
            assertThat(tree(text(alone)).at("/messages/1/content").asText()).as("compressed without move").isNotEqualTo(log);
        }

        try (Headroom h = headroom(Settings.defaults().withCacheAlign(CacheAlign.MOVE))) {
            // when
            CompressionResult result = h.compress(CompressionRequest.of(bytes(body)));

            // then the one edit of that string is the reminder: the text before it is the client's, verbatim
            JsonNode out = tree(text(result));
            assertThat(out.at("/messages/0/content").asText()).isEqualTo("You help with builds.\nBe brief.");
            assertThat(out.at("/messages/1/content").asText())
                    .isEqualTo(log + "\n\n<system-reminder>\nCurrent time: " + FIRST + "\n</system-reminder>");
            assertThat(result.ccrHashes()).isEmpty();
        }
    }

    @Test
    void moveModeGivesTheSameBytesForTheSameRequestEveryTime() {
        try (Headroom one = headroom(Settings.defaults().withCacheAlign(CacheAlign.MOVE));
                Headroom other = headroom(Settings.defaults().withCacheAlign(CacheAlign.MOVE))) {
            byte[] body = bytes(request(FIRST, 3));
            assertThat(one.compress(CompressionRequest.of(body)).body())
                    .isEqualTo(other.compress(CompressionRequest.of(body)).body());
        }
    }

    private static Headroom headroom(Settings settings) {
        return Headroom.builder().store(new InMemoryCcrStore()).settings(settings.withDeadline(Duration.ofSeconds(5)))
                .build();
    }

    private static String text(CompressionResult r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static int lastMessageStart(String body) {
        return body.lastIndexOf("{\"role\":");
    }
}
