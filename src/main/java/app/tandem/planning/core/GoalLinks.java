package app.tandem.planning.core;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An initiative's goal links, immutable, packed into one array of four numbers each (goal, KPI,
 * expected change, which of the last two are there): the scores and the conflicts read them on every
 * plan without following a link object and its boxed KPI id and change. To everyone else it is a
 * read-only {@code List<GoalLink>} whose elements are made when read; a null link is refused.
 */
final class GoalLinks extends AbstractList<Item.GoalLink> implements RandomAccess {

    private static final GoalLinks NONE = new GoalLinks(new long[0]);
    static final int STRIDE = 4;
    private static final long HAS_KPI = 1;
    private static final long HAS_CHANGE = 2;

    private final long[] packed; // per link: goal id, KPI id, change's bits, flags

    private GoalLinks(long[] packed) {
        this.packed = packed;
    }

    static GoalLinks of(List<Item.GoalLink> given) {
        if (given instanceof GoalLinks links) {
            return links;
        }
        if (given.isEmpty()) {
            return NONE;
        }
        long[] packed = new long[given.size() * STRIDE];
        for (int g = 0; g < given.size(); g++) {
            Item.GoalLink link = Objects.requireNonNull(given.get(g), "a goal link");
            int at = g * STRIDE;
            packed[at] = link.goalId();
            Long kpi = link.kpiId();
            Double change = link.expectedChange();
            packed[at + 1] = kpi == null ? 0 : kpi;
            packed[at + 2] = change == null ? 0 : Double.doubleToRawLongBits(change);
            packed[at + 3] = (kpi == null ? 0 : HAS_KPI) | (change == null ? 0 : HAS_CHANGE);
        }
        return new GoalLinks(packed);
    }

    /** The links packed, four numbers each (read them with the static methods below). */
    long[] packed() {
        return packed;
    }

    /** How many links. */
    int count() {
        return packed.length / STRIDE;
    }

    long goalId(int g) {
        return goalId(packed, g);
    }

    boolean hasKpi(int g) {
        return hasKpi(packed, g);
    }

    /** The KPI's id; meaningful only when {@link #hasKpi}. */
    long kpiId(int g) {
        return kpiId(packed, g);
    }

    boolean hasChange(int g) {
        return hasChange(packed, g);
    }

    /** The expected change; meaningful only when {@link #hasChange}. */
    double change(int g) {
        return change(packed, g);
    }

    /** Copies the packed links to {@code target} from link {@code at} on (the input packs all initiatives' links in one array). */
    void copyTo(long[] target, int at) {
        System.arraycopy(packed, 0, target, at * STRIDE, packed.length);
    }

    /** The goal id of link {@code g} of links packed as {@link #copyTo} writes them. */
    static long goalId(long[] packed, int g) {
        return packed[g * STRIDE];
    }

    static boolean hasKpi(long[] packed, int g) {
        return (packed[g * STRIDE + 3] & HAS_KPI) != 0;
    }

    static long kpiId(long[] packed, int g) {
        return packed[g * STRIDE + 1];
    }

    static boolean hasChange(long[] packed, int g) {
        return (packed[g * STRIDE + 3] & HAS_CHANGE) != 0;
    }

    static double change(long[] packed, int g) {
        return Double.longBitsToDouble(packed[g * STRIDE + 2]);
    }

    @Override
    public Item.GoalLink get(int index) {
        Objects.checkIndex(index, count());
        return new Item.GoalLink(
                goalId(index), hasKpi(index) ? kpiId(index) : null, hasChange(index) ? change(index) : null);
    }

    @Override
    public int size() {
        return count();
    }
}
