package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official SDKs, pointed at the proxy, work unchanged: plain, streaming, and with a tool round trip. */
@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class SdkClientsTest {

    @TestHTTPResource("/")
    URL proxy;

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    private AnthropicClient anthropic() {
        return AnthropicOkHttpClient.builder().baseUrl(proxy.toString().replaceAll("/$", "")).apiKey("sk-ant-sdk")
                .maxRetries(0).build();
    }

    @Test
    void anthropicSdkDoesAToolRoundTripThroughTheProxy() {
        // given
        WireMockUpstream.server.stubFor(post(urlPathEqualTo("/v1/messages"))
                .withRequestBody(notContaining("tool_result")).willReturn(aResponse().withStatus(200)
                        .withHeader("content-type", "application/json")
                        .withBody("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
                                + "\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_w\",\"name\":\"get_weather\","
                                + "\"input\":{\"city\":\"Oslo\"}}],\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
                                + "\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}")));
        WireMockUpstream.server.stubFor(post(urlPathEqualTo("/v1/messages"))
                .withRequestBody(containing("tool_result")).willReturn(aResponse().withStatus(200)
                        .withHeader("content-type", "application/json")
                        .withBody("{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
                                + "\"content\":[{\"type\":\"text\",\"text\":\"It is sunny in Oslo.\"}],"
                                + "\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
                                + "\"usage\":{\"input_tokens\":20,\"output_tokens\":6}}")));
        Tool weather = Tool.builder().name("get_weather").inputSchema(Tool.InputSchema.builder()
                .properties(JsonValue.from(Map.of("city", Map.of("type", "string")))).build()).build();
        MessageCreateParams turn1 = MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(256)
                .addTool(weather).addUserMessage("Weather in Oslo?").build();

        // when
        AnthropicClient client = anthropic();
        {
            Message first = client.messages().create(turn1);
            ToolUseBlock call = first.content().getFirst().toolUse().orElseThrow();
            MessageCreateParams turn2 = turn1.toBuilder().addMessage(first)
                    .addUserMessageOfBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                            .toolUseId(call.id()).content("sunny, 21 C").build())))
                    .build();
            Message second = client.messages().create(turn2);

            // then
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(second.content().getFirst().text().orElseThrow().text()).isEqualTo("It is sunny in Oslo.");
            String sent = WireMockUpstream.server.getAllServeEvents().getFirst().getRequest().getBodyAsString();
            assertThat(sent).contains("\"tool_use_id\":\"toolu_w\"").contains("headroom_retrieve");
            assertThat(WireMockUpstream.server.getAllServeEvents().getFirst().getRequest().getHeader("x-api-key"))
                    .isEqualTo("sk-ant-sdk");
        }
        client.close();
    }

    @Test
    void anthropicSdkStreamsThroughTheProxy() {
        // given
        WireMockUpstream.server.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "text/event-stream").withBody(Fixtures.sse(
                        "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_s\",\"type\":\"message\","
                                + "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,"
                                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}",
                        "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                        "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hel\"}}",
                        "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"lo\"}}",
                        "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}",
                        "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
                                + "\"usage\":{\"output_tokens\":2}}",
                        "message_stop", "{\"type\":\"message_stop\"}"))));
        MessageCreateParams params = MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(64)
                .addUserMessage("Say hello").build();

        // when
        MessageAccumulator accumulator = MessageAccumulator.create();
        AnthropicClient client = anthropic();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params)) {
            stream.stream().forEach(accumulator::accumulate);
        }
        client.close();

        // then
        assertThat(accumulator.message().content().getFirst().text().orElseThrow().text()).isEqualTo("Hello");
    }

    @Test
    void openAiSdkChatWorksPlainAndStreaming() {
        // given
        WireMockUpstream.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(notContaining("\"stream\":true")).willReturn(aResponse().withStatus(200)
                        .withHeader("content-type", "application/json")
                        .withBody("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o\","
                                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi there\"},"
                                + "\"finish_reason\":\"stop\",\"logprobs\":null}],"
                                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}")));
        WireMockUpstream.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("\"stream\":true")).willReturn(aResponse().withStatus(200)
                        .withHeader("content-type", "text/event-stream")
                        .withBody("data: {\"id\":\"c2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
                                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi \"},\"finish_reason\":null}]}\n\n"
                                + "data: {\"id\":\"c2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
                                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"stream\"},\"finish_reason\":\"stop\"}]}\n\n"
                                + "data: [DONE]\n\n")));
        OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(proxy.toString() + "v1").apiKey("sk-openai-sdk")
                .maxRetries(0).build();
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("gpt-4o")
                .addUserMessage("Hello").build();

        // when
        ChatCompletion plain = client.chat().completions().create(params);
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        try (var stream = client.chat().completions().createStreaming(params)) {
            stream.stream().forEach((ChatCompletionChunk c) -> accumulator.accumulate(c));
        }

        // then
        assertThat(plain.choices().getFirst().message().content()).contains("Hi there");
        assertThat(accumulator.chatCompletion().choices().getFirst().message().content()).contains("Hi stream");
        assertThat(WireMockUpstream.server.getAllServeEvents().getFirst().getRequest().getHeader("authorization"))
                .isEqualTo("Bearer sk-openai-sdk");
        client.close();
    }
}
