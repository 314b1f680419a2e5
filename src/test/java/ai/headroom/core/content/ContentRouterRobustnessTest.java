package ai.headroom.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentRouterRobustnessTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    private final ContentRouter router = new ContentRouter();

    static Stream<Arguments> hostileInputs() {
        String logLine = "2025-03-11 10:00:00,001 INFO  [main] c.a.Service - handled request id=42 in 3 ms\n";
        String jsonItem = "{\"id\": 1, \"name\": \"item\", \"tags\": [\"a\", \"b\"]},\n";
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace", " \t\n\r\n   \n"),
                Arguments.of("binary garbage", garbage(20_000)),
                Arguments.of("10k deep open brackets", "[".repeat(10_000)),
                Arguments.of("10k deep balanced brackets", "[".repeat(10_000) + "]".repeat(10_000)),
                Arguments.of("10k deep objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
                Arguments.of("bracket lines", "[\n".repeat(200_000)),
                Arguments.of("brace lines", "{\n".repeat(200_000)),
                Arguments.of("lone surrogates", "\uD800 lone \uDC00 surrogates \uD83D\n".repeat(50)),
                Arguments.of("unclosed fence", "intro\n```python\n" + "x = 1\n".repeat(100_000)),
                Arguments.of("many tiny paragraphs", "a\n\n".repeat(300_000)),
                Arguments.of("5 MB one line", "x".repeat(FIVE_MB)),
                Arguments.of("5 MB log", logLine.repeat(FIVE_MB / logLine.length())),
                Arguments.of("5 MB json", "[" + jsonItem.repeat(FIVE_MB / jsonItem.length()) + "{}]"),
                Arguments.of("5 MB unterminated json", "[" + jsonItem.repeat(FIVE_MB / jsonItem.length())),
                Arguments.of("5 MB garbage", garbage(FIVE_MB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputsAreHandledQuicklyWithoutExceptions(String name, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            // when
            Detection detection = router.detect(text);
            List<Section> sections = router.split(text);

            // then
            assertThat(detection.confidence()).isBetween(0.0, 1.0);
            assertThat(ContentRouterSplitTest.concat(sections)).isEqualTo(text);
        });
    }

    @Test
    void bigJsonIsStillRecognisedAsJson() {
        // given
        String item = "{\"id\": 1, \"name\": \"item\", \"price\": 9.99},\n";
        String text = "[" + item.repeat(FIVE_MB / item.length()) + "{}]";

        // when / then
        assertThat(router.detect(text).kind()).isEqualTo(ContentKind.JSON);
    }

    @Test
    void binaryGarbageIsText() {
        assertThat(router.detect(garbage(10_000)).kind()).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void nullIsTreatedAsNoContent() {
        assertThat(router.detect(null).kind()).isEqualTo(ContentKind.TEXT);
        assertThat(router.split(null)).isEmpty();
    }

    private static String garbage(int length) {
        Random random = new Random(7);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(0x10000);
        }
        return new String(chars);
    }
}
