package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveredTokensTest {

    @Test
    void aUnitCoversSomethingNewOnlyWhenItCarriesATokenNotSeenBefore() {
        String text = "Set --retries=3 in config.yaml. Then set --retries=3 again. Also bump v1.2.3 there.";
        int second = text.indexOf("Then");
        int third = text.indexOf("Also");
        CoveredTokens covered = new CoveredTokens();

        covered.cover(text, 0, second);

        assertThat(covered.coverNew(text, second, third)).isFalse();
        assertThat(covered.coverNew(text, third, text.length())).isTrue();
        assertThat(covered.coverNew(text, third, text.length())).isFalse();
    }

    @Test
    void tokensOfARangeAreTheTokensOfThatSubstring() {
        String text = "run `make all` then `npm test` and see /var/log/app.log; ping @alice about PR #42";
        for (int from = 0; from < text.length(); from += 3) {
            for (int to = from; to <= text.length(); to += 5) {
                List<String> inRange = new ArrayList<>();
                MustKeepTokens.forEach(text, from, to, (s, e) -> inRange.add(text.substring(s, e)));

                assertThat(inRange.stream().distinct().toList()).as("%d..%d", from, to)
                        .isEqualTo(MustKeepTokens.find(text.substring(from, to)));
            }
        }
    }
}
