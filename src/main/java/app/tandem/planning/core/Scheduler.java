package app.tandem.planning.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequences the open initiatives by their dependencies and their teams' capacity.
 *
 * <p>Weeks start on Mondays; week 0 is the first Monday on or after today. Committed and in-progress
 * work with a start and a due date keeps them, and its effort is spread evenly over the weeks it
 * touches; where that alone exceeds a team's capacity, a {@link Conflict.Kind#TEAM_OVER_CAPACITY}
 * conflict names the week, the excess and the work causing it. The rest is placed in rank order
 * (Kahn's algorithm, always taking the best-ranked initiative whose providers are all placed) at
 * the first week on or after week 0 that starts after everything it depends on has ended and in
 * which, for each of its duration's weeks, each of its teams has capacity left for its effort
 * spread evenly. Its duration in weeks is its own due − start (rounded up, at least 1), lengthened
 * if a team's share would not fit in that team's weekly capacity at all. A planned slot runs from
 * its Monday to the Sunday ending its last week. A team with no capacity set (0) and effort for a
 * team not in the input do not constrain. Dependencies on done, dropped or unknown initiatives are
 * ignored. Cycles are refused with a {@link DependencyCycle}.
 *
 * <p>Ids are mapped to indexes 0..n-1 and the hot loops work on arrays; each team's weeks are a max
 * segment tree of the capacity left, so the first week with room is found in logarithmic time.
 */
public final class Scheduler {

    private static final double EPSILON = 1e-9;

    private Scheduler() {}

    public static Schedule schedule(PlanInput input, Ranking ranking) {
        LocalDate firstWeek = input.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long base = firstWeek.toEpochDay();

        // Index the open items in rank order.
        Map<Long, Item> byId = new HashMap<>(input.initiatives().size() * 2);
        for (Item item : input.initiatives()) {
            byId.put(item.id(), item);
        }
        List<Item> order = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>(input.initiatives().size() * 2);
        for (Ranking.Ranked ranked : ranking.items()) {
            Item item = byId.get(ranked.itemId());
            if (item != null && !item.status().isFinal() && !index.containsKey(item.id())) {
                index.put(item.id(), order.size());
                order.add(item);
            }
        }
        for (Item item : input.initiatives()) {
            if (!item.status().isFinal() && !index.containsKey(item.id())) {
                index.put(item.id(), order.size());
                order.add(item);
            }
        }
        int n = order.size();

        // Teams.
        Map<Long, Integer> teamIndex = new HashMap<>();
        int teamCount = input.teams().size();
        double[] capacity = new double[teamCount];
        for (int t = 0; t < teamCount; t++) {
            Team team = input.teams().get(t);
            teamIndex.put(team.id(), t);
            capacity[t] = team.capacity();
        }
        int[][] itemTeams = new int[n][];
        double[][] itemEffort = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<Long, Double> effort = order.get(i).effort();
            int count = 0;
            int[] teams = new int[effort.size()];
            double[] amounts = new double[effort.size()];
            for (Map.Entry<Long, Double> e : effort.entrySet()) {
                Integer t = teamIndex.get(e.getKey());
                if (t != null && capacity[t] > 0 && e.getValue() > 0) {
                    teams[count] = t;
                    amounts[count] = e.getValue();
                    count++;
                }
            }
            itemTeams[i] = Arrays.copyOf(teams, count);
            itemEffort[i] = Arrays.copyOf(amounts, count);
        }

        // Dependencies as compressed adjacency (provider → dependants) and the reverse.
        int[] from = new int[input.dependencies().size()];
        int[] to = new int[from.length];
        int edges = 0;
        for (Dependency d : input.dependencies()) {
            Integer p = index.get(d.providerId());
            Integer q = index.get(d.dependantId());
            if (p != null && q != null) {
                from[edges] = p;
                to[edges] = q;
                edges++;
            }
        }
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            outStart[from[e] + 1]++;
            inStart[to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] out = new int[edges];
        int[] in = new int[edges];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < edges; e++) {
            out[outFill[from[e]]++] = to[e];
            in[inFill[to[e]]++] = from[e];
        }

        long[] start = new long[n]; // epoch days
        long[] end = new long[n];
        boolean[] fixed = new boolean[n];
        Load load = new Load(teamCount, capacity);

        // Committed work keeps its dates and takes its capacity first.
        for (int i = 0; i < n; i++) {
            Item item = order.get(i);
            if (item.status().isCommitted() && item.start() != null && item.due() != null) {
                fixed[i] = true;
                start[i] = item.start().toEpochDay();
                end[i] = Math.max(start[i], item.due().toEpochDay());
                int firstWeekOf = Math.floorDiv((int) (start[i] - base), 7);
                int lastWeekOf = Math.floorDiv((int) (end[i] - base), 7);
                int weeks = lastWeekOf - firstWeekOf + 1;
                for (int k = 0; k < itemTeams[i].length; k++) {
                    double perWeek = itemEffort[i][k] / weeks;
                    for (int w = Math.max(0, firstWeekOf); w <= lastWeekOf; w++) {
                        load.add(itemTeams[i][k], w, perWeek);
                    }
                }
            }
        }
        List<Conflict> conflicts = overCapacity(load, input.teams(), order, fixed, start, end, base, itemTeams);

        // Kahn's algorithm, best rank first.
        int[] indegree = new int[n];
        for (int e = 0; e < edges; e++) {
            indegree[to[e]]++;
        }
        IntHeap ready = new IntHeap(n);
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.push(i);
            }
        }
        long[] earliest = new long[n];
        Arrays.fill(earliest, base);
        int placed = 0;
        while (!ready.isEmpty()) {
            int i = ready.pop();
            placed++;
            if (!fixed[i]) {
                Item item = order.get(i);
                int weeks = ownWeeks(item);
                int[] teams = itemTeams[i];
                double[] effort = itemEffort[i];
                for (int k = 0; k < teams.length; k++) {
                    weeks = Math.max(weeks, (int) Math.ceil(effort[k] / capacity[teams[k]] - EPSILON));
                }
                int w = (int) Math.ceilDiv(earliest[i] - base, 7);
                w = load.firstFit(teams, effort, weeks, w);
                for (int k = 0; k < teams.length; k++) {
                    double perWeek = effort[k] / weeks;
                    for (int x = w; x < w + weeks; x++) {
                        load.add(teams[k], x, perWeek);
                    }
                }
                start[i] = base + 7L * w;
                end[i] = start[i] + 7L * weeks - 1;
            }
            for (int e = outStart[i]; e < outStart[i + 1]; e++) {
                int j = out[e];
                earliest[j] = Math.max(earliest[j], end[i] + 1);
                if (--indegree[j] == 0) {
                    ready.push(j);
                }
            }
        }
        if (placed < n) {
            throw new DependencyCycle(cycle(indegree, inStart, in, order));
        }
        List<Schedule.Slot> slots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            slots.add(new Schedule.Slot(
                    order.get(i).id(), LocalDate.ofEpochDay(start[i]), LocalDate.ofEpochDay(end[i]), fixed[i]));
        }
        return new Schedule(firstWeek, slots, conflicts);
    }

    /** An item's own duration in weeks: due − start rounded up, at least 1. */
    static int ownWeeks(Item item) {
        if (item.start() == null || item.due() == null) {
            return 1;
        }
        long days = ChronoUnit.DAYS.between(item.start(), item.due());
        return (int) Math.max(1, Math.ceilDiv(days, 7));
    }

    private static List<Conflict> overCapacity(
            Load load,
            List<Team> teams,
            List<Item> order,
            boolean[] fixed,
            long[] start,
            long[] end,
            long base,
            int[][] itemTeams) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            for (int w = 0; w < load.weeks(); w++) {
                double excess = load.used(t, w) - load.capacity[t];
                if (load.capacity[t] <= 0 || excess <= EPSILON) {
                    continue;
                }
                long monday = base + 7L * w;
                List<Long> ids = new ArrayList<>();
                List<Item> causes = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    if (fixed[i] && start[i] <= monday + 6 && end[i] >= monday && contains(itemTeams[i], t)) {
                        ids.add(order.get(i).id());
                        causes.add(order.get(i));
                    }
                }
                conflicts.add(new Conflict(
                        Conflict.Kind.TEAM_OVER_CAPACITY,
                        ids,
                        "“" + teams.get(t).name() + "” is over capacity in the week of "
                                + LocalDate.ofEpochDay(monday) + " by "
                                + Scoring.numberFormat().format(excess)
                                + " person-weeks, caused by " + PlanConflicts.titles(causes) + "."));
            }
        }
        return conflicts;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Walks back from an item left with dependencies until it comes round to one seen before. */
    private static List<Long> cycle(int[] indegree, int[] inStart, int[] in, List<Item> order) {
        int n = indegree.length;
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int v = 0;
        while (indegree[v] == 0) {
            v++;
        }
        while (seenAt[v] < 0) {
            seenAt[v] = path.size();
            path.add(v);
            int next = -1;
            for (int e = inStart[v]; e < inStart[v + 1]; e++) {
                if (indegree[in[e]] > 0) {
                    next = in[e];
                    break;
                }
            }
            v = next;
        }
        // path walks providers; reverse so each id depends on the one before it.
        List<Long> ids = new ArrayList<>();
        for (int k = path.size() - 1; k >= seenAt[v]; k--) {
            ids.add(order.get(path.get(k)).id());
        }
        return ids;
    }

    /**
     * Person-weeks left per team and week, kept in one max segment tree per team so the first week
     * with room enough is found in logarithmic time; grows as the plan reaches further out.
     */
    private static final class Load {
        final double[] capacity;
        private final double[][] tree;
        private int size = 64;

        Load(int teams, double[] capacity) {
            this.capacity = capacity;
            this.tree = new double[teams][];
            for (int t = 0; t < teams; t++) {
                tree[t] = new double[2 * size];
                Arrays.fill(tree[t], capacity[t]);
            }
        }

        /** The weeks the load knows about (0..weeks-1); later weeks are all free. */
        int weeks() {
            return size;
        }

        double used(int team, int week) {
            return capacity[team] - left(team, week);
        }

        void add(int team, int week, double amount) {
            while (week >= size) {
                grow();
            }
            double[] t = tree[team];
            int i = size + week;
            t[i] -= amount;
            for (i >>>= 1; i >= 1; i >>>= 1) {
                t[i] = Math.max(t[2 * i], t[2 * i + 1]);
            }
        }

        private void grow() {
            int bigger = size * 2;
            for (int team = 0; team < tree.length; team++) {
                double[] t = new double[2 * bigger];
                Arrays.fill(t, capacity[team]);
                System.arraycopy(tree[team], size, t, bigger, size);
                for (int i = bigger - 1; i >= 1; i--) {
                    t[i] = Math.max(t[2 * i], t[2 * i + 1]);
                }
                tree[team] = t;
            }
            size = bigger;
        }

        double left(int team, int week) {
            return week < size ? tree[team][size + week] : capacity[team];
        }

        /** The first week from {@code from} in which {@code team} has {@code need} left. */
        int firstWith(int team, double need, int from) {
            if (from >= size) {
                return from;
            }
            int found = find(tree[team], 1, 0, size - 1, from, need - EPSILON);
            return found < 0 ? size : found;
        }

        private static int find(double[] t, int node, int lo, int hi, int from, double need) {
            if (hi < from || t[node] < need) {
                return -1;
            }
            if (lo == hi) {
                return lo;
            }
            int mid = (lo + hi) >>> 1;
            int left = find(t, 2 * node, lo, mid, from, need);
            return left >= 0 ? left : find(t, 2 * node + 1, mid + 1, hi, from, need);
        }

        /** The first week from {@code week} where each team has room for its share in each of the weeks. */
        int firstFit(int[] teams, double[] effort, int weeks, int week) {
            int w = week;
            search:
            while (true) {
                for (int k = 0; k < teams.length; k++) {
                    w = Math.max(w, firstWith(teams[k], effort[k] / weeks, w));
                }
                for (int x = w + weeks - 1; x >= w; x--) {
                    for (int k = 0; k < teams.length; k++) {
                        if (left(teams[k], x) + EPSILON < effort[k] / weeks) {
                            w = x + 1;
                            continue search;
                        }
                    }
                }
                return w;
            }
        }
    }

    /** A min-heap of item indexes: a smaller index is a better rank. */
    private static final class IntHeap {
        private final int[] heap;
        private int size;

        IntHeap(int capacity) {
            heap = new int[Math.max(1, capacity)];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int value) {
            int i = size++;
            heap[i] = value;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= heap[i]) {
                    break;
                }
                int swap = heap[parent];
                heap[parent] = heap[i];
                heap[i] = swap;
                i = parent;
            }
        }

        int pop() {
            int top = heap[0];
            heap[0] = heap[--size];
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                int smallest = i;
                if (left < size && heap[left] < heap[smallest]) {
                    smallest = left;
                }
                if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                    smallest = left + 1;
                }
                if (smallest == i) {
                    return top;
                }
                int swap = heap[smallest];
                heap[smallest] = heap[i];
                heap[i] = swap;
                i = smallest;
            }
        }
    }
}
