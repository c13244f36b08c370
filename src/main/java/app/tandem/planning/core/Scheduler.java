package app.tandem.planning.core;

import app.tandem.support.DayWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

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
 * if a team's share would not fit in that team's weekly capacity at all. A team's capacity
 * {@linkplain Team.Period periods} replace its weekly capacity in the weeks they touch (work is not
 * planned into a week whose capacity is too small for its share; committed work there is over
 * capacity); periods of a team without a weekly capacity are ignored. A planned slot runs from
 * its Monday to the Sunday ending its last week. A team with no capacity set (0) and effort for a
 * team not in the input do not constrain. Dependencies on done, dropped or unknown initiatives are
 * ignored. Cycles are refused with a {@link DependencyCycle}.
 *
 * <p>Ids are mapped to indexes 0..n-1 without boxing ({@link IdIndex}) and the hot loops work on
 * arrays: compressed adjacency for dependencies, and one {@linkplain Records record} per item
 * holding all its loop reads and writes (its teams, shares, weeks, and the count of providers it
 * still waits for); each team's weeks are a max segment tree of the capacity left, so the first
 * week with room is found in logarithmic time. The slots are kept as arrays ({@link
 * ScheduledSlots}).
 */
public final class Scheduler {

    private static final double EPSILON = 1e-9;

    /**
     * The most weeks one item's work is spread over (about 2,500 years): more than any effort the
     * checks let in needs at the least capacity they let in, and far from the week numbers' limits
     * (a capacity saved before there was a least one, say 1e-300, asked for more weeks than an int
     * holds, and the week after the last one wrapped round).
     */
    static final int ITEM_WEEKS_MAX = 1 << 17;

    /**
     * Capacity is tracked for this many weeks from the plan's first (about 5,000 years, 2 MB a team):
     * work placed later is not limited by it, so no plan, however it is made, fills the heap.
     */
    static final int TRACKED_WEEKS_MAX = 1 << 18;

    /** No work starts later than this week (about 320,000 years): week numbers never wrap round. */
    static final int WEEK_MAX = 1 << 24;

    private Scheduler() {}

    public static Schedule schedule(PlanInput input, Ranking ranking) {
        return schedule(input, ranking, Parallel.worthIt(input.initiatives().size()), null);
    }

    /**
     * The schedule; with {@code parallel}, the dependencies' adjacency is built on the common pool
     * while this thread reads the initiatives (the same schedule either way), and {@code behind}, when
     * given, is handed to the pool right after it: the caller's own work for the pool's threads while
     * this one places the initiatives, queued where it does not hold up the adjacency.
     */
    static Schedule schedule(PlanInput input, Ranking ranking, boolean parallel, @Nullable ForkJoinTask<?> behind) {
        LocalDate firstWeek = input.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long base = firstWeek.toEpochDay();

        // The input's ids, statuses, dates and efforts, packed in arrays when it was made.
        List<Item> all = input.initiatives();
        Initiatives table = input.initiativeTable();
        int total = all.size();
        boolean[] open = new boolean[total];
        for (int p = 0; p < total; p++) {
            open[p] = !table.status(p).isFinal();
        }
        IdIndex byId = table.positions(); // a later item with the same id replaces an earlier one

        // The open items in rank order: order[i] is the input position of the i-th.
        int[] order = new int[total];
        int[] slotOf = new int[total];
        Arrays.fill(slotOf, -1);
        int n = 0;
        for (Ranking.Ranked ranked : ranking.items()) {
            int p = byId.get(ranked.itemId());
            if (p >= 0 && open[p] && slotOf[p] < 0) {
                slotOf[p] = n;
                order[n++] = p;
            }
        }
        for (int p = 0; p < total; p++) {
            int q = byId.get(table.id(p));
            if (open[p] && slotOf[q] < 0) {
                slotOf[q] = n;
                order[n++] = p;
            }
        }

        // Teams.
        List<Team> teamList = input.teams();
        int teamCount = teamList.size();
        long[] teamIds = new long[teamCount];
        double[] capacity = new double[teamCount];
        for (int t = 0; t < teamCount; t++) {
            teamIds[t] = teamList.get(t).id();
            capacity[t] = teamList.get(t).capacity();
        }
        IdIndex teamIndex = IdIndex.of(teamIds);

        // Dependencies as compressed adjacency (provider → dependants) and the reverse.
        List<Dependency> dependencies = input.dependencies();
        int[] slotByPosition = slotOf;
        int count = n;
        ForkJoinTask<Adjacency> building = parallel
                ? ForkJoinPool.commonPool().submit(() -> Adjacency.of(input.dependencyTable(), slotByPosition, count))
                : null;
        Adjacency graph = parallel ? null : Adjacency.of(input.dependencyTable(), slotOf, n);
        if (behind != null) {
            ForkJoinPool.commonPool().execute(behind);
        }

        // The items' dates, weeks and teams, read in input order and written by rank.
        int[] rowOf = new int[total];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < n; i++) {
            rowOf[order[i]] = i;
        }
        long[] ids = new long[n];
        long[] start = new long[n]; // epoch days
        long[] end = new long[n];
        boolean[] fixed = new boolean[n];
        Records records = new Records(n);
        double[] demand = new double[teamCount]; // person-weeks asked of each team
        int[] teams = new int[8]; // one item's teams with capacity, and their efforts
        double[] amounts = new double[8];
        for (int p = 0; p < total; p++) {
            int i = rowOf[p];
            if (i < 0) {
                continue;
            }
            ids[i] = table.id(p);
            long since = table.start(p);
            long due = table.due(p);
            int weeks = 1;
            if (since != Initiatives.NO_DATE && due != Initiatives.NO_DATE) {
                weeks = (int) Math.max(1, Math.ceilDiv(due - since, 7));
                if (table.status(p).isCommitted()) {
                    fixed[i] = true;
                    start[i] = since;
                    end[i] = Math.max(since, due);
                }
            }
            int cells = 0;
            for (int e = table.effortFirst(p); e < table.effortEnd(p); e++) {
                int t = teamIndex.get(table.effortTeam(e));
                double amount = table.effortAmount(e);
                if (t >= 0 && capacity[t] > 0 && amount > 0) {
                    // so small a capacity that the work would take more weeks than an item may: it takes
                    // the team's whole capacity for that many weeks
                    amount = Math.min(amount, capacity[t] * ITEM_WEEKS_MAX);
                    if (cells == teams.length) {
                        teams = Arrays.copyOf(teams, cells * 2);
                        amounts = Arrays.copyOf(amounts, cells * 2);
                    }
                    teams[cells] = t;
                    amounts[cells] = amount;
                    demand[t] += amount;
                    weeks = Math.max(weeks, (int) Math.min(ITEM_WEEKS_MAX, Math.ceil(amount / capacity[t] - EPSILON)));
                    cells++;
                }
            }
            if (fixed[i]) {
                // its whole efforts, spread over its own weeks when its capacity is taken
                records.set(i, 0, (int) Math.ceilDiv(end[i] + 1 - base, 7), teams, amounts, cells, 1);
            } else {
                records.set(i, weeks, 0, teams, amounts, cells, weeks);
            }
        }
        if (building != null) {
            graph = building.join();
        }
        int[] outStart = graph.outStart;
        int[] inStart = graph.inStart;
        int[] out = graph.out;
        int[] in = graph.in;

        // The weeks the plan will reach at least (the busiest team's work back to back, or the last
        // committed week) are tracked from the start instead of grown to; at most 16,384 (a tiny
        // capacity would ask for millions), more are added when needed.
        double reach = 0;
        for (int t = 0; t < teamCount; t++) {
            if (capacity[t] > 0) {
                reach = Math.max(reach, demand[t] / capacity[t]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                reach = Math.max(reach, Math.floorDiv(end[i] - base, 7) + 1);
            }
        }
        Load load = new Load(teamList, capacity, base, (int) Math.min(reach, 1 << 14));

        // Committed work keeps its dates and takes its capacity first.
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                int firstWeekOf = (int) Math.floorDiv(start[i] - base, 7);
                int lastWeekOf = (int) Math.floorDiv(end[i] - base, 7);
                int weeks = lastWeekOf - firstWeekOf + 1;
                if (lastWeekOf >= 0) {
                    for (int k = 0; k < records.cells(i); k++) {
                        load.add(
                                records.team(i, k), Math.max(0, firstWeekOf), lastWeekOf, records.amount(i, k) / weeks);
                    }
                }
            }
        }
        List<Conflict> conflicts = overCapacity(load, teamList, all, order, n, fixed, start, end, base, records);

        // Kahn's algorithm, best rank first.
        ReadySet ready = new ReadySet(n);
        for (int i = 0; i < n; i++) {
            records.dependants(i, outStart[i], outStart[i + 1]);
            records.waitFor(i, inStart[i + 1] - inStart[i]); // its providers, none placed yet
            if (inStart[i + 1] == inStart[i]) {
                ready.push(i);
            }
        }
        long[] rec = records.longs;
        int[] placed = new int[n];
        int placedCount = 0;
        while (!ready.isEmpty()) {
            int i = ready.pop();
            placed[placedCount++] = i;
            int b = i << Records.SHIFT;
            long shape = rec[b + Records.SHAPE];
            int weeks = (int) (shape >>> 32);
            int after;
            if (weeks > 0) {
                int cells = (int) shape;
                int w = (int) rec[b + Records.STATE];
                if (cells == 1) {
                    int team = (int) (rec[b + Records.TEAMS] >>> 32);
                    double share = Double.longBitsToDouble(rec[b + Records.AMOUNT]);
                    w = load.firstFit(team, share, weeks, w);
                    load.add(team, w, w + weeks - 1, share);
                } else if (cells == 2) {
                    long both = rec[b + Records.TEAMS];
                    int team = (int) (both >>> 32);
                    int other = (int) both;
                    double share = Double.longBitsToDouble(rec[b + Records.AMOUNT]);
                    double otherShare = Double.longBitsToDouble(rec[b + Records.AMOUNT + 1]);
                    w = load.firstFit(team, share, other, otherShare, weeks, w);
                    load.add(team, w, w + weeks - 1, share);
                    load.add(other, w, w + weeks - 1, otherShare);
                } else if (cells > 2) {
                    w = load.firstFit(records, i, weeks, w);
                    for (int k = 0; k < cells; k++) {
                        load.add(records.team(i, k), w, w + weeks - 1, records.amount(i, k));
                    }
                }
                rec[b + Records.WEEK] = w;
                after = (int) Math.min((long) w + weeks, WEEK_MAX);
            } else {
                after = (int) rec[b + Records.WEEK];
            }
            long range = rec[b + Records.DEPENDANTS];
            for (int e = (int) (range >>> 32), stop = (int) range; e < stop; e++) {
                int j = out[e] << Records.SHIFT;
                long state = rec[j] - Records.ONE_WAITING; // one provider fewer to wait for
                if ((int) state < after) {
                    state = (state & Records.WAITING) | after;
                }
                rec[j] = state;
                if ((state & Records.WAITING) == 0) {
                    ready.push(j >>> Records.SHIFT);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                start[i] = base + 7L * records.week(i);
                end[i] = start[i] + 7L * records.weeks(i) - 1;
            }
        }
        if (placedCount < n) {
            int[] indegree = new int[n];
            for (int i = 0; i < n; i++) {
                indegree[i] = records.waiting(i);
            }
            throw new DependencyCycle(cycle(indegree, inStart, in, ids));
        }
        ScheduledSlots slots = new ScheduledSlots(
                ids, start, end, fixed, byId, slotOf, dependencies, outStart, out, inStart, in, placed);
        return new Schedule(firstWeek, slots, conflicts);
    }

    private static List<Conflict> overCapacity(
            Load load,
            List<Team> teams,
            List<Item> all,
            int[] order, // input positions by rank
            int n,
            boolean[] fixed,
            long[] start,
            long[] end,
            long base,
            Records records) {
        // The committed items of each team, in rank order, as compressed rows.
        int teamCount = teams.size();
        int[] byTeamStart = new int[teamCount + 1];
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                for (int k = 0; k < records.cells(i); k++) {
                    byTeamStart[records.team(i, k) + 1]++;
                }
            }
        }
        for (int t = 0; t < teamCount; t++) {
            byTeamStart[t + 1] += byTeamStart[t];
        }
        int[] byTeam = new int[byTeamStart[teamCount]];
        int[] fill = Arrays.copyOf(byTeamStart, teamCount);
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                for (int k = 0; k < records.cells(i); k++) {
                    byTeam[fill[records.team(i, k)]++] = i;
                }
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            if (load.capacity[t] <= 0 || byTeamStart[t] == byTeamStart[t + 1]) {
                continue;
            }
            for (int w = 0; w < load.weeks(); w++) {
                double excess = load.used(t, w) - load.capacity(t, w);
                if (excess <= EPSILON) {
                    continue;
                }
                long monday = base + 7L * w;
                List<Long> ids = new ArrayList<>();
                List<Item> causes = new ArrayList<>();
                for (int c = byTeamStart[t]; c < byTeamStart[t + 1]; c++) {
                    int i = byTeam[c];
                    if (start[i] <= monday + 6 && end[i] >= monday) {
                        Item cause = all.get(order[i]);
                        ids.add(cause.id());
                        causes.add(cause);
                    }
                }
                conflicts.add(new Conflict(
                        Conflict.Kind.TEAM_OVER_CAPACITY,
                        ids,
                        "“" + teams.get(t).name() + "” is over capacity in the week of "
                                + DayWords.of(LocalDate.ofEpochDay(monday)) + " by "
                                + Scoring.numberFormat().format(excess)
                                + " person-weeks, caused by " + PlanConflicts.titles(causes) + "."));
            }
        }
        return conflicts;
    }

    /** Walks back from an item left with dependencies until it comes round to one seen before. */
    private static List<Long> cycle(int[] indegree, int[] inStart, int[] in, long[] ids) {
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
        List<Long> cycle = new ArrayList<>();
        for (int k = path.size() - 1; k >= seenAt[v]; k--) {
            cycle.add(ids[path.get(k)]);
        }
        return cycle;
    }

    /**
     * Person-weeks left per team and week. Each team's weeks are the bottom level of a tree of
     * maxima with eight children per node, so a node's children fill one cache line: the first
     * week with room enough is found by reading a few lines per level (an eight-way tree of 65,536
     * weeks is six levels deep, a binary one sixteen). Grows as the plan reaches further out. A
     * week's capacity is the team's weekly capacity, or that of the first of its periods touching
     * the week.
     */
    private static final class Load {
        private static final int FAN = 8;
        private static final int SHIFT = 3;

        final double[] capacity;
        private final int[][] periodFrom; // per team: the first and last week of each period
        private final int[][] periodTo;
        private final double[][] periodCapacity;
        private final double[][][]
                levels; // per team: levels[t][0] the weeks, levels[t][l + 1] the maxima of l's groups of eight
        private int size = 64;

        /** {@code horizon}: the weeks the plan is expected to reach (tracked from the start; more are added when needed). */
        Load(List<Team> teams, double[] capacity, long base, int horizon) {
            this.capacity = capacity;
            int count = teams.size();
            this.levels = new double[count][][];
            this.periodFrom = new int[count][];
            this.periodTo = new int[count][];
            this.periodCapacity = new double[count][];
            int reach = horizon;
            for (int t = 0; t < count; t++) {
                List<Team.Period> periods = capacity[t] > 0 ? teams.get(t).periods() : List.of();
                int[] first = new int[periods.size()];
                int[] last = new int[periods.size()];
                double[] amount = new double[periods.size()];
                int kept = 0;
                for (Team.Period period : periods) {
                    // week w runs from base + 7w to base + 7w + 6 and touches the period when those overlap
                    long lastWeek = Math.floorDiv(period.to().toEpochDay() - base, 7);
                    long firstWeek = Math.max(0, Math.floorDiv(period.from().toEpochDay() - base, 7));
                    if (lastWeek >= firstWeek) {
                        first[kept] = (int) firstWeek;
                        last[kept] = (int) Math.min(lastWeek, Integer.MAX_VALUE / 4);
                        amount[kept] = period.capacity();
                        reach = Math.max(reach, last[kept] + 1);
                        kept++;
                    }
                }
                periodFrom[t] = Arrays.copyOf(first, kept);
                periodTo[t] = Arrays.copyOf(last, kept);
                periodCapacity[t] = Arrays.copyOf(amount, kept);
            }
            while (size < reach) {
                size *= 2;
            }
            for (int t = 0; t < count; t++) {
                double[] weeks = new double[size];
                for (int w = 0; w < size; w++) {
                    weeks[w] = capacity(t, w);
                }
                levels[t] = build(weeks);
            }
        }

        /** The levels above {@code weeks}, each the maxima of the one below in groups of eight, up to one node. */
        private static double[][] build(double[] weeks) {
            int height = 1;
            for (int length = weeks.length; length > 1; length = (length + FAN - 1) >>> SHIFT) {
                height++;
            }
            double[][] built = new double[height][];
            built[0] = weeks;
            for (int l = 1; l < height; l++) {
                double[] below = built[l - 1];
                double[] level = new double[(below.length + FAN - 1) >>> SHIFT];
                for (int j = 0; j < level.length; j++) {
                    level[j] = max(below, j << SHIFT);
                }
                built[l] = level;
            }
            return built;
        }

        /** The largest of the (up to) eight values of the group starting at {@code first}. */
        private static double max(double[] values, int first) {
            int end = Math.min(first + FAN, values.length);
            double max = values[first];
            for (int i = first + 1; i < end; i++) {
                double value = values[i];
                if (value > max) { // never NaN: plain comparisons, not Math.max's NaN and -0.0 handling
                    max = value;
                }
            }
            return max;
        }

        /** The capacity of a team in a week: its weekly capacity unless a period says otherwise. */
        double capacity(int team, int week) {
            int[] first = periodFrom[team];
            for (int k = 0; k < first.length; k++) {
                if (first[k] <= week && week <= periodTo[team][k]) {
                    return periodCapacity[team][k];
                }
            }
            return capacity[team];
        }

        /** The weeks tracked so far (0..weeks-1); later weeks are all free. */
        int weeks() {
            return size;
        }

        double used(int team, int week) {
            return capacity(team, week) - left(team, week);
        }

        /** Takes {@code amount} from {@code team} in each week from {@code first} to {@code last}. */
        void add(int team, int first, int lastWeek, double amount) {
            int last = Math.min(lastWeek, TRACKED_WEEKS_MAX - 1);
            if (first > last) {
                return; // beyond the weeks tracked
            }
            while (last >= size) {
                grow();
            }
            double[][] tree = levels[team];
            double[] weeks = tree[0];
            if (first == last) { // most work takes one week
                double before = weeks[first];
                weeks[first] = before - amount;
                if (before < tree[1][first >>> SHIFT]) {
                    return; // it was not its group's largest: no maximum changes
                }
            } else {
                for (int w = first; w <= last; w++) {
                    weeks[w] -= amount;
                }
            }
            // maxima only fall: stop going up at the first level where none changed
            boolean changed = true;
            for (int l = 1, lo = first >>> SHIFT, hi = last >>> SHIFT;
                    l < tree.length && changed;
                    l++, lo >>>= SHIFT, hi >>>= SHIFT) {
                double[] below = tree[l - 1];
                double[] level = tree[l];
                changed = false;
                for (int j = lo; j <= hi; j++) {
                    double max = max(below, j << SHIFT);
                    if (max != level[j]) {
                        level[j] = max;
                        changed = true;
                    }
                }
            }
        }

        private void grow() {
            int bigger = size * 2;
            for (int team = 0; team < levels.length; team++) {
                double[] weeks = Arrays.copyOf(levels[team][0], bigger);
                for (int w = size; w < bigger; w++) {
                    weeks[w] = capacity(team, w);
                }
                levels[team] = build(weeks);
            }
            size = bigger;
        }

        double left(int team, int week) {
            return week < size ? levels[team][0][week] : capacity(team, week);
        }

        /** The first week from {@code from} in which {@code team} has {@code need} left. */
        int firstWith(int team, double need, int from) {
            if (from >= size) {
                return from;
            }
            double enough = need - EPSILON;
            double[][] tree = levels[team];
            // Up: the rest of the group holding i at each level, then the groups after it one level higher.
            int l = 0;
            int i = from;
            int found = -1;
            while (found < 0) {
                double[] level = tree[l];
                int end = Math.min((i | (FAN - 1)) + 1, level.length);
                for (int j = i; j < end; j++) {
                    if (level[j] >= enough) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    if (l == tree.length - 1) {
                        return size; // no tracked week has room
                    }
                    i = (i >>> SHIFT) + 1;
                    l++;
                    if (i >= tree[l].length) {
                        return size;
                    }
                }
            }
            // Down: the first child with room enough, one level at a time.
            for (; l > 0; l--) {
                double[] below = tree[l - 1];
                int j = found << SHIFT;
                while (below[j] < enough) {
                    j++;
                }
                found = j;
            }
            return found;
        }

        /** The first week from {@code week} where {@code team} has {@code share} left in each of {@code weeks} weeks. */
        int firstFit(int team, double share, int weeks, int week) {
            int w = week;
            search:
            while (true) {
                w = firstWith(team, share, w); // has room in week w itself
                for (int x = w + weeks - 1; x > w; x--) {
                    if (left(team, x) + EPSILON < share) {
                        w = x + 1;
                        continue search;
                    }
                }
                return w;
            }
        }

        /** As {@link #firstFit(int, double, int, int)}, for two teams each with its share. */
        int firstFit(int team, double share, int other, double otherShare, int weeks, int week) {
            int w = week;
            search:
            while (true) {
                w = firstWith(team, share, w);
                w = Math.max(w, firstWith(other, otherShare, w));
                for (int x = w + weeks - 1; x >= w; x--) {
                    if (left(team, x) + EPSILON < share || left(other, x) + EPSILON < otherShare) {
                        w = x + 1;
                        continue search;
                    }
                }
                return w;
            }
        }

        /** As {@link #firstFit(int, double, int, int)}, for each of item {@code i}'s teams with its share. */
        int firstFit(Records records, int i, int weeks, int week) {
            int cells = records.cells(i);
            int w = week;
            search:
            while (true) {
                for (int k = 0; k < cells; k++) {
                    w = Math.max(w, firstWith(records.team(i, k), records.amount(i, k), w));
                }
                for (int x = w + weeks - 1; x >= w; x--) {
                    for (int k = 0; k < cells; k++) {
                        if (left(records.team(i, k), x) + EPSILON < records.amount(i, k)) {
                            w = x + 1;
                            continue search;
                        }
                    }
                }
                return w;
            }
        }
    }

    /**
     * What the scheduler's loop reads and writes of each item, in eight longs (one cache line) per
     * item in rank order, so that taking an item from the ready set and telling its dependants it is
     * placed costs a cache miss each rather than one per array. The loop's items come in an order no
     * array can follow (the best-ranked of those ready), so each array it read cost a miss of its own.
     * An item's teams (those with capacity, of its efforts) and their amounts are in the record when
     * there are at most two, else in arrays beside it. The amounts are an open item's share per week,
     * a committed item's whole effort.
     */
    static final class Records {
        static final int SHIFT = 3;
        /** Providers not yet placed (high half) and the first week the item may start (low half, at least 0). */
        static final int STATE = 0;
        /** Its weeks (high half; 0 for committed work, which keeps its dates) and its teams' count (low half). */
        static final int SHAPE = 1;
        /** Its dependants' range in the adjacency: first (high half) and end (low half). */
        static final int DEPENDANTS = 2;
        /** Up to two teams (high half, low half). */
        static final int TEAMS = 3;
        /** The amounts of those teams (two longs, a double's bits each). */
        static final int AMOUNT = 4;
        /** With more than two teams: their range in the arrays beside (first, end). */
        static final int MORE = 6;
        /** The week it starts in, once placed; committed work: the first week after it ends. */
        static final int WEEK = 7;

        static final long ONE_WAITING = 1L << 32;
        static final long WAITING = 0xffff_ffff_0000_0000L;

        final long[] longs;
        private int[] moreTeams = new int[16];
        private double[] moreAmounts = new double[16];
        private int more;

        Records(int n) {
            longs = new long[n << SHIFT];
        }

        void set(int i, int weeks, int week, int[] teams, double[] amounts, int cells, int per) {
            int b = i << SHIFT;
            longs[b + SHAPE] = ((long) weeks << 32) | cells;
            longs[b + WEEK] = week;
            if (cells <= 2) {
                longs[b + TEAMS] = ((long) (cells > 0 ? teams[0] : 0) << 32) | (cells > 1 ? teams[1] : 0);
                for (int k = 0; k < cells; k++) {
                    longs[b + AMOUNT + k] = Double.doubleToRawLongBits(amounts[k] / per);
                }
            } else {
                if (more + cells > moreTeams.length) {
                    int bigger = Math.max(moreTeams.length * 2, more + cells);
                    moreTeams = Arrays.copyOf(moreTeams, bigger);
                    moreAmounts = Arrays.copyOf(moreAmounts, bigger);
                }
                longs[b + MORE] = ((long) more << 32) | (more + cells);
                for (int k = 0; k < cells; k++) {
                    moreTeams[more] = teams[k];
                    moreAmounts[more] = amounts[k] / per;
                    more++;
                }
            }
        }

        void dependants(int i, int first, int end) {
            longs[(i << SHIFT) + DEPENDANTS] = ((long) first << 32) | end;
        }

        /** Item {@code i} waits for {@code providers} to be placed, and may start in week 0 or later. */
        void waitFor(int i, int providers) {
            longs[(i << SHIFT) + STATE] = (long) providers << 32;
        }

        int waiting(int i) {
            return (int) (longs[(i << SHIFT) + STATE] >>> 32);
        }

        int weeks(int i) {
            return (int) (longs[(i << SHIFT) + SHAPE] >>> 32);
        }

        int week(int i) {
            return (int) longs[(i << SHIFT) + WEEK];
        }

        int cells(int i) {
            return (int) longs[(i << SHIFT) + SHAPE];
        }

        int team(int i, int k) {
            int b = i << SHIFT;
            if (cells(i) <= 2) {
                long both = longs[b + TEAMS];
                return k == 0 ? (int) (both >>> 32) : (int) both;
            }
            return moreTeams[(int) (longs[b + MORE] >>> 32) + k];
        }

        double amount(int i, int k) {
            int b = i << SHIFT;
            if (cells(i) <= 2) {
                return Double.longBitsToDouble(longs[b + AMOUNT + k]);
            }
            return moreAmounts[(int) (longs[b + MORE] >>> 32) + k];
        }
    }

    /**
     * The items ready to be placed, smallest index (best rank) first: a bit per item, and above the
     * bits a word per 64 words saying which of them are not empty, up to one word. Adding is a bit
     * set per level; taking the smallest walks down from the top word by trailing zeros, a few
     * steps for a million items, where a binary heap moved items along its height at every take.
     */
    static final class ReadySet {
        private final long[][] levels; // levels[0]: the items; levels[l + 1]: which words of levels[l] are not empty
        private int size;

        ReadySet(int capacity) {
            int words = Math.max(1, (capacity + 63) >>> 6);
            int height = 1;
            for (int w = words; w > 1; w = (w + 63) >>> 6) {
                height++;
            }
            levels = new long[height][];
            for (int l = 0, w = words; l < height; l++, w = (w + 63) >>> 6) {
                levels[l] = new long[w];
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int item) {
            size++;
            int i = item;
            for (long[] level : levels) {
                long before = level[i >>> 6];
                level[i >>> 6] = before | (1L << i);
                if (before != 0) {
                    return; // the levels above know this word is not empty
                }
                i >>>= 6;
            }
        }

        int pop() {
            int i = 0;
            for (int l = levels.length - 1; l >= 0; l--) {
                i = (i << 6) | Long.numberOfTrailingZeros(levels[l][i]);
            }
            size--;
            int k = i;
            for (long[] level : levels) {
                long after = level[k >>> 6] & ~(1L << k);
                level[k >>> 6] = after;
                if (after != 0) {
                    break; // still not empty: the levels above stay as they are
                }
                k >>>= 6;
            }
            return i;
        }
    }
}
