package ai.headroom.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContextStageTest {

    /** A chat of many short turns: nothing for a compressor, but far more than gpt-3.5-turbo's 16K window. */
    private static String longChat(int turns) {
        StringBuilder messages = new StringBuilder("{\"role\":\"system\",\"content\":\"You are terse.\"}");
        for (int i = 0; i < turns; i++) {
            String role = i % 2 == 0 ? "user" : "assistant";
            String text = ("Turn " + i + " talks about item " + (i * 7919 % 1000) + " and its history. ").repeat(6);
            messages.append(",{\"role\":\"").append(role).append("\",\"content\":\"").append(text).append("\"}");
        }
        return "{\"model\":\"gpt-3.5-turbo\",\"max_tokens\":512,\"messages\":[" + messages + "]}";
    }

    @Test
    void aRequestStillOverTheWindowLosesItsLeastValuableMessagesBehindOneRetrievableMarker() throws Exception {
        InMemoryCcrStore store = new InMemoryCcrStore();
        String body = longChat(300);
        try (Headroom h = Headroom.builder().store(store)
                .settings(Settings.defaults().withDeadline(Duration.ofSeconds(10))).build()) {
            CompressionResult result = h.compress(CompressionRequest.of(body.getBytes(StandardCharsets.UTF_8)));

            JsonNode sent = Json.mapper().readTree(result.body());
            JsonNode original = Json.mapper().readTree(body);
            assertThat(result.transforms()).contains("intelligent_context");
            assertThat(sent.path("messages").size()).isLessThan(original.path("messages").size());
            assertThat(sent.at("/messages/0")).isEqualTo(original.at("/messages/0"));
            assertThat(sent.at("/messages/1")).isEqualTo(original.at("/messages/1"));
            int n = original.path("messages").size();
            int m = sent.path("messages").size();
            for (int i = 1; i <= 4; i++) {
                assertThat(sent.path("messages").get(m - i)).isEqualTo(original.path("messages").get(n - i));
            }
            String hash = result.ccrHashes().getLast();
            assertThat(new String(result.body(), StandardCharsets.UTF_8)).contains("hash=" + hash);
            JsonNode dropped = Json.mapper().readTree(store.get("local", hash).orElseThrow());
            assertThat(dropped.size() + m - 1).isEqualTo(n);
            assertThat(result.tokensAfter()).isLessThan(result.tokensBefore());
        }
    }

    @Test
    void aRequestWithinItsWindowKeepsEveryMessage() throws Exception {
        String body = longChat(10);
        try (Headroom h = Headroom.builder().store(new InMemoryCcrStore()).build()) {
            CompressionResult result = h.compress(CompressionRequest.of(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(result.transforms()).doesNotContain("intelligent_context");
        }
    }
}
