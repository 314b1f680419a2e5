package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ByScoreTest {

    @Test
    void ordersAsTheBoxedComparatorDoesWithTiesByPosition() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            double[] score = new double[n + 5];
            for (int i = 0; i < score.length; i++) {
                // Few distinct values, so ties are common; 0.0 and -0.0 both appear.
                score[i] = random.nextInt(5) == 0 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextInt(4) * 0.5;
            }
            int[] units = IntStream.range(0, score.length).filter(i -> i % 3 != 1).toArray();
            List<Integer> expected = new java.util.ArrayList<>(IntStream.of(units).boxed().toList());
            expected.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));

            int[] actual = ByScore.order(units, score);

            assertThat(actual).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
