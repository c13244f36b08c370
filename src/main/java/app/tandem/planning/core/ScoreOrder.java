package app.tandem.planning.core;

/**
 * Sorts item positions by score, highest first, ties by id, on primitive arrays: a least significant
 * digit radix sort (stable, 11 bits a pass, passes where every key has the same digit skipped) of
 * each score's bits turned into an unsigned key that orders as {@link Double#compare} does, over
 * positions already in id order. No boxing, no comparator, no comparison per pair.
 */
final class ScoreOrder {

    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;

    private ScoreOrder() {}

    /** The positions 0..n-1 ordered by {@code values} descending, then by {@code ids} ascending. */
    static int[] sort(double[] values, long[] ids, int n) {
        int[] order = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            keys[i] = ids[i] ^ Long.MIN_VALUE; // signed ids as unsigned keys in the same order
        }
        if (!ascending(ids, n)) {
            sort(keys, order, n);
        }
        for (int k = 0; k < n; k++) {
            keys[k] = key(-values[order[k]]);
        }
        sort(keys, order, n);
        return order;
    }

    /**
     * An unsigned key in the order of {@link Double#compare}: -∞ < … < -0.0 < 0.0 < … < ∞ < NaN. Flips
     * every bit of a negative number (larger magnitudes come first) and only the sign bit of the rest.
     */
    static long key(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static boolean ascending(long[] ids, int n) {
        for (int i = 1; i < n; i++) {
            if (ids[i] < ids[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Stable sort of {@code keys[0..n)} as unsigned numbers, carrying {@code order} along. */
    private static void sort(long[] keys, int[] order, int n) {
        long[] keysFrom = keys;
        int[] orderFrom = order;
        long[] keysTo = new long[n];
        int[] orderTo = new int[n];
        int[] counts = new int[RADIX];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (keysFrom[i] >>> shift) & MASK]++;
            }
            if (n == 0 || counts[(int) (keysFrom[0] >>> shift) & MASK] == n) {
                continue; // every key has this digit: the order stays
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int count = counts[d];
                counts[d] = sum;
                sum += count;
            }
            for (int i = 0; i < n; i++) {
                int at = counts[(int) (keysFrom[i] >>> shift) & MASK]++;
                keysTo[at] = keysFrom[i];
                orderTo[at] = orderFrom[i];
            }
            long[] keysSwap = keysFrom;
            keysFrom = keysTo;
            keysTo = keysSwap;
            int[] orderSwap = orderFrom;
            orderFrom = orderTo;
            orderTo = orderSwap;
        }
        if (orderFrom != order) {
            System.arraycopy(orderFrom, 0, order, 0, n);
            System.arraycopy(keysFrom, 0, keys, 0, n);
        }
    }
}
