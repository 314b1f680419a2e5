package ai.headroom.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The proxy with {@code HEADROOM_CCR_STORE=redis} against a real redis-server, up and then down. */
@QuarkusTest
@QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = RedisUpstreamStore.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisStoreRouteTest {

    private static void stubUpstream() {
        WireMockUpstream.server.resetAll();
        WireMockUpstream.server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "application/json").withBody(AnthropicRouteTest.OK)));
    }

    @Test
    @Order(1)
    void originalsGoToRedisAndComeBackThroughTheRetrieveRoute() {
        stubUpstream();
        String output = Fixtures.bigToolOutput("redis", 4000);

        given().body(Fixtures.anthropic(output, false)).header("x-api-key", "sk-redis-tenant")
                .post("/v1/messages").then().statusCode(200);

        String sent = WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo("/v1/messages"))).getFirst()
                .getBodyAsString();
        String hash = CcrMarker.hashOf(output);
        assertThat(sent).contains("Retrieve more: hash=" + hash);
        Response original = given().header("x-api-key", "sk-redis-tenant").get("/v1/retrieve/" + hash);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.jsonPath().getString("original_content")).isEqualTo(output);
        given().get("/health/ready").then().statusCode(200);
    }

    @Test
    @Order(2)
    void withRedisDownRequestsAreStillServedLosslesslyAndHealthSaysDown() {
        stubUpstream();
        RedisUpstreamStore.redis.stop();
        String output = Fixtures.bigToolOutput("redis-down", 4000);

        Response response = given().body(Fixtures.anthropic(output, false)).header("x-api-key", "sk-redis-tenant")
                .post("/v1/messages");

        assertThat(response.statusCode()).isEqualTo(200);
        String sent = WireMockUpstream.server.findAll(postRequestedFor(urlEqualTo("/v1/messages"))).getFirst()
                .getBodyAsString();
        assertThat(sent).doesNotContain("Retrieve more: hash=" + CcrMarker.hashOf(output))
                .contains(Fixtures.json(output));
        given().get("/health/ready").then().statusCode(503);
    }
}
