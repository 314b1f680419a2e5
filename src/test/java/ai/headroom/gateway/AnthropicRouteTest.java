package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class AnthropicRouteTest {

    static final String OK = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
            + "\"content\":[{\"type\":\"text\",\"text\":\"The linker fails.\"}],\"stop_reason\":\"end_turn\","
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":120,\"output_tokens\":5,\"cache_read_input_tokens\":100}}";

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    private static List<LoggedRequest> upstreamRequests(String path) {
        return WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    @Test
    void compressedRequestReachesUpstreamAsExpectedJsonWithRetrieveToolAndTokenHeaders() {
        // given
        // A real model takes hundreds of ms to answer; the token count (started as the request went up) is
        // done by then, and only then are the x-headroom-tokens-* headers sent.
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages?beta=true")).willReturn(aResponse()
                .withStatus(200).withHeader("content-type", "application/json").withBody(OK).withFixedDelay(500)));
        String output = Fixtures.bigToolOutput("build", 4000);

        // when
        Response response = given().body(Fixtures.anthropic(output, false))
                .header("x-api-key", "sk-ant-tenant-a").header("anthropic-version", "2023-06-01")
                .header("anthropic-beta", "prompt-caching-2024-07-31").header("content-type", "application/json")
                .post("/v1/messages?beta=true");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).isEqualTo(OK);
        LoggedRequest sent = upstreamRequests("/v1/messages?beta=true").getFirst();
        assertThat(sent.getBodyAsString()).isEqualTo(Fixtures.anthropicCompressed(output, false));
        assertThat(sent.getHeader("x-api-key")).isEqualTo("sk-ant-tenant-a");
        assertThat(sent.getHeader("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.getHeader("anthropic-beta")).isEqualTo("prompt-caching-2024-07-31");
        assertThat(Integer.parseInt(response.header("x-headroom-tokens-saved"))).isPositive();
        assertThat(Integer.parseInt(response.header("x-headroom-tokens-before")))
                .isGreaterThan(Integer.parseInt(response.header("x-headroom-tokens-after")));
    }

    @Test
    void bypassHeaderForwardsTheClientBytesUntouchedAndIsNotForwarded() {
        // given
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withStatus(200).withHeader("content-type", "application/json").withBody(OK)));
        String body = Fixtures.anthropic(Fixtures.bigToolOutput("bypass", 3000), false);

        // when
        Response response = given().body(body).header("x-api-key", "k").header("x-headroom-bypass", "true")
                .header("Keep-Alive", "timeout=5").post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        LoggedRequest sent = upstreamRequests("/v1/messages").getFirst();
        assertThat(sent.getBodyAsString()).isEqualTo(body);
        assertThat(sent.containsHeader("x-headroom-bypass")).isFalse();
        assertThat(sent.containsHeader("Keep-Alive")).isFalse();
    }

    @Test
    void aBodyLargerThanOneWriteSliceReachesUpstreamWholeWithItsLength() {
        // given a body of ~100 KB, written upstream in slices, with multi-byte characters across the slice ends
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withStatus(200).withHeader("content-type", "application/json").withBody(OK)));
        byte[] body = Fixtures.anthropic(Fixtures.bigToolOutput("ünïcödé ✓ 日本", 100_000), false)
                .getBytes(StandardCharsets.UTF_8);

        // when
        Response response = given().body(body).header("x-api-key", "k").header("x-headroom-bypass", "true")
                .header("content-type", "application/json").post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        LoggedRequest sent = upstreamRequests("/v1/messages").getFirst();
        assertThat(sent.getBody()).isEqualTo(body);
        assertThat(sent.getHeader("content-length")).isEqualTo(Integer.toString(body.length));
    }

    @Test
    void turnTwoUpstreamBodyStartsWithTurnOneUpstreamMessagesByteForByte() {
        // given
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withStatus(200).withHeader("content-type", "application/json").withBody(OK)));
        String first = Fixtures.bigToolOutput("turn1", 3000);
        String turn1 = Fixtures.anthropic(first, false);
        String second = Fixtures.bigToolOutput("turn2", 3000);
        String turn2 = turn1.substring(0, turn1.length() - 2)
                + ",{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"bash\","
                + "\"input\":{\"cmd\":\"make test\"}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
                + "\"tool_use_id\":\"toolu_2\",\"content\":" + Fixtures.json(second) + "}]}]}";

        // when
        given().body(turn1).header("x-api-key", "k").post("/v1/messages").then().statusCode(200);
        given().body(turn2).header("x-api-key", "k").post("/v1/messages").then().statusCode(200);

        // then
        List<LoggedRequest> sent = upstreamRequests("/v1/messages");
        String up1 = sent.get(0).getBodyAsString();
        String up2 = sent.get(1).getBodyAsString();
        assertThat(up1).endsWith("]}");
        assertThat(up2).startsWith(up1.substring(0, up1.length() - 2));
        assertThat(up2).contains(CcrMarker.hashOf(second));
    }

    @Test
    void malformedJsonIsAnsweredWithAnthropicShaped400() {
        // when
        Response response = given().body("{\"model\":\"claude\",\"messages\":[").header("x-api-key", "k")
                .header("anthropic-version", "2023-06-01").post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("type")).isEqualTo("error");
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(response.jsonPath().getString("error.message")).isNotBlank();
        assertThat(upstreamRequests("/v1/messages")).isEmpty();
    }

    @Test
    void overloadedUpstreamIsPassedThroughWithStatusHeadersAndBody() {
        // given
        String overloaded = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(529)
                .withHeader("retry-after", "7").withHeader("content-type", "application/json").withBody(overloaded)));

        // when
        Response response = given().body(Fixtures.anthropic("short", false)).header("x-api-key", "k")
                .post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(529);
        assertThat(response.header("retry-after")).isEqualTo("7");
        assertThat(response.asString()).isEqualTo(overloaded);
    }

    @Test
    void upstreamThatHangsIsAnsweredWith504InAnthropicShape() {
        // given
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4000).withBody(OK)));

        // when
        Response response = given().body(Fixtures.anthropic("short", false)).header("x-api-key", "k")
                .post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("timeout_error");
    }

    @Test
    void countTokensAndUnknownPathsArePassedThroughUntouched() {
        // given
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages/count_tokens?beta=true"))
                .willReturn(aResponse().withStatus(200).withBody("{\"input_tokens\":1234}")));
        WireMockUpstream.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/v1/models?limit=2"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));
        String body = Fixtures.anthropic(Fixtures.bigToolOutput("count", 3000), false);

        // when
        Response count = given().body(body).header("x-api-key", "k").post("/v1/messages/count_tokens?beta=true");
        Response models = given().header("x-api-key", "k").header("anthropic-version", "2023-06-01")
                .get("/v1/models?limit=2");

        // then
        assertThat(count.asString()).isEqualTo("{\"input_tokens\":1234}");
        assertThat(upstreamRequests("/v1/messages/count_tokens?beta=true").getFirst().getBodyAsString()).isEqualTo(body);
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.asString()).isEqualTo("{\"data\":[]}");
    }
}
