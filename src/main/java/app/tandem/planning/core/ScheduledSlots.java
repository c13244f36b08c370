package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The slots of a computed schedule, kept as primitive arrays: a {@link Schedule.Slot} is made when
 * it is read, so a plan of a million initiatives does not hold a million slots and two million
 * dates. Also keeps the dependency graph the scheduler built (compressed adjacency and the order the
 * initiatives were placed in, a topological order) so the critical path does not build it again.
 */
final class ScheduledSlots extends AbstractList<Schedule.Slot> implements RandomAccess {

    final long[] ids;
    final long[] start; // epoch days
    final long[] end;
    final boolean[] fixed;
    /** Ids to positions, and positions to slots (-1 for none): two steps so the scheduler's index serves. */
    private final IdIndex byId;

    private final int[] slotOf;
    /** The dependencies the graph was built from (the same list object), to know when it can be reused. */
    final List<Dependency> dependencies;

    final int[] outStart;
    final int[] out;
    final int[] inStart;
    final int[] in;
    final int[] placed;

    ScheduledSlots(
            long[] ids,
            long[] start,
            long[] end,
            boolean[] fixed,
            IdIndex byId,
            int[] slotOf,
            List<Dependency> dependencies,
            int[] outStart,
            int[] out,
            int[] inStart,
            int[] in,
            int[] placed) {
        this.ids = ids;
        this.start = start;
        this.end = end;
        this.fixed = fixed;
        this.byId = byId;
        this.slotOf = slotOf;
        this.dependencies = dependencies;
        this.outStart = outStart;
        this.out = out;
        this.inStart = inStart;
        this.in = in;
        this.placed = placed;
    }

    @Override
    public Schedule.Slot get(int i) {
        return new Schedule.Slot(ids[i], LocalDate.ofEpochDay(start[i]), LocalDate.ofEpochDay(end[i]), fixed[i]);
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** The position of an initiative's slot, or -1. */
    int indexOf(long itemId) {
        int position = byId.get(itemId);
        return position < 0 ? -1 : slotOf[position];
    }
}
