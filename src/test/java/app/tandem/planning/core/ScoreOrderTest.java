package app.tandem.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The radix sort of scores gives the order a comparator does: score descending ({@link Double#compare}), then id. */
class ScoreOrderTest {

    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1.0,
        -1.0
    };

    @Test
    void ordersAsTheComparatorDoesWithTiesNegativeZeroesInfinitiesAndIdsInAnyOrder() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            int n = round < 250 ? random.nextInt(40) : 1 + random.nextInt(20_000);
            double[] values = new double[n];
            long[] ids = new long[n];
            boolean idsInOrder = random.nextBoolean();
            for (int i = 0; i < n; i++) {
                int draw = random.nextInt(4);
                values[i] = draw == 0
                        ? SPECIAL[random.nextInt(SPECIAL.length)]
                        : draw == 1
                                ? random.nextInt(5) / 2.0
                                : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9) - 4);
                ids[i] = idsInOrder
                        ? i * 3L
                        : random.nextLong(-1_000, 1_000); // repeated ids keep their positions' order
            }
            Comparator<Integer> expected =
                    Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingLong(i -> ids[i]);
            int[] wanted = IntStream.range(0, n)
                    .boxed()
                    .sorted(expected)
                    .mapToInt(Integer::intValue)
                    .toArray();

            assertThat(ScoreOrder.sort(values, ids, n)).as("round %d", round).containsExactly(wanted);
        }
    }

    @Test
    void sortsOnlyTheFirstNPositions() {
        assertThat(ScoreOrder.sort(new double[] {1, 3, 2, 9}, new long[] {1, 2, 3, 4}, 3))
                .containsExactly(1, 2, 0);
    }
}
