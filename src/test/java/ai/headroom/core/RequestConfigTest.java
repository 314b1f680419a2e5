package ai.headroom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.headroom.core.content.ContentKind;
import ai.headroom.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestConfigTest {

    private static Settings of(String config) {
        String body = "{\"model\":\"m\",\"messages\":[]" + (config == null ? "" : ",\"config\":" + config) + "}";
        return RequestConfig.of(Settings.defaults(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySettingARequestMayChangeIsRead() {
        // when
        Settings s = of("{\"deadline_ms\":1500,\"retrieve_tool\":\"always\",\"protected_tools\":[\"Bash\"],"
                + "\"min_block_chars\":100,\"error_verbatim_chars\":0,\"min_savings\":0.3,\"kinds\":[\"json\",\"log\"],"
                + "\"compress_system\":true}");

        // then
        assertThat(s.deadline()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.retrieveTool()).isEqualTo(Settings.RetrieveToolPolicy.ALWAYS);
        assertThat(s.protectedTools()).containsExactly("Bash");
        assertThat(s.minBlockChars()).isEqualTo(100);
        assertThat(s.errorVerbatimChars()).isZero();
        assertThat(s.minSavings()).isEqualTo(0.3);
        assertThat(s.kinds()).containsExactlyInAnyOrder(ContentKind.JSON, ContentKind.LOG);
        assertThat(s.compressSystem()).isTrue();
        assertThat(s.ccrTtl()).isEqualTo(Settings.defaults().ccrTtl());
    }

    @Test
    void noConfigAnEmptyOneOrNullLeaveTheSettingsAsTheyWere() {
        assertThat(of(null)).isEqualTo(Settings.defaults());
        assertThat(of("null")).isEqualTo(Settings.defaults());
        assertThat(of("{}")).isEqualTo(Settings.defaults());
        assertThat(of("{\"protected_tools\":[]}").protectedTools()).isEmpty();
        assertThat(RequestConfig.of(Settings.defaults(), "{not json".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Settings.defaults());
    }

    @Test
    void unknownKeysAndWrongValuesAreRefusedByName() {
        assertThatThrownBy(() -> of("{\"target\":0.5}")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("config has no setting \"target\"; known: compress_system, deadline_ms, error_verbatim_chars, "
                        + "kinds, min_block_chars, min_savings, protected_tools, retrieve_tool");
        assertThatThrownBy(() -> of("{\"deadline_ms\":0}")).hasMessage(
                "config.deadline_ms must be an integer from 1 to 60000, was 0");
        assertThatThrownBy(() -> of("{\"deadline_ms\":1.5}")).hasMessageContaining("was 1.5");
        assertThatThrownBy(() -> of("{\"min_savings\":1}")).hasMessage(
                "config.min_savings must be a number from 0 to below 1, was 1");
        assertThatThrownBy(() -> of("{\"kinds\":[\"yaml\"]}")).hasMessageStartingWith(
                "config.kinds holds unknown kind \"yaml\"");
        assertThatThrownBy(() -> of("{\"protected_tools\":[\"a\",1]}")).hasMessage(
                "config.protected_tools must be an array of strings, holds 1");
        assertThatThrownBy(() -> of("{\"compress_system\":\"yes\"}")).hasMessage(
                "config.compress_system must be true or false, was \"yes\"");
        assertThatThrownBy(() -> of("{\"retrieve_tool\":\"ALWAYS\"}")).hasMessageStartingWith(
                "config.retrieve_tool must be \"when_marked\", \"when_client_has_tools\" or \"always\"");
        assertThatThrownBy(() -> of("\"fast\"")).hasMessage("config must be an object, was \"fast\"");
    }

    @Test
    void aRequestsSettingsReachThePipelineWithoutChangingTheInstance() throws Exception {
        // given
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
                + Json.mapper().writeValueAsString("[" + "{\"id\":1,\"v\":\"aaaaaaaaaaaaaaaaaaaa\"},".repeat(200)
                + "{\"id\":2,\"v\":\"b\"}]") + "}],\"config\":{\"min_block_chars\":1000000}}";
        try (Headroom h = Headroom.builder().store(new ai.headroom.core.ccr.InMemoryCcrStore()).build()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

            // when
            CompressionResult skipped = h.compress(CompressionRequest.of(bytes), RequestConfig.of(h.settings(), bytes));
            CompressionResult plain = h.compress(CompressionRequest.of(bytes));

            // then
            assertThat(skipped.tokensSaved()).isZero();
            assertThat(plain.tokensSaved()).isPositive();
            assertThat(h.settings()).isEqualTo(Settings.defaults());
        }
    }
}
