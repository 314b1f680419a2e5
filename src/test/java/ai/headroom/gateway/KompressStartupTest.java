package ai.headroom.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With HEADROOM_KOMPRESS_MODEL_DIR set, the model loads at start-up and compresses prose end to end. */
@QuarkusTest
@TestProfile(KompressStartupTest.TinyModel.class)
class KompressStartupTest {

    /** Points the gateway at the tiny model the project builds, and leaves prose to Kompress alone. */
    public static class TinyModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("headroom.kompress-model-dir", "src/test/resources/kompress-tiny",
                    "quarkus.arc.exclude-types", TestCompressor.class.getName(),
                    "headroom.compression-deadline", "10s", "headroom.compression-timeout", "20s");
        }
    }

    @Test
    void proseInAToolResultIsCompressedByTheConfiguredModel() throws Exception {
        String prose = ("The team reviewed the incident on the payment service and agreed that the retry policy "
                + "was the main cause of the outage. They decided to add a circuit breaker, lower the timeout to "
                + "2 seconds and page the on-call engineer sooner. Several people asked whether the cache should "
                + "be warmed before deploys, and the group thought it would help in most cases. ").repeat(4);
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Summarise the notes\"},"
                + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"read_notes\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"c1\","
                + "\"content\":" + Fixtures.json(prose) + "}]}";

        Response response = given().body(body).header("x-api-key", "k").post("/v1/compress");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getList("transforms_applied")).contains("kompress");
        assertThat(response.jsonPath().getInt("tokens_saved")).isPositive();
        assertThat(response.jsonPath().getString("messages[2].content")).contains("2", "Retrieve more: hash=");
    }
}
