package ai.headroom.gateway.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.Headroom;
import ai.headroom.core.json.Json;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.gateway.stream.SseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stream splicers and deferred answers, event by event, without a server. */
class SplicersTest {

    private static final Retriever NOTHING_STORED = new Retriever(Headroom.builder()
            .store(new ai.headroom.core.ccr.InMemoryCcrStore()).build(), "t");

    private static List<JsonNode> feed(StreamSplicer splicer, String... data) throws Exception {
        List<String> out = new ArrayList<>();
        for (String d : data) {
            JsonNode node = Json.mapper().readTree(d);
            splicer.accept(SseEvent.of(node.path("type").asText(""), d), out::add);
        }
        List<JsonNode> events = new ArrayList<>();
        for (String raw : out) {
            String line = raw.lines().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow();
            events.add(Json.mapper().readTree(line.substring(6)));
        }
        return events;
    }

    private static String call(String id) {
        return "{\"type\":\"function_call\",\"id\":\"fc_" + id + "\",\"call_id\":\"" + id
                + "\",\"name\":\"headroom_retrieve\",\"arguments\":\"{\\\"hash\\\":\\\"h\\\"}\"}";
    }

    @Test
    void responsesErrorAndFailureInAContinuationKeepTheClientsNumbering() throws Exception {
        // given a round that says something and calls headroom_retrieve
        StreamSplicer splicer = OpenAiResponsesLoop.INSTANCE.splicer(3, d -> { });
        String msg = "{\"type\":\"message\",\"id\":\"m1\",\"role\":\"assistant\",\"content\":[]}";
        List<JsonNode> round1 = feed(splicer,
                "{\"type\":\"response.created\",\"response\":{\"id\":\"r1\",\"output\":[]},\"sequence_number\":0}",
                "{\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":" + msg + ",\"sequence_number\":1}",
                "{\"type\":\"response.output_item.added\",\"output_index\":1,\"item\":" + call("c") + ",\"sequence_number\":2}",
                "{\"type\":\"response.function_call_arguments.delta\",\"output_index\":1,\"item_id\":\"fc_c\",\"delta\":\"{}\",\"sequence_number\":3}",
                "{\"type\":\"response.completed\",\"response\":{\"id\":\"r1\",\"output\":[" + msg + "," + call("c")
                        + "],\"usage\":{\"input_tokens\":5}},\"sequence_number\":4}");
        assertThat(splicer.pendingCalls()).containsExactly(new ToolCall("c", "h"));
        splicer.nextRound();

        // when the continuation starts, then errors, then fails
        List<JsonNode> round2 = feed(splicer,
                "{\"type\":\"response.created\",\"response\":{\"id\":\"r2\",\"output\":[]},\"sequence_number\":0}",
                "{\"type\":\"error\",\"code\":\"server_error\",\"message\":\"boom\",\"param\":null,\"sequence_number\":1}",
                "{\"type\":\"response.failed\",\"response\":{\"id\":\"r2\",\"status\":\"failed\",\"output\":[],"
                        + "\"usage\":{\"input_tokens\":7}},\"sequence_number\":2}");
        String refused = splicer.errorEvent(529, "{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}");

        // then
        assertThat(round1).extracting(e -> e.path("sequence_number").asInt()).containsExactly(0, 1);
        assertThat(round2).extracting(e -> e.path("type").asText()).containsExactly("error", "response.failed");
        assertThat(round2).extracting(e -> e.path("sequence_number").asInt()).containsExactly(2, 3);
        assertThat(round2.get(1).path("response").path("output").findValuesAsText("id")).containsExactly("m1");
        assertThat(round2.get(1).path("response").path("usage").path("input_tokens").asInt()).isEqualTo(12);
        assertThat(refused).startsWith("event: error\ndata: {\"type\":\"error\",\"code\":\"server_error\","
                + "\"message\":\"Overloaded\",\"param\":null,\"sequence_number\":4}");
    }

    @Test
    void chatKeepsTextSentWithTheFinishChunkAndSumsUsageOverRounds() throws Exception {
        // given
        StreamSplicer splicer = OpenAiChatLoop.INSTANCE.splicer(3, d -> { });
        List<JsonNode> round1 = feed(splicer,
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"headroom_retrieve\",\"arguments\":\"{\\\"hash\\\":\\\"h\\\"}\"}}]},"
                        + "\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Looking.\"},\"finish_reason\":\"tool_calls\"}]}",
                "{\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,\"total_tokens\":12}}");
        splicer.nextRound();

        // when
        List<JsonNode> round2 = feed(splicer,
                "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Found.\"},\"finish_reason\":\"stop\"}]}",
                "{\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":3,\"total_tokens\":33}}");

        // then
        assertThat(round1).hasSize(1);
        assertThat(round1.getFirst().path("choices").path(0).path("delta").path("content").asText()).isEqualTo("Looking.");
        assertThat(round1.getFirst().path("choices").path(0).path("finish_reason").isNull()).isTrue();
        assertThat(round2.get(1).path("usage").path("total_tokens").asInt()).isEqualTo(45);
    }

    @Test
    void chatRenumbersClientCallsAroundAHiddenRetrieveCallAndReportsTheMix() throws Exception {
        // given
        List<DeferredCalls> deferred = new ArrayList<>();
        StreamSplicer splicer = OpenAiChatLoop.INSTANCE.splicer(3, deferred::add);

        // when the retrieve call comes first
        List<JsonNode> out = feed(splicer,
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"r\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"headroom_retrieve\",\"arguments\":\"\"}},{\"index\":1,\"id\":\"a\","
                        + "\"type\":\"function\",\"function\":{\"name\":\"bash\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
                        + "\"{\\\"hash\\\":\\\"h\\\"}\"}},{\"index\":1,\"function\":{\"arguments\":\"{}\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}");

        // then
        assertThat(out).hasSize(3);
        assertThat(out.get(0).findValues("index").stream().map(JsonNode::asInt).toList()).containsExactly(0, 0);
        assertThat(out.get(0).findValuesAsText("id")).containsExactly("a");
        assertThat(out.get(1).toString()).doesNotContain("hash");
        assertThat(splicer.pendingCalls()).isEmpty();
        assertThat(deferred).singleElement().satisfies(d -> {
            assertThat(d.clientCallIds()).containsExactly("a");
            assertThat(d.retrieveCalls().getFirst().path("function").path("arguments").asText())
                    .isEqualTo("{\"hash\":\"h\"}");
        });
    }

    @Test
    void anthropicFinalMessageDeltaSumsTheUsageOfEveryRound() throws Exception {
        // given a first round that ends on a retrieve call
        StreamSplicer splicer = AnthropicLoop.INSTANCE.splicer(3, d -> { });
        List<JsonNode> round1 = feed(splicer,
                "{\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"usage\":{\"input_tokens\":100}}}",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"r\","
                        + "\"name\":\"headroom_retrieve\",\"input\":{}}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":7}}",
                "{\"type\":\"message_stop\"}");
        splicer.nextRound();

        // when the continuation answers
        List<JsonNode> round2 = feed(splicer,
                "{\"type\":\"message_start\",\"message\":{\"id\":\"m2\",\"usage\":{\"input_tokens\":900}}}",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":40}}",
                "{\"type\":\"message_stop\"}");

        // then the client sees one message_delta, with both rounds' output tokens
        assertThat(round1).extracting(e -> e.path("type").asText()).containsExactly("message_start");
        JsonNode delta = round2.stream().filter(e -> e.path("type").asText().equals("message_delta")).findFirst()
                .orElseThrow();
        assertThat(delta.path("usage").path("output_tokens").asInt()).isEqualTo(47);
        assertThat(delta.path("delta").path("stop_reason").asText()).isEqualTo("end_turn");
    }

    @Test
    void anthropicTurnMixingRetrieveAndClientToolsShowsTheClientItsBlockAndReportsTheMix() throws Exception {
        // given
        List<DeferredCalls> deferred = new ArrayList<>();
        StreamSplicer splicer = AnthropicLoop.INSTANCE.splicer(3, deferred::add);

        // when the retrieve block comes first and bash second
        List<JsonNode> out = feed(splicer,
                "{\"type\":\"message_start\",\"message\":{\"id\":\"m\"}}",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"r\","
                        + "\"name\":\"headroom_retrieve\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{\\\"hash\\\":\\\"h\\\"}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"a\","
                        + "\"name\":\"bash\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":1}",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"}}",
                "{\"type\":\"message_stop\"}");

        // then
        assertThat(out).extracting(e -> e.path("type").asText()).containsExactly("message_start", "content_block_start",
                "content_block_delta", "content_block_stop", "message_delta", "message_stop");
        assertThat(out.subList(1, 4)).allMatch(e -> e.path("index").asInt() == 0);
        assertThat(out.get(4).path("delta").path("stop_reason").asText()).isEqualTo("tool_use");
        assertThat(splicer.pendingCalls()).isEmpty();
        assertThat(deferred).singleElement().satisfies(d -> {
            assertThat(d.clientCallIds()).containsExactly("a");
            assertThat(AnthropicLoop.INSTANCE.callOf(d.retrieveCalls().getFirst())).isEqualTo(new ToolCall("r", "h"));
        });
    }

    @Test
    void responsesDeferredCallGoesBackWithItsOutputInAFullHistoryRequest() throws Exception {
        // given
        String request = "{\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"x\"},"
                + "{\"type\":\"function_call\",\"call_id\":\"s\",\"name\":\"shell\",\"arguments\":\"{}\"},"
                + "{\"type\":\"function_call_output\",\"call_id\":\"s\",\"output\":\"ok\"}]}";
        Map<String, List<JsonNode>> stored = Map.of("s", List.of(Json.mapper().readTree(call("r"))));

        // when
        byte[] out = JsonSplicer.apply(request.getBytes(StandardCharsets.UTF_8), OpenAiResponsesLoop.INSTANCE
                .answerDeferred(Json.mapper().readTree(request), id -> stored.getOrDefault(id, List.of()), NOTHING_STORED));

        // then
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(request.substring(0, request.length() - 2) + ","
                + call("r") + ",{\"type\":\"function_call_output\",\"call_id\":\"r\",\"output\":\"No original is stored "
                + "under hash h (it expired or was never stored). Continue with the compressed content.\"}]}");
    }

    @Test
    void aDeferredTurnThatIsNoLongerTheLastOneIsLeftAlone() throws Exception {
        // given the client answered, and the model has spoken since
        String request = "{\"messages\":[{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"a\","
                + "\"type\":\"function\",\"function\":{\"name\":\"bash\",\"arguments\":\"{}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"a\",\"content\":\"ok\"},{\"role\":\"assistant\",\"content\":\"Done.\"},"
                + "{\"role\":\"user\",\"content\":\"Thanks\"}]}";
        Map<String, List<JsonNode>> stored = Map.of("a", List.of(Json.mapper().readTree("{\"id\":\"r\"}")));

        // when
        var edits = OpenAiChatLoop.INSTANCE.answerDeferred(Json.mapper().readTree(request),
                id -> stored.getOrDefault(id, List.of()), NOTHING_STORED);

        // then
        assertThat(edits.isEmpty()).isTrue();
    }
}
