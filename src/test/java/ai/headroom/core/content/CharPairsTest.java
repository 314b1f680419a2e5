package ai.headroom.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharPairsTest {

    @Test
    void aLineHoldsThePairsOfEveryPartOfIt() {
        Random random = new Random(7);
        String alphabet = "abcdefghij (){};:.=<>\"'_ ABCé€";
        for (int run = 0; run < 2_000; run++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(160); i < n; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(line.length());
            String part = line.substring(from, from + random.nextInt(line.length() - from + 1));

            assertThat(CharPairs.containsAll(CharPairs.fill(CharPairs.empty(), line.toString()), CharPairs.needed(part)))
                    .as(part).isTrue();
        }
    }

    @Test
    void aHintWithAPairTheLineLacksIsRuledOut() {
        long[] prose = CharPairs.fill(CharPairs.empty(), "The deploy finished and the team went home early that day.");

        assertThat(CharPairs.containsAll(prose, CharPairs.needed("console.log"))).isFalse();
        assertThat(CharPairs.containsAll(prose, CharPairs.needed("err != nil"))).isFalse();
        assertThat(CharPairs.containsAll(prose, CharPairs.needed("the team"))).isTrue();
    }
}
