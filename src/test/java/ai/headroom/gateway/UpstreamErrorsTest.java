package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.headroom.core.ccr.CcrMarker;
import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.SseException;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstream failures in the middle of a stream, passed through and during a retrieve continuation: the
 * client receives the provider's error event as it was sent, or sees its stream cut; it never hangs.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class UpstreamErrorsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    static final String OVERLOADED = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";
    static final String MESSAGE_START = "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_e\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,"
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}";
    static final String OPENAI_ERROR = "{\"error\":{\"message\":\"The server had an error while processing your request.\","
            + "\"type\":\"server_error\",\"param\":null,\"code\":null}}";

    @TestHTTPResource("/")
    URL proxy;

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    private static void stub(String path, ResponseDefinitionBuilder response) {
        WireMockUpstream.server.stubFor(post(urlEqualTo(path)).willReturn(response));
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("content-type", "text/event-stream").withBody(body);
    }

    private static void twoRounds(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        WireMockUpstream.server.stubFor(post(urlEqualTo(path)).inScenario("loop").whenScenarioStateIs(STARTED)
                .willSetStateTo("continued").willReturn(first));
        WireMockUpstream.server.stubFor(post(urlEqualTo(path)).inScenario("loop").whenScenarioStateIs("continued")
                .willReturn(second));
    }

    /** What the client reads until the stream ends or breaks, and how it ended. */
    record Read(int status, String body, IOException broken) {}

    private Read read(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(proxy + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            IOException broken = null;
            try (InputStream in = response.body()) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    seen.write(buf, 0, n);
                }
            } catch (IOException e) {
                broken = e;
            }
            return new Read(response.statusCode(), seen.toString(StandardCharsets.UTF_8), broken);
        }
    }

    private AnthropicClient anthropic() {
        return AnthropicOkHttpClient.builder().baseUrl(proxy.toString().replaceAll("/$", "")).apiKey("sk-ant-err")
                .maxRetries(0).build();
    }

    private OpenAIClient openAi() {
        return OpenAIOkHttpClient.builder().baseUrl(proxy + "v1").apiKey("sk-oai-err").maxRetries(0).build();
    }

    // ---------------------------------------------------------------- Anthropic: event: error

    @Test
    void anthropicErrorEventAfterMessageStartReachesTheClientVerbatim() {
        // given a request the proxy passes through (no tools, nothing to compress)
        String upstream = Fixtures.sse("message_start", MESSAGE_START, "ping", "{\"type\": \"ping\"}",
                "error", OVERLOADED);
        stub("/v1/messages", sse(upstream));
        String request = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";

        // when
        Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/messages", request, "x-api-key", "sk-ant-err",
                "anthropic-version", "2023-06-01"));

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.broken()).isNull();
        assertThat(read.body()).isEqualTo(upstream);

        // and the official SDK raises the provider's error instead of waiting
        AnthropicClient client = anthropic();
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> {
            try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(
                    MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(64).addUserMessage("Hi").build())) {
                stream.stream().forEach(e -> { });
            }
        }).isInstanceOf(SseException.class).hasMessageContaining("Overloaded"));
        client.close();
    }

    @Test
    void anthropicErrorEventDuringARetrieveContinuationReachesTheClientVerbatim() throws Exception {
        // given round 1 asks for an original, round 2 fails after its message_start
        String output = Fixtures.bigToolOutput("error-loop", 3000);
        String hash = CcrMarker.hashOf(output);
        String text = "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
                + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":\"Let me look.\"}}\n\n"
                + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n";
        String first = "event: message_start\ndata: " + MESSAGE_START + "\n\n" + text + Fixtures.sse(
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\","
                        + "\"id\":\"toolu_r\",\"name\":\"headroom_retrieve\",\"input\":{}}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{\\\"hash\\\":\\\"" + hash + "\\\"}\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}",
                "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":20}}",
                "message_stop", "{\"type\":\"message_stop\"}");
        String error = "event: error\ndata: " + OVERLOADED + "\n\n";
        twoRounds("/v1/messages", sse(first), sse("event: message_start\ndata: " + MESSAGE_START + "\n\n" + error));

        // when
        Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/messages", Fixtures.anthropic(output, true),
                "x-api-key", "sk-ant-err"));

        // then: round 1's text, then the provider's error as it sent it, and the stream ends
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.broken()).isNull();
        assertThat(read.body()).isEqualTo("event: message_start\ndata: " + MESSAGE_START + "\n\n" + text + error);
        assertThat(WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo("/v1/messages")))).hasSize(2);
    }

    @Test
    void anthropicContinuationRefusedWith529ReachesTheClientAsAnErrorEventWithTheProviderBody() throws Exception {
        // given
        String output = Fixtures.bigToolOutput("529-loop", 3000);
        String first = Fixtures.sse("message_start", MESSAGE_START,
                "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\","
                        + "\"id\":\"toolu_r\",\"name\":\"headroom_retrieve\",\"input\":{}}}",
                "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\","
                        + "\"partial_json\":\"{\\\"hash\\\":\\\"" + CcrMarker.hashOf(output) + "\\\"}\"}}",
                "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}",
                "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":20}}",
                "message_stop", "{\"type\":\"message_stop\"}");
        twoRounds("/v1/messages", sse(first), aResponse().withStatus(529)
                .withHeader("content-type", "application/json").withBody(OVERLOADED));

        // when
        Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/messages", Fixtures.anthropic(output, true),
                "x-api-key", "sk-ant-err"));

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("event: message_start\ndata: " + MESSAGE_START + "\n\nevent: error\ndata: "
                + OVERLOADED + "\n\n");
    }

    // ---------------------------------------------------------------- OpenAI chat: error chunk, cut stream

    static final String CHUNK = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n";

    static final String CHAT_PLAIN = "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
    static final String CHAT_WITH_TOOLS = "{\"model\":\"gpt-4o\",\"stream\":true,\"tools\":[{\"type\":\"function\","
            + "\"function\":{\"name\":\"bash\",\"parameters\":{\"type\":\"object\"}}}],"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";

    @Test
    void openAiChatErrorChunkReachesTheClientVerbatimPassedThroughOrLooped() throws Exception {
        // given a stream that sends an error chunk and ends without [DONE]
        String upstream = CHUNK + "data: " + OPENAI_ERROR + "\n\n";
        stub("/v1/chat/completions", sse(upstream));

        for (String request : new String[] {CHAT_PLAIN, CHAT_WITH_TOOLS}) {
            // when
            Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/chat/completions", request,
                    "authorization", "Bearer sk-oai-err"));

            // then
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.broken()).isNull();
            assertThat(read.body()).isEqualTo(upstream);
        }
        assertThat(WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).getLast()
                .getBodyAsString()).contains("headroom_retrieve");

        // and the official SDK raises it
        OpenAIClient client = openAi();
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> {
            try (var stream = client.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
                    .model("gpt-4o").addUserMessage("Hi").build())) {
                stream.stream().forEach(c -> { });
            }
        }).isInstanceOf(com.openai.errors.SseException.class).hasMessageContaining("server had an error"));
        client.close();
    }

    @Test
    void openAiChatStreamBrokenBeforeItsFirstByteIsAnswered502InsteadOfHanging() throws Exception {
        // given an upstream that answers 200 and then breaks the body
        stub("/v1/chat/completions", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        for (String request : new String[] {CHAT_PLAIN, CHAT_WITH_TOOLS}) {
            // when
            Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/chat/completions", request,
                    "authorization", "Bearer sk-oai-err"));

            // then nothing reached the client yet, so it gets a status of its own in OpenAI's error shape
            assertThat(read.status()).isEqualTo(502);
            assertThat(read.broken()).isNull();
            assertThat(read.body()).startsWith("{\"error\":{\"message\":\"Upstream")
                    .contains("\"type\":\"server_error\"");
        }

        // and the official SDK fails rather than waits
        OpenAIClient client = openAi();
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> {
            try (var stream = client.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
                    .model("gpt-4o").addUserMessage("Hi").build())) {
                stream.stream().forEach(c -> { });
            }
        }).isInstanceOf(com.openai.errors.InternalServerException.class));
        client.close();
    }

    @Test
    void openAiChatContinuationCutByUpstreamCutsTheClientStreamAfterWhatItAlreadyGot() throws Exception {
        // given round 1 says something and calls headroom_retrieve; round 2's body breaks
        String output = Fixtures.bigToolOutput("cut-loop", 3000);
        String call = "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_r\","
                + "\"type\":\"function\",\"function\":{\"name\":\"headroom_retrieve\",\"arguments\":\"{\\\"hash\\\":\\\""
                + CcrMarker.hashOf(output) + "\\\"}\"}}]},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
                + "data: [DONE]\n\n";
        twoRounds("/v1/chat/completions", sse(CHUNK + call), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        String request = "{\"model\":\"gpt-4o\",\"stream\":true,\"tools\":[{\"type\":\"function\",\"function\":"
                + "{\"name\":\"bash\",\"parameters\":{\"type\":\"object\"}}}],\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"Why?\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"bash\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_1\","
                + "\"content\":" + Fixtures.json(output) + "}]}";

        // when
        Read read = assertTimeoutPreemptively(NO_HANG, () -> read("/v1/chat/completions", request,
                "authorization", "Bearer sk-oai-err"));

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).startsWith(CHUNK).doesNotContain("headroom_retrieve").doesNotContain("[DONE]");
        assertThat(read.broken()).isNotNull();
        assertThat(WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))).hasSize(2);
    }
}
