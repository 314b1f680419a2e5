package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MustKeepTokensTest {

    @Test
    void findsNumbersIdsPathsIdentifiersFlagsDottedNamesUrlsAndCodeSpans() {
        String text = "At 09:12 UTC, 18% of calls to https://api.example.com/v2/pay (see /var/log/app.log) "
                + "failed in PaymentIntentController after commit 7f3c2e91; run it with --grace-period=30 or -v, "
                + "check hikari.maximumPoolSize, the POOL_MAX_SIZE variable, pool.ratio, close() and `kubectl get pods`.";

        assertThat(MustKeepTokens.find(text)).containsExactly(
                "09:12", "18%", "https://api.example.com/v2/pay", "/var/log/app.log", "PaymentIntentController",
                "7f3c2e91", "--grace-period=30", "-v", "hikari.maximumPoolSize", "POOL_MAX_SIZE", "pool.ratio",
                "close()", "`kubectl get pods`");
    }

    @Test
    void plainProseHasNoMustKeepTokens() {
        String prose = "The team, e.g. the on-call engineer and/or the reviewer, agreed. It was a well-known "
                + "TCP/IP issue in the U.S. region; \"nothing else\" changed (as expected).";

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
}
