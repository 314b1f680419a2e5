package ai.headroom.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Proxy token, refused upstream, client disconnect, oversized body, circuit breaker. */
@QuarkusTest
@QuarkusTestResource(value = SlowUpstream.class, restrictToAnnotatedClass = true)
class EdgeCasesTest {

    static final String TOKEN = "secret-proxy-token";

    @TestHTTPResource("/")
    URL proxy;

    @Test
    void callersWithoutTheProxyTokenGet401AndTheTokenIsNeverForwarded() {
        // when
        Response without = given().body(Fixtures.anthropic("hi", false)).header("x-api-key", "k").post("/v1/messages");
        Response with = given().body(Fixtures.anthropic("hi", false)).header("x-api-key", "k")
                .header("x-headroom-token", TOKEN).post("/v1/messages");

        // then
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.jsonPath().getString("error.type")).isEqualTo("authentication_error");
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(SlowUpstream.lastHeaders.get()).doesNotContainKey("x-headroom-token").containsKey("x-api-key");
    }

    @Test
    void refusedUpstreamConnectionIsAnsweredWith502InOpenAiShape() {
        // when
        Response response = given().body("{\"model\":\"gpt-4o\",\"messages\":[]}").header("x-headroom-token", TOKEN)
                .header("authorization", "Bearer sk").post("/v1/chat/completions");

        // then
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.jsonPath().getString("error.type")).isEqualTo("server_error");
        assertThat(response.asString()).contains("\"param\":null");
    }

    @Test
    void clientDisconnectMidStreamCancelsTheUpstreamCall() throws Exception {
        // given
        SlowUpstream.streamClosed = new CountDownLatch(1);
        byte[] body = Fixtures.anthropic("hi", true).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(proxy.getHost(), proxy.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/messages HTTP/1.1\r\nHost: localhost\r\nx-api-key: k\r\nx-headroom-token: " + TOKEN
                    + "\r\ncontent-type: application/json\r\ncontent-length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String seen = "";
            byte[] buf = new byte[4096];
            while (!seen.contains("event: ping")) {
                int n = in.read(buf);
                assertThat(n).isPositive();
                seen += new String(buf, 0, n, StandardCharsets.UTF_8);
            }
            assertThat(seen).startsWith("HTTP/1.1 200").contains("message_start");
        }
        // when the client socket is closed (above), then the upstream sees its connection end
        assertThat(SlowUpstream.streamClosed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void bodyOver100MiBIsAnsweredWith413InAnthropicShape() throws Exception {
        // given
        byte[] huge = new byte[100 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create(proxy + "v1/messages"))
                .header("x-api-key", "k").header("x-headroom-token", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build();

        // when
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"type\":\"error\"").contains("request_too_large");
    }

    @Test
    void repeatedCompressionFailuresOpenTheBreakerAndTrafficPassesThroughUntouched() {
        // given four requests whose compression throws
        for (int i = 0; i < 4; i++) {
            String failing = Fixtures.anthropic("BOOM " + i + " " + Fixtures.bigToolOutput("boom" + i, 2000), false);
            given().body(failing).header("x-api-key", "k").header("x-headroom-token", TOKEN).post("/v1/messages")
                    .then().statusCode(200);
        }
        String compressible = Fixtures.anthropic(Fixtures.bigToolOutput("after-breaker", 3000), false);

        // when
        Response response = given().body(compressible).header("x-api-key", "k").header("x-headroom-token", TOKEN)
                .post("/v1/messages");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlowUpstream.lastBody.get()).isEqualTo(compressible);
        assertThat(given().header("x-headroom-token", TOKEN).get("/stats").jsonPath().getLong("failures.circuit_open"))
                .isPositive();
    }
}
