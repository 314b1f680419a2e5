package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which words Kompress never drops. */
class MustKeepTest {

    @ParameterizedTest
    @ValueSource(strings = {"42", "3.14,", "v1.2.3", "14:05", "2024-06-11", "0x1F", "deadbeef", "7c1e0b4d.",
        "/var/log/app.log", "C:\\temp", "~/.bashrc", "https://example.com/a?b=1", "www.example.com",
        "HashMap", "getUserById", "iPhone", "API", "(HTTP)", "--dry-run", "-v", "java.util.List", "app.yaml",
        "max_tokens", "$HOME", "@alice", "#1234", "key=value", "`code`", "ReportRepository."})
    void structuredWordsAreKept(String word) {
        assertThat(MustKeep.matches(word)).as(word).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "The", "server,", "(because", "e.g.", "i.e.", "decade", "faced", "-", "--", "—",
        "...", "\"quoted\"", "well-known", "don't", "A"})
    void plainWordsAreNot(String word) {
        assertThat(MustKeep.matches(word)).as(word).isFalse();
    }
}
