package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streams spliced across retrieve rounds (OpenAI Responses) and turns that call headroom_retrieve together
 * with the client's own tools (every dialect): what the client sees, and what goes upstream, byte for byte.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class StreamSpliceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL proxy;

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    private static void rounds(String path, String contentType, String... bodies) {
        for (int i = 0; i < bodies.length; i++) {
            var stub = post(urlEqualTo(path)).inScenario("rounds").whenScenarioStateIs(i == 0 ? STARTED : "round" + i);
            if (i + 1 < bodies.length) {
                stub = stub.willSetStateTo("round" + (i + 1));
            }
            WireMockUpstream.server.stubFor(stub.willReturn(aResponse().withStatus(200)
                    .withHeader("content-type", contentType).withBody(bodies[i])));
        }
    }

    private static List<String> sentBodies(String path) {
        return WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    /** The events of an SSE text: each one's {@code event:} name (or "") and parsed {@code data:}. */
    private static List<Map.Entry<String, JsonNode>> events(String stream) throws Exception {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (String raw : stream.split("\n\n")) {
            String name = "";
            StringBuilder data = new StringBuilder();
            for (String line : raw.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            if (!data.isEmpty() && !data.toString().equals("[DONE]")) {
                out.add(Map.entry(name, JSON.readTree(data.toString())));
            }
        }
        return out;
    }

    private OpenAIClient openAi(String key) {
        return OpenAIOkHttpClient.builder().baseUrl(proxy + "v1").apiKey(key).maxRetries(0).build();
    }

    // ---------------------------------------------------------------- Responses: a spliced stream

    static final String RESPONSES_REQUEST_HEAD = "{\"model\":\"gpt-5\",\"stream\":true,\"tools\":[{\"type\":\"function\","
            + "\"name\":\"shell\",\"parameters\":{\"type\":\"object\"}}],\"input\":[{\"type\":\"message\",\"role\":\"user\","
            + "\"content\":\"Why?\"},{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"shell\",\"arguments\":\"{}\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":";

    /** Round 1 says something, then calls headroom_retrieve; round 2 answers. */
    private static String[] responsesRounds(String hash) {
        String args = "{\"hash\":\"" + hash + "\"}";
        String msg1 = ResponsesStream.message("msg_1", "completed", "Let me look.");
        String call = ResponsesStream.functionCall("fc_1", "completed", "call_r", "headroom_retrieve", args);
        String msg2 = ResponsesStream.message("msg_2", "completed", "Line 43 is the cause.");
        return new String[] {
            new ResponsesStream("resp_1").started().message(0, "msg_1", "Let ", "me look.")
                    .call(1, "fc_1", "call_r", "headroom_retrieve", args)
                    .completed("[" + msg1 + "," + call + "]", ResponsesStream.usage(100, 20)).text(),
            new ResponsesStream("resp_2").started().message(0, "msg_2", "Line 43 ", "is the cause.")
                    .completed("[" + msg2 + "]", ResponsesStream.usage(300, 9)).text(),
            msg1, call
        };
    }

    @Test
    void responsesStreamSplicesTheContinuationIntoOneCoherentClientStream() throws Exception {
        // given
        String output = Fixtures.bigToolOutput("responses-sse", 3000);
        String hash = CcrMarker.hashOf(output);
        String[] r = responsesRounds(hash);
        rounds("/v1/responses", "text/event-stream", r[0], r[1]);

        // when
        String stream = given().body(RESPONSES_REQUEST_HEAD + Fixtures.json(output) + "}]}")
                .header("authorization", "Bearer sk-resp-sse").post("/v1/responses").then().statusCode(200)
                .extract().asString();

        // then the client sees one response, numbered without gaps, with no trace of the retrieve call
        List<Map.Entry<String, JsonNode>> events = events(stream);
        List<String> types = events.stream().map(e -> e.getValue().path("type").asText()).toList();
        assertThat(stream).doesNotContain("headroom_retrieve").doesNotContain("call_r").doesNotContain("fc_1");
        assertThat(types).filteredOn("response.created"::equals).hasSize(1);
        assertThat(types).filteredOn("response.in_progress"::equals).hasSize(1);
        assertThat(types).filteredOn("response.completed"::equals).hasSize(1);
        assertThat(types.getFirst()).isEqualTo("response.created");
        assertThat(types.getLast()).isEqualTo("response.completed");
        assertThat(types).noneMatch(t -> t.startsWith("response.function_call_arguments"));
        assertThat(events).allMatch(e -> e.getKey().equals(e.getValue().path("type").asText()));
        List<Long> sequence = events.stream().map(e -> e.getValue().path("sequence_number").asLong(-1)).toList();
        assertThat(sequence).isEqualTo(java.util.stream.LongStream.range(0, events.size()).boxed().toList());
        // output_index: msg_1 is item 0, msg_2 item 1, on every event of theirs
        for (Map.Entry<String, JsonNode> e : events) {
            JsonNode d = e.getValue();
            String item = d.has("item_id") ? d.get("item_id").asText() : d.path("item").path("id").asText(null);
            if (item != null) {
                assertThat(d.path("output_index").asInt()).as(d.toString()).isEqualTo(item.equals("msg_1") ? 0 : 1);
            }
        }
        assertThat(events.stream().filter(e -> e.getKey().equals("response.output_item.added"))
                .map(e -> e.getValue().path("output_index").asInt()).toList()).containsExactly(0, 1);
        JsonNode completed = events.getLast().getValue().path("response");
        assertThat(completed.path("id").asText()).isEqualTo("resp_2");
        assertThat(completed.path("output").findValuesAsText("id")).containsExactly("msg_1", "msg_2");
        assertThat(completed.path("output").path(1).path("content").path(0).path("text").asText())
                .isEqualTo("Line 43 is the cause.");
        assertThat(completed.path("usage").path("input_tokens").asInt()).isEqualTo(400);
        assertThat(completed.path("usage").path("output_tokens").asInt()).isEqualTo(29);
        assertThat(completed.path("usage").path("total_tokens").asInt()).isEqualTo(429);
        // and upstream got the model's output and the original, appended to the bytes it was sent first
        List<String> sent = sentBodies("/v1/responses");
        assertThat(sent).hasSize(2);
        String up1 = sent.get(0);
        assertThat(up1).contains(OpenAiResponses.INSTANCE.retrieveToolJson()).contains(Fixtures.json(Fixtures.compressed(output)));
        assertThat(sent.get(1)).isEqualTo(up1.substring(0, up1.length() - 2) + "," + r[2] + "," + r[3]
                + ",{\"type\":\"function_call_output\",\"call_id\":\"call_r\",\"output\":" + Fixtures.json(output) + "}]}");
    }

    @Test
    void openAiSdkStreamsASplicedResponsesContinuationWithoutError() {
        // given
        String output = Fixtures.bigToolOutput("responses-sdk", 3000);
        String[] r = responsesRounds(CcrMarker.hashOf(output));
        rounds("/v1/responses", "text/event-stream", r[0], r[1]);
        ResponseCreateParams params = ResponseCreateParams.builder().model("gpt-5")
                .addTool(FunctionTool.builder().name("shell").strict(false).parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object")).build()).build())
                .inputOfResponse(List.of(
                        ResponseInputItem.ofEasyInputMessage(EasyInputMessage.builder().role(EasyInputMessage.Role.USER)
                                .content("Why?").build()),
                        ResponseInputItem.ofFunctionCall(ResponseFunctionToolCall.builder().callId("c1").name("shell")
                                .arguments("{}").build()),
                        ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                                .callId("c1").output(output).build())))
                .build();

        // when
        ResponseAccumulator accumulator = ResponseAccumulator.create();
        List<ResponseStreamEvent> seen = new ArrayList<>();
        OpenAIClient client = openAi("sk-resp-sdk");
        try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params)) {
            stream.stream().forEach(event -> {
                seen.add(event);
                accumulator.accumulate(event); // throws on a second response.completed
            });
        } finally {
            client.close();
        }

        // then
        Response response = accumulator.response();
        assertThat(response.id()).isEqualTo("resp_2");
        assertThat(response.output()).hasSize(2).allMatch(ResponseOutputItem::isMessage);
        assertThat(response.output().get(1).asMessage().content().getFirst().asOutputText().text())
                .isEqualTo("Line 43 is the cause.");
        assertThat(response.usage().orElseThrow().inputTokens()).isEqualTo(400);
        assertThat(seen).filteredOn(ResponseStreamEvent::isCreated).hasSize(1);
        assertThat(seen).filteredOn(ResponseStreamEvent::isCompleted).hasSize(1);
        assertThat(seen).noneMatch(e -> e.isFunctionCallArgumentsDelta() || e.isFunctionCallArgumentsDone());
        assertThat(sentBodies("/v1/responses")).hasSize(2);
    }

    // ---------------------------------------------------------------- a turn mixing retrieve and client calls

    private static String storeOriginal(String authorization, String seed) {
        String output = Fixtures.bigToolOutput(seed, 3000);
        given().body(Fixtures.anthropic(output, false)).header("authorization", authorization).post("/v1/compress")
                .then().statusCode(200);
        return output;
    }

    static final String BASH = "{\"type\":\"function\",\"function\":{\"name\":\"bash\",\"parameters\":{\"type\":\"object\"}}}";

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    private static String callStart(int index, String id, String name) {
        return "{\"tool_calls\":[{\"index\":" + index + ",\"id\":\"" + id + "\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"" + name + "\",\"arguments\":\"\"}}]}";
    }

    private static String callArgs(int index, String args) {
        return "{\"tool_calls\":[{\"index\":" + index + ",\"function\":{\"arguments\":" + Fixtures.json(args) + "}}]}";
    }

    @Test
    void chatStreamMixingRetrieveAndClientCallsGivesTheClientItsCallsRenumberedAndAnswersRetrieveNextTurn()
            throws Exception {
        // given a stored original, and a turn calling bash, headroom_retrieve and bash again
        String auth = "Bearer sk-chat-mixed";
        String original = storeOriginal(auth, "chat-mixed");
        String hash = CcrMarker.hashOf(original);
        String retrieveArgs = "{\"hash\":\"" + hash + "\"}";
        String turn = chunk("{\"role\":\"assistant\",\"content\":\"Checking.\"}", null)
                + chunk(callStart(0, "call_a", "bash"), null) + chunk(callArgs(0, "{\"cmd\":\"ls\"}"), null)
                + chunk(callStart(1, "call_r", "headroom_retrieve"), null) + chunk(callArgs(1, retrieveArgs), null)
                + chunk(callStart(2, "call_b", "bash"), null) + chunk(callArgs(2, "{\"cmd\":\"pwd\"}"), null)
                + chunk("{}", "tool_calls")
                + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":9,\"total_tokens\":59}}\n\n"
                + "data: [DONE]\n\n";
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "text/event-stream").withBody(turn)));
        String user = "{\"role\":\"user\",\"content\":\"What is here?\"}";
        String request = "{\"model\":\"gpt-4o\",\"stream\":true,\"tools\":[" + BASH + "],\"messages\":[" + user + "]}";

        // when the client streams the turn (raw, and through the official SDK)
        String stream = given().body(request).header("authorization", auth).post("/v1/chat/completions")
                .then().statusCode(200).extract().asString();
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        OpenAIClient client = openAi("sk-chat-mixed");
        try (var sdkStream = client.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
                        .model("gpt-4o").addUserMessage("What is here?")
                        .addTool(ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name("bash")
                                .parameters(FunctionParameters.builder().putAdditionalProperty("type",
                                        JsonValue.from("object")).build()).build()).build())
                        .build())) {
            sdkStream.stream().forEach((ChatCompletionChunk c) -> accumulator.accumulate(c));
        } finally {
            client.close();
        }

        // then the client sees its own two calls, intact, numbered 0 and 1, and the turn ends on tool_calls
        assertThat(stream).doesNotContain("headroom_retrieve").doesNotContain("call_r").contains("Checking.");
        List<JsonNode> calls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : events(stream)) {
            e.getValue().path("choices").path(0).path("delta").path("tool_calls").forEach(calls::add);
        }
        assertThat(calls.stream().map(c -> c.path("index").asInt()).toList()).containsExactly(0, 0, 1, 1);
        assertThat(calls.get(0).path("id").asText()).isEqualTo("call_a");
        assertThat(calls.get(2).path("id").asText()).isEqualTo("call_b");
        assertThat(calls.get(3).path("function").path("arguments").asText()).isEqualTo("{\"cmd\":\"pwd\"}");
        assertThat(stream).contains("\"finish_reason\":\"tool_calls\"").endsWith("data: [DONE]\n\n");
        List<ChatCompletionMessageToolCall> sdkCalls = accumulator.chatCompletion().choices().getFirst().message()
                .toolCalls().orElseThrow();
        assertThat(sdkCalls).hasSize(2);
        assertThat(sdkCalls.get(0).asFunction().id()).isEqualTo("call_a");
        assertThat(sdkCalls.get(0).asFunction().function().arguments()).isEqualTo("{\"cmd\":\"ls\"}");
        assertThat(sdkCalls.get(1).asFunction().id()).isEqualTo("call_b");
        assertThat(sdkCalls.get(1).asFunction().function().arguments()).isEqualTo("{\"cmd\":\"pwd\"}");

        // when the client sends its results next turn
        WireMockUpstream.server.resetAll();
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody("{\"id\":\"c2\",\"object\":\"chat.completion\","
                        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Done.\"},"
                        + "\"finish_reason\":\"stop\"}]}")));
        String assistant = "{\"role\":\"assistant\",\"content\":\"Checking.\",\"tool_calls\":["
                + "{\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"bash\",\"arguments\":\"{\\\"cmd\\\":\\\"ls\\\"}\"}},"
                + "{\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"bash\",\"arguments\":\"{\\\"cmd\\\":\\\"pwd\\\"}\"}}]}";
        String results = "{\"role\":\"tool\",\"tool_call_id\":\"call_a\",\"content\":\"a.txt\"},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_b\",\"content\":\"/home\"}";
        String next = "{\"model\":\"gpt-4o\",\"tools\":[" + BASH + "],\"messages\":[" + user + "," + assistant + ","
                + results + "]}";
        String answer = given().body(next).header("authorization", auth).post("/v1/chat/completions")
                .then().statusCode(200).extract().asString();

        // then upstream reads the retrieve call in that turn and its answer after the client's results
        String retrieveCall = "{\"id\":\"call_r\",\"type\":\"function\",\"function\":{\"name\":\"headroom_retrieve\","
                + "\"arguments\":" + Fixtures.json(retrieveArgs) + "}}";
        assertThat(answer).contains("Done.");
        assertThat(sentBodies("/v1/chat/completions").getFirst()).isEqualTo("{\"model\":\"gpt-4o\",\"tools\":[" + BASH
                + "," + OpenAiChat.INSTANCE.retrieveToolJson() + "],\"messages\":[" + user + ","
                + assistant.substring(0, assistant.length() - 2) + "," + retrieveCall + "]}," + results
                + ",{\"role\":\"tool\",\"tool_call_id\":\"call_r\",\"content\":" + Fixtures.json(original) + "}]}");
    }

    @Test
    void anthropicTurnMixingRetrieveAndClientCallsIsAnsweredOnTheNextRequest() {
        // given
        String original = storeOriginal("Bearer sk-ant-mixed", "anthropic-mixed");
        String hash = CcrMarker.hashOf(original);
        String bash = "{\"type\":\"tool_use\",\"id\":\"toolu_a\",\"name\":\"bash\",\"input\":{\"cmd\":\"ls\"}}";
        String retrieve = "{\"type\":\"tool_use\",\"id\":\"toolu_r\",\"name\":\"headroom_retrieve\",\"input\":{\"hash\":\""
                + hash + "\"}}";
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody("{\"id\":\"msg_1\",\"type\":\"message\","
                        + "\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Both.\"}," + retrieve + ","
                        + bash + "],\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}")));
        String user = "{\"role\":\"user\",\"content\":\"List it.\"}";
        String head = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1024,\"tools\":" + Fixtures.TOOLS + ",\"messages\":[";

        // when
        io.restassured.response.Response turn = given().body(head + user + "]}").header("authorization", "Bearer sk-ant-mixed")
                .header("anthropic-version", "2023-06-01").post("/v1/messages");

        // then the client gets its own call only, and must answer it
        assertThat(turn.statusCode()).isEqualTo(200);
        assertThat(turn.asString()).doesNotContain("headroom_retrieve");
        assertThat(turn.jsonPath().getList("content.id")).containsExactly(null, "toolu_a");
        assertThat(turn.jsonPath().getString("stop_reason")).isEqualTo("tool_use");

        // when it does
        WireMockUpstream.server.resetAll();
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody(AnthropicRouteTest.OK)));
        String assistant = "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Both.\"}," + bash + "]}";
        String results = "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_a\","
                + "\"content\":\"a.txt\"},{\"type\":\"text\",\"text\":\"Go on.\"}]}";
        given().body(head + user + "," + assistant + "," + results + "]}").header("authorization", "Bearer sk-ant-mixed")
                .header("anthropic-version", "2023-06-01").post("/v1/messages").then().statusCode(200);

        // then the retrieve call is back in that turn, and its result follows the client's
        String tools = Fixtures.TOOLS.substring(0, Fixtures.TOOLS.length() - 1) + ","
                + AnthropicMessages.INSTANCE.retrieveToolJson() + "]";
        assertThat(sentBodies("/v1/messages").getFirst()).isEqualTo("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1024,"
                + "\"tools\":" + tools + ",\"messages\":[" + user + ","
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Both.\"}," + bash + "," + retrieve + "]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_a\",\"content\":\"a.txt\"},"
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_r\",\"content\":" + Fixtures.json(original) + "},"
                + "{\"type\":\"text\",\"text\":\"Go on.\"}]}]}");
    }

    @Test
    void responsesStreamMixingRetrieveAndClientCallsAnswersRetrieveNextTurnUnderPreviousResponseId() throws Exception {
        // given
        String original = storeOriginal("Bearer sk-resp-mixed", "responses-mixed");
        String args = "{\"hash\":\"" + CcrMarker.hashOf(original) + "\"}";
        String retrieve = ResponsesStream.functionCall("fc_r", "completed", "call_r", "headroom_retrieve", args);
        String shell = ResponsesStream.functionCall("fc_s", "completed", "call_s", "shell", "{\"cmd\":\"ls\"}");
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/responses")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "text/event-stream").withBody(new ResponsesStream("resp_m").started()
                        .call(0, "fc_r", "call_r", "headroom_retrieve", args).call(1, "fc_s", "call_s", "shell", "{\"cmd\":\"ls\"}")
                        .completed("[" + retrieve + "," + shell + "]", ResponsesStream.usage(10, 5)).text())));
        String tools = "\"tools\":[{\"type\":\"function\",\"name\":\"shell\",\"parameters\":{\"type\":\"object\"}}]";

        // when
        String stream = given().body("{\"model\":\"gpt-5\",\"stream\":true," + tools + ",\"input\":\"List it.\"}")
                .header("authorization", "Bearer sk-resp-mixed").post("/v1/responses").then().statusCode(200)
                .extract().asString();

        // then the client sees only its shell call, as item 0, in a gapless stream
        List<Map.Entry<String, JsonNode>> events = events(stream);
        assertThat(stream).doesNotContain("headroom_retrieve").doesNotContain("call_r");
        assertThat(events.stream().filter(e -> e.getValue().has("output_index"))
                .map(e -> e.getValue().get("output_index").asInt()).distinct().toList()).containsExactly(0);
        assertThat(events.stream().map(e -> e.getValue().path("sequence_number").asLong()).toList())
                .isEqualTo(java.util.stream.LongStream.range(0, events.size()).boxed().toList());
        assertThat(events.getLast().getValue().path("response").path("output").findValuesAsText("call_id"))
                .containsExactly("call_s");

        // when the client continues from that response with its output only
        WireMockUpstream.server.resetAll();
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/responses")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody("{\"id\":\"resp_n\",\"object\":\"response\","
                        + "\"output\":[],\"usage\":{\"input_tokens\":1}}")));
        String shellOutput = "{\"type\":\"function_call_output\",\"call_id\":\"call_s\",\"output\":\"a.txt\"}";
        given().body("{\"model\":\"gpt-5\",\"previous_response_id\":\"resp_m\"," + tools + ",\"input\":[" + shellOutput
                + "]}").header("authorization", "Bearer sk-resp-mixed").post("/v1/responses").then().statusCode(200);

        // then upstream, which holds the retrieve call under resp_m, gets its output too
        String withTool = tools.substring(0, tools.length() - 1) + "," + OpenAiResponses.INSTANCE.retrieveToolJson() + "]";
        assertThat(sentBodies("/v1/responses").getFirst()).isEqualTo("{\"model\":\"gpt-5\",\"previous_response_id\":"
                + "\"resp_m\"," + withTool + ",\"input\":[" + shellOutput + ",{\"type\":\"function_call_output\","
                + "\"call_id\":\"call_r\",\"output\":" + Fixtures.json(original) + "}]}");
    }
}
