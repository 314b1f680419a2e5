package ai.headroom.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With HEADROOM_CACHE_ALIGN=move, the proxy moves the system prompt's volatile lines to the last user message. */
@QuarkusTest
@TestProfile(CacheAlignConfigTest.Move.class)
class CacheAlignConfigTest {

    /** The setting as an operator writes it. */
    public static class Move implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("headroom.cache-align", "move");
        }
    }

    @Test
    void aTimestampInTheSystemPromptMovesToAReminderAfterTheLastUserMessage() {
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":"
                + Fixtures.json("You are a build assistant.\nCurrent time: 2025-11-20T14:03:27Z\nBe brief.")
                + "},{\"role\":\"user\",\"content\":\"Why did the build fail?\"}]}";

        Response response = given().body(body).header("x-api-key", "k").post("/v1/compress");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("messages[0].content")).isEqualTo("You are a build assistant.\nBe brief.");
        assertThat(response.jsonPath().getString("messages[1].content")).isEqualTo(
                "Why did the build fail?\n\n<system-reminder>\nCurrent time: 2025-11-20T14:03:27Z\n</system-reminder>");
        assertThat(response.jsonPath().getList("transforms_applied")).contains("cache_align");
    }
}
