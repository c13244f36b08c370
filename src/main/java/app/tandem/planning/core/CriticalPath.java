package app.tandem.planning.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The critical path of a planned schedule, in days.
 *
 * <p>Forward pass: each initiative's early start and finish are its planned ones. Backward pass: its
 * late finish is the day before the earliest late start of the initiatives depending on it, or the
 * plan's last day when nothing depends on it; late start = late finish − duration + 1. Slack = late
 * start − planned start (0 = any delay moves the plan's end; below 0, committed work due after what
 * needs it is to start: it is late already). The chain is the longest one: it ends with an
 * initiative without slack finishing on the plan's last day and walks back through providers
 * without slack (none or less than none), the latest-finishing first.
 *
 * <p>A schedule computed by {@link Scheduler} from the same dependencies lends its graph (adjacency
 * and placement order, a topological order); the slack is kept in an array ({@link SlackMap}).
 *
 * @param slack days of slack per initiative id
 * @param chain the initiatives without slack on the longest chain, first to last
 */
public record CriticalPath(LocalDate end, Map<Long, Long> slack, List<Long> chain) {

    public CriticalPath {
        slack = slack instanceof SlackMap ? slack : Map.copyOf(slack);
        chain = List.copyOf(chain);
    }

    public static CriticalPath of(Schedule schedule, List<Dependency> dependencies) {
        int n = schedule.slots().size();
        if (n == 0) {
            return new CriticalPath(schedule.firstWeek(), Map.of(), List.of());
        }
        ScheduledSlots slots =
                schedule.slots() instanceof ScheduledSlots computed && computed.dependencies == dependencies
                        ? computed
                        : graph(schedule.slots(), dependencies);
        long[] start = slots.start;
        long[] end = slots.end;
        int[] outStart = slots.outStart;
        int[] out = slots.out;
        int[] inStart = slots.inStart;
        int[] in = slots.in;
        int[] topo = slots.placed;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            last = Math.max(last, end[i]);
        }
        long[] lateStart = new long[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = topo[k];
            long lateFinish = last;
            for (int e = outStart[i]; e < outStart[i + 1]; e++) {
                lateFinish = Math.min(lateFinish, lateStart[out[e]] - 1);
            }
            lateStart[i] = lateFinish - (end[i] - start[i]);
        }
        long[] slack = new long[n];
        int tip = -1;
        for (int i = 0; i < n; i++) {
            slack[i] = lateStart[i] - start[i];
            // one that ends the plan with nothing after it (slack 0) rather than one late for its own
            // dependants (committed to end the plan nonetheless)
            if (end[i] == last && slack[i] <= 0 && (tip < 0 || slack[tip] < 0 && slack[i] == 0)) {
                tip = i;
            }
        }
        List<Long> chain = new ArrayList<>();
        int v = tip;
        while (v >= 0) {
            chain.add(slots.ids[v]);
            int next = -1;
            for (int e = inStart[v]; e < inStart[v + 1]; e++) {
                int p = in[e];
                if (slack[p] <= 0 && (next < 0 || end[p] > end[next])) {
                    next = p;
                }
            }
            v = next;
        }
        return new CriticalPath(LocalDate.ofEpochDay(last), new SlackMap(slots, slack), chain.reversed());
    }

    /** The graph of slots given as a list (not computed by the scheduler, or other dependencies). */
    private static ScheduledSlots graph(List<Schedule.Slot> list, List<Dependency> dependencies) {
        int n = list.size();
        long[] ids = new long[n];
        long[] start = new long[n];
        long[] end = new long[n];
        boolean[] fixed = new boolean[n];
        int[] slotOf = new int[n];
        for (int i = 0; i < n; i++) {
            Schedule.Slot slot = list.get(i);
            ids[i] = slot.itemId();
            slotOf[i] = i;
            start[i] = slot.start().toEpochDay();
            end[i] = slot.end().toEpochDay();
            fixed[i] = slot.fixed();
        }
        IdIndex index = IdIndex.of(ids);
        int[] from = new int[dependencies.size()];
        int[] to = new int[from.length];
        int edges = 0;
        for (Dependency d : dependencies) {
            int p = index.get(d.providerId());
            int q = index.get(d.dependantId());
            if (p >= 0 && q >= 0) {
                from[edges] = p;
                to[edges] = q;
                edges++;
            }
        }
        Adjacency graph = Adjacency.of(from, to, edges, n);
        int[] outStart = graph.outStart;
        int[] out = graph.out;
        int[] inStart = graph.inStart;
        int[] in = graph.in;
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            indegree[i] = inStart[i + 1] - inStart[i];
        }
        // Topological order (the schedule exists, so there is no cycle).
        int[] topo = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                topo[tail++] = i;
            }
        }
        while (head < tail) {
            int i = topo[head++];
            for (int e = outStart[i]; e < outStart[i + 1]; e++) {
                if (--indegree[out[e]] == 0) {
                    topo[tail++] = out[e];
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("The dependencies form a cycle");
        }
        return new ScheduledSlots(
                ids, start, end, fixed, index, slotOf, dependencies, outStart, out, inStart, in, topo);
    }

    /** The days of slack of one initiative. */
    public long slackOf(long itemId) {
        if (slack instanceof SlackMap computed) {
            return computed.slackOf(itemId);
        }
        return slack.get(itemId);
    }

    /** The plan's length in days from a day to its end, both included. */
    public long daysFrom(LocalDate day) {
        return ChronoUnit.DAYS.between(day, end) + 1;
    }
}
