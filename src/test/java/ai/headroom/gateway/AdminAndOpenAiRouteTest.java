package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
class AdminAndOpenAiRouteTest {

    @BeforeEach
    void reset() {
        WireMockUpstream.server.resetAll();
    }

    @Test
    void retrievalOnlyAnswersTheTenantThatStoredTheOriginal() {
        // given
        String output = Fixtures.bigToolOutput("tenant", 3000);
        Response compressed = given().body(Fixtures.anthropic(output, false)).header("x-api-key", "key-of-alice")
                .post("/v1/compress");
        String hash = CcrMarker.hashOf(output);

        // when
        Response alice = given().header("x-api-key", "key-of-alice").get("/v1/retrieve/" + hash);
        Response aliceByBody = given().header("authorization", "Bearer key-of-alice")
                .body("{\"hash\":\"" + hash + "\"}").post("/v1/retrieve");
        Response bob = given().header("x-api-key", "key-of-bob").get("/v1/retrieve/" + hash);

        // then
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.jsonPath().getList("ccr_hashes")).containsExactly(hash);
        assertThat(compressed.jsonPath().getInt("tokens_saved")).isPositive();
        assertThat(compressed.jsonPath().getList("transforms_applied")).contains("test_keep_head");
        assertThat(compressed.jsonPath().getString("messages[2].content[0].content")).isEqualTo(Fixtures.compressed(output));
        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(alice.jsonPath().getString("original_content")).isEqualTo(output);
        assertThat(aliceByBody.jsonPath().getString("original_content")).isEqualTo(output);
        assertThat(bob.statusCode()).isEqualTo(404);
    }

    @Test
    void compressHonoursTheRequestsConfigAndRefusesABadOneInOpenAiShape() {
        // given the same request, its bash result protected by the request's own config
        String output = Fixtures.bigToolOutput("config", 3000);
        String body = Fixtures.anthropic(output, false);
        String withConfig = body.substring(0, body.length() - 1) + ",\"config\":{\"protected_tools\":[\"bash\"],"
                + "\"deadline_ms\":2000,\"retrieve_tool\":\"when_marked\"}}";

        // when
        Response protectedByConfig = given().body(withConfig).header("x-api-key", "k-config").post("/v1/compress");
        Response plain = given().body(body).header("x-api-key", "k-config").post("/v1/compress");
        Response unknown = given().body(body.substring(0, body.length() - 1) + ",\"config\":{\"target\":0.5}}")
                .header("x-api-key", "k-config").post("/v1/compress");
        Response wrongType = given().body(body.substring(0, body.length() - 1) + ",\"config\":{\"min_savings\":\"a lot\"}}")
                .header("x-api-key", "k-config").post("/v1/compress");

        // then
        assertThat(protectedByConfig.statusCode()).isEqualTo(200);
        assertThat(protectedByConfig.jsonPath().getInt("tokens_saved")).isZero();
        assertThat(protectedByConfig.jsonPath().getList("ccr_hashes")).isEmpty();
        assertThat(protectedByConfig.jsonPath().getString("messages[2].content[0].content")).isEqualTo(output);
        assertThat(plain.jsonPath().getList("ccr_hashes")).containsExactly(CcrMarker.hashOf(output));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(unknown.jsonPath().getString("error.message")).startsWith("config has no setting \"target\"; known: ");
        assertThat(unknown.asString()).contains("\"param\":null,\"code\":null");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.jsonPath().getString("error.message"))
                .isEqualTo("config.min_savings must be a number from 0 to below 1, was \"a lot\"");
    }

    @Test
    void malformedChatRequestIsAnsweredWithOpenAiShaped400() {
        // when
        Response response = given().body("{\"messages\": nope}").header("authorization", "Bearer sk")
                .post("/v1/chat/completions");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(response.jsonPath().getString("error.message")).isNotBlank();
        assertThat(response.asString()).contains("\"param\":null,\"code\":null");
    }

    @Test
    void rateLimitedChatIsPassedThroughWithRetryAfter() {
        // given
        String limited = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,"
                + "\"code\":\"rate_limit_exceeded\"}}";
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("retry-after", "20").withHeader("x-ratelimit-remaining-requests", "0").withBody(limited)));

        // when
        Response response = given().body("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .header("authorization", "Bearer sk").header("OpenAI-Organization", "org-1")
                .post("/v1/chat/completions");

        // then
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.header("retry-after")).isEqualTo("20");
        assertThat(response.header("x-ratelimit-remaining-requests")).isEqualTo("0");
        assertThat(response.asString()).isEqualTo(limited);
        assertThat(WireMockUpstream.server.getAllServeEvents().getFirst().getRequest().getHeader("OpenAI-Organization"))
                .isEqualTo("org-1");
    }

    @Test
    void healthMetricsAndStatsAreServed() {
        // given
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody(AnthropicRouteTest.OK)));
        given().body(Fixtures.anthropic(Fixtures.bigToolOutput("stats", 3000), false)).header("x-api-key", "k")
                .post("/v1/messages").then().statusCode(200);

        // when
        Response health = given().get("/health");
        String metrics = given().get("/metrics").asString();
        Response stats = given().get("/stats");

        // then
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.asString()).contains("ccr-store").contains("UP");
        assertThat(metrics).contains("headroom_requests_total").contains("headroom_tokens_before_total");
        assertThat(stats.jsonPath().getLong("requests.anthropic_messages")).isPositive();
        assertThat(stats.jsonPath().getLong("tokens_saved_by_kind.text.tokens_saved")).isPositive();
        assertThat(stats.jsonPath().getLong("cache_read_input_tokens")).isGreaterThanOrEqualTo(100);
    }
}
