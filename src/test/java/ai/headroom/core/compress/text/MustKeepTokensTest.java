package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokens both prose compressors never drop. */
class MustKeepTokensTest {

    @Test
    void findsNumbersIdsPathsIdentifiersFlagsDottedNamesUrlsAndCodeSpans() {
        String text = "At 09:12 UTC, 18% of calls to https://api.example.com/v2/pay (see /var/log/app.log) "
                + "failed in PaymentIntentController after commit 7f3c2e91; run it with --grace-period=30 or -v, "
                + "check hikari.maximumPoolSize, the POOL_MAX_SIZE variable, pool.ratio, close() and `kubectl get pods`.";

        assertThat(MustKeepTokens.find(text)).containsExactly(
                "09:12", "UTC", "18%", "https://api.example.com/v2/pay", "/var/log/app.log", "PaymentIntentController",
                "7f3c2e91", "--grace-period=30", "-v", "hikari.maximumPoolSize", "POOL_MAX_SIZE", "pool.ratio",
                "close()", "`kubectl get pods`");
    }

    @Test
    void plainProseHasNoMustKeepTokens() {
        String prose = "The team, e.g. the on-call engineer and/or the reviewer, agreed. It was a well-known "
                + "routing issue in the U.S. region; \"nothing else\" changed (as expected), a decade of faced bugs.";

        assertThat(MustKeepTokens.find(prose)).isEmpty();
        assertThat(MustKeepTokens.contains(prose)).isFalse();
    }

    @Test
    void containsSpotsASingleToken() {
        assertThat(MustKeepTokens.contains("Restart it with the new config.yaml file.")).isTrue();
        assertThat(MustKeepTokens.contains("Restart it with the new file.")).isFalse();
    }

    @Test
    void eachTokenIsASubstringOfTheText() {
        String text = ProseFixtures.incidentPostmortem();

        assertThat(MustKeepTokens.find(text)).isNotEmpty().allSatisfy(t -> assertThat(text).contains(t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "3.14,", "v1.2.3", "14:05", "2024-06-11", "0x1F", "deadbeef", "7c1e0b4d.",
        "/var/log/app.log", "C:\\temp", "~/.bashrc", "https://example.com/a?b=1", "www.example.com",
        "HashMap", "getUserById", "iPhone", "API", "(HTTP)", "TCP/IP", "--dry-run", "-v", "java.util.List",
        "app.yaml", "max_tokens", "$HOME", "@alice", "#1234", "#release", "key=value", "json|yaml", "`code`",
        "ReportRepository.", "close(),"})
    void structuredWordsMustBeKept(String word) {
        assertThat(MustKeepTokens.matches(word)).as(word).isTrue();
        assertThat(MustKeepTokens.contains("See " + word + " here")).as(word).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "The", "server,", "(because", "e.g.", "i.e.", "U.S.", "decade", "faced", "-",
        "--", "—", "...", "\"quoted\"", "well-known", "don't", "A", "and/or", "#", "$"})
    void plainWordsAreNot(String word) {
        assertThat(MustKeepTokens.matches(word)).as(word).isFalse();
    }
}
