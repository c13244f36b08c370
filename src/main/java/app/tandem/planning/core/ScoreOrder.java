package app.tandem.planning.core;

/**
 * Sorts item positions by score, highest first, ties by id, on primitive arrays (a stable merge
 * sort of int indexes: no boxing, no comparator objects).
 */
final class ScoreOrder {

    private static final int INSERTION = 24;

    private ScoreOrder() {}

    /** The positions 0..n-1 ordered by {@code values} descending, then by {@code ids} ascending. */
    static int[] sort(double[] values, long[] ids, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        sort(order, buffer, 0, n, values, ids);
        return order;
    }

    private static void sort(int[] a, int[] buffer, int from, int to, double[] values, long[] ids) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && before(v, a[j], values, ids)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, buffer, from, mid, values, ids);
        sort(a, buffer, mid, to, values, ids);
        if (!before(a[mid], a[mid - 1], values, ids)) {
            return; // already in order
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && !before(buffer[j], buffer[i], values, ids))) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }

    /** Whether position {@code x} ranks strictly before position {@code y}. */
    private static boolean before(int x, int y, double[] values, long[] ids) {
        int byScore = Double.compare(-values[x], -values[y]); // as Comparator.comparingDouble(-score)
        return byScore < 0 || (byScore == 0 && ids[x] < ids[y]);
    }
}
