package ai.headroom.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.gateway.stats.GatewayStats;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserAndUsageTapTest {

    static final String STREAM = "event: message_start\r\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":"
            + "{\"input_tokens\":10,\"cache_read_input_tokens\":70}}}\r\n\r\n"
            + "event: content_block_delta\ndata: {\"delta\":{\"text\":\"h\u00e9llo \u2603\"}}\n\n"
            + "data: [DONE]\n\n";

    @Test
    void eventsSurviveBeingCutIntoOneByteChunks() {
        // given
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();

        // when
        for (byte b : bytes) {
            events.addAll(parser.feed(Buffer.buffer(new byte[] {b})));
        }
        events.addAll(parser.finish());

        // then
        assertThat(events).extracting(SseEvent::event).containsExactly("message_start", "content_block_delta", "");
        assertThat(events.get(1).data()).contains("h\u00e9llo \u2603");
        assertThat(events.get(2).data()).isEqualTo("[DONE]");
        assertThat(String.join("", events.stream().map(SseEvent::raw).toList())).isEqualTo(STREAM);
    }

    @Test
    void usageTapCountsCacheReadsFromStreamsAndJsonBodies() {
        // given
        GatewayStats stats = new GatewayStats(new SimpleMeterRegistry());
        UsageTap sse = new UsageTap(stats, "text/event-stream; charset=utf-8");
        UsageTap json = new UsageTap(stats, "application/json");

        // when
        sse.accept(Buffer.buffer(STREAM));
        sse.end();
        json.accept(Buffer.buffer("{\"usage\":{\"prompt_tokens\":9,"));
        json.accept(Buffer.buffer("\"prompt_tokens_details\":{\"cached_tokens\":30}}}"));
        json.end();

        // then
        assertThat(stats.snapshot().path("cache_read_input_tokens").asLong()).isEqualTo(100);
    }
}
