package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.OpenAiChat;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy answers headroom_retrieve calls itself, streaming and not; the client never sees them. */
@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class RetrieveLoopTest {

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    private static void twoRounds(String path, String contentType, String first, String second) {
        WireMockUpstream.server.stubFor(post(urlEqualTo(path)).inScenario("loop").whenScenarioStateIs(STARTED)
                .willSetStateTo("continued")
                .willReturn(aResponse().withStatus(200).withHeader("content-type", contentType).withBody(first)));
        WireMockUpstream.server.stubFor(post(urlEqualTo(path)).inScenario("loop").whenScenarioStateIs("continued")
                .willReturn(aResponse().withStatus(200).withHeader("content-type", contentType).withBody(second)));
    }

    private static List<String> sentBodies(String path) {
        return WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    private static String userResult(String id, String original) {
        return "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"" + id + "\",\"content\":"
                + Fixtures.json(original) + "}]}";
    }

    @Test
    void anthropicRetrieveCallIsAnsweredFromTheStoreAndHiddenFromTheClient() {
        // given
        String output = Fixtures.bigToolOutput("json-loop", 3000);
        String hash = CcrMarker.hashOf(output);
        String assistant = "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_r1\",\"name\":\"headroom_retrieve\",\"input\":{\"hash\":\"" + hash
                + "\"}}]}";
        twoRounds("/v1/messages", "application/json",
                "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":"
                        + assistant.substring(assistant.indexOf("["), assistant.length() - 1)
                        + ",\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":100,\"output_tokens\":10}}",
                "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\","
                        + "\"text\":\"Line 43 is the cause.\"}],\"stop_reason\":\"end_turn\",\"usage\":"
                        + "{\"input_tokens\":200,\"output_tokens\":8}}");

        // when
        Response response = given().body(Fixtures.anthropic(output, false)).header("x-api-key", "loop-key")
                .post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).doesNotContain("headroom_retrieve");
        assertThat(response.jsonPath().getList("content.text")).containsExactly("Let me look.", "Line 43 is the cause.");
        assertThat(response.jsonPath().getString("stop_reason")).isEqualTo("end_turn");
        assertThat(response.jsonPath().getInt("usage.input_tokens")).isEqualTo(300);
        List<String> sent = sentBodies("/v1/messages");
        assertThat(sent).hasSize(2);
        String first = sent.get(0);
        assertThat(sent.get(1)).isEqualTo(first.substring(0, first.length() - 2) + "," + assistant + ","
                + userResult("toolu_r1", output) + "]}");
    }

    @Test
    void anthropicStreamSplicesTheContinuationIntoOneClientStream() {
        // given
        String output = Fixtures.bigToolOutput("sse-loop", 3000);
        String hash = CcrMarker.hashOf(output);
        String first = Fixtures.sse(
                "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                        + "\"role\":\"assistant\",\"content\":[],\"usage\":{\"input_tokens\":100,\"output_tokens\":1,"
                        + "\"cache_read_input_tokens\":90}}}",
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Let me look.\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}",
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\","
                        + "\"id\":\"toolu_r1\",\"name\":\"headroom_retrieve\",\"input\":{}}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{\\\"hash\\\": \\\"\"}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"" + hash + "\\\"}\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}",
                "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":20}}",
                "message_stop", "{\"type\":\"message_stop\"}");
        String second = Fixtures.sse(
                "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\",\"type\":\"message\","
                        + "\"role\":\"assistant\",\"content\":[],\"usage\":{\"input_tokens\":200,\"output_tokens\":1}}}",
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "ping", "{\"type\":\"ping\"}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Line 43.\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}",
                "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":9}}",
                "message_stop", "{\"type\":\"message_stop\"}");
        twoRounds("/v1/messages", "text/event-stream", first, second);

        // when
        String stream = given().body(Fixtures.anthropic(output, true)).header("x-api-key", "loop-key")
                .post("/v1/messages").then().statusCode(200).extract().asString();

        // then
        assertThat(stream).doesNotContain("headroom_retrieve");
        assertThat(count(stream, "event: message_start")).isEqualTo(1);
        assertThat(count(stream, "event: message_stop")).isEqualTo(1);
        assertThat(count(stream, "event: message_delta")).isEqualTo(1);
        assertThat(indexes(stream)).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(stream).contains("Let me look.").contains("Line 43.").contains("\"end_turn\"");
        List<String> sent = sentBodies("/v1/messages");
        String up1 = sent.get(0);
        String assistant = "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_r1\",\"name\":\"headroom_retrieve\",\"input\":{\"hash\":\"" + hash
                + "\"}}]}";
        assertThat(sent.get(1)).isEqualTo(up1.substring(0, up1.length() - 2) + "," + assistant + ","
                + userResult("toolu_r1", output) + "]}");
    }

    @Test
    void openAiChatRetrieveCallsAreAnsweredWithToolMessagesStreamingAndNot() {
        // given
        String output = Fixtures.bigToolOutput("chat-loop", 3000);
        String hash = CcrMarker.hashOf(output);
        String request = "{\"model\":\"gpt-4o\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"bash\","
                + "\"parameters\":{\"type\":\"object\"}}}],\"messages\":[{\"role\":\"user\",\"content\":\"Why?\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"bash\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_1\","
                + "\"content\":" + Fixtures.json(output) + "}]}";
        String call = "{\"id\":\"call_r\",\"type\":\"function\",\"function\":{\"name\":\"headroom_retrieve\","
                + "\"arguments\":\"{\\\"hash\\\":\\\"" + hash + "\\\"}\"}}";
        twoRounds("/v1/chat/completions", "application/json",
                "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":null,\"tool_calls\":[" + call + "]},\"finish_reason\":\"tool_calls\"}],"
                        + "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":5,\"total_tokens\":55}}",
                "{\"id\":\"c2\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"Line 43.\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":80,\"completion_tokens\":3,\"total_tokens\":83}}");

        // when
        Response response = given().body(request).header("authorization", "Bearer sk-chat").post("/v1/chat/completions");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).doesNotContain("headroom_retrieve");
        assertThat(response.jsonPath().getString("choices[0].message.content")).isEqualTo("Line 43.");
        assertThat(response.jsonPath().getInt("usage.total_tokens")).isEqualTo(138);
        List<String> sent = sentBodies("/v1/chat/completions");
        assertThat(sent.get(0)).contains(OpenAiChat.INSTANCE.retrieveToolJson());
        String up1 = sent.get(0);
        assertThat(sent.get(1)).isEqualTo(up1.substring(0, up1.length() - 2)
                + ",{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + call + "]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_r\",\"content\":" + Fixtures.json(output) + "}]}");

        // given a streamed round of the same
        WireMockUpstream.server.resetAll();
        String chunk1 = "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"index\":0,\"id\":\"call_r\",\"type\":\"function\",\"function\":{\"name\":"
                + "\"headroom_retrieve\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}";
        String chunk2 = "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":"
                + "{\"arguments\":\"{\\\"hash\\\":\\\"" + hash + "\\\"}\"}}]},\"finish_reason\":null}]}";
        String chunk3 = "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}";
        String answer = "{\"id\":\"c2\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Line 43.\"},"
                + "\"finish_reason\":null}]}";
        String stop = "{\"id\":\"c2\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
        twoRounds("/v1/chat/completions", "text/event-stream",
                "data: " + chunk1 + "\n\ndata: " + chunk2 + "\n\ndata: " + chunk3 + "\n\ndata: [DONE]\n\n",
                "data: " + answer + "\n\ndata: " + stop + "\n\ndata: [DONE]\n\n");

        // when
        String stream = given().body(request.replace("\"model\":\"gpt-4o\",", "\"model\":\"gpt-4o\",\"stream\":true,"))
                .header("authorization", "Bearer sk-chat").post("/v1/chat/completions").then().statusCode(200)
                .extract().asString();

        // then
        assertThat(stream).doesNotContain("headroom_retrieve").doesNotContain("tool_calls\"}");
        assertThat(count(stream, "[DONE]")).isEqualTo(1);
        assertThat(stream).contains("Line 43.").contains("\"finish_reason\":\"stop\"");
        assertThat(sentBodies("/v1/chat/completions").get(1)).contains("\"tool_call_id\":\"call_r\"");
    }

    @Test
    void openAiResponsesRetrieveCallIsAnsweredWithFunctionCallOutput() {
        // given
        String output = Fixtures.bigToolOutput("responses-loop", 3000);
        String hash = CcrMarker.hashOf(output);
        String request = "{\"model\":\"gpt-5\",\"tools\":[{\"type\":\"function\",\"name\":\"shell\",\"parameters\":"
                + "{\"type\":\"object\"}}],\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"Why?\"},"
                + "{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"shell\",\"arguments\":\"{}\"},"
                + "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":" + Fixtures.json(output) + "}]}";
        String item = "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_r\",\"name\":\"headroom_retrieve\","
                + "\"arguments\":\"{\\\"hash\\\":\\\"" + hash + "\\\"}\"}";
        twoRounds("/v1/responses", "application/json",
                "{\"id\":\"r1\",\"object\":\"response\",\"output\":[" + item + "],\"usage\":{\"input_tokens\":9}}",
                "{\"id\":\"r2\",\"object\":\"response\",\"output\":[{\"type\":\"message\",\"role\":\"assistant\","
                        + "\"content\":[{\"type\":\"output_text\",\"text\":\"Line 43.\"}]}],\"usage\":{\"input_tokens\":11}}");

        // when
        Response response = given().body(request).header("authorization", "Bearer sk-resp").post("/v1/responses");

        // then
        assertThat(response.asString()).doesNotContain("headroom_retrieve").contains("Line 43.");
        assertThat(response.jsonPath().getInt("usage.input_tokens")).isEqualTo(20);
        String up1 = sentBodies("/v1/responses").get(0);
        assertThat(sentBodies("/v1/responses").get(1)).isEqualTo(up1.substring(0, up1.length() - 2) + "," + item
                + ",{\"type\":\"function_call_output\",\"call_id\":\"call_r\",\"output\":" + Fixtures.json(output) + "}]}");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Integer> indexes(String stream) {
        Matcher m = Pattern.compile("\"index\":(\\d+)").matcher(stream);
        List<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
