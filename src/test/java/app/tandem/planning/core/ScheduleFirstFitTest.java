package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.FIRST_WEEK;
import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scheduler keeps each team's weeks in a tree of maxima to find the first week with room. This
 * test replays the same rules with nothing but a list of weeks per team, scanned one week at a time,
 * and expects the very same dates, over random plans with committed work, capacity periods, a team
 * without capacity and plans reaching hundreds of weeks out.
 */
class ScheduleFirstFitTest {

    private static final double EPSILON = 1e-9;

    @Test
    void everyInitiativeGetsTheFirstWeeksWithRoomThatAWeekByWeekReplayFinds() {
        Random random = new Random(2026);
        for (int plan = 0; plan < 120; plan++) {
            PlanInput input = randomPlan(random, 20 + random.nextInt(plan < 100 ? 120 : 1_500));
            Ranking ranking = Ranking.of(input, Scoring.Method.GOAL_CONTRIBUTION);

            Schedule schedule = Scheduler.schedule(input, ranking);

            Map<Long, long[]> expected = replay(input, ranking);
            assertThat(schedule.slots()).hasSize(expected.size());
            for (Schedule.Slot slot : schedule.slots()) {
                long[] dates = expected.get(slot.itemId());
                assertThat(new long[] {slot.start().toEpochDay(), slot.end().toEpochDay()})
                        .as("plan %d, initiative %d", plan, slot.itemId())
                        .containsExactly(dates);
            }
        }
    }

    private static PlanInput randomPlan(Random random, int n) {
        List<Team> teams = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            List<Team.Period> periods = new ArrayList<>();
            if (random.nextBoolean()) {
                LocalDate from = TODAY.plusDays(random.nextInt(200) - 20);
                periods.add(new Team.Period(from, from.plusDays(random.nextInt(60)), random.nextInt(4)));
            }
            teams.add(new Team(t, "T" + t, t == 4 ? 0 : 1 + random.nextInt(4), periods));
        }
        List<Item> items = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Plans.ItemBuilder builder = item(i + 1, "I" + (i + 1))
                    .goal(1)
                    .confidence(Item.Confidence.values()[random.nextInt(3)])
                    .evidence(random.nextInt(10), random.nextInt(5_000));
            int teamCount = 1 + random.nextInt(4); // three or more teams are kept beside the scheduler's records
            for (int t = 0; t < teamCount; t++) {
                builder.effort(1 + random.nextInt(5), 0.25 * random.nextInt(30)); // team 5 is unknown; 0 is no effort
            }
            int draw = random.nextInt(10);
            if (draw == 0) {
                LocalDate start = TODAY.plusDays(random.nextInt(120) - 40);
                builder.status(random.nextBoolean() ? Item.Status.COMMITTED : Item.Status.IN_PROGRESS)
                        .dates(start, start.plusDays(random.nextInt(50)));
            } else if (draw < 4) {
                builder.dates(TODAY, TODAY.plusDays(1 + random.nextInt(60)));
            } else if (draw == 4) {
                builder.status(Item.Status.DONE);
            }
            items.add(builder.build());
            for (int d = 0; d < 3 && i > 0; d++) {
                if (random.nextInt(3) > 0) {
                    dependencies.add(new Dependency(i + 1, 1 + random.nextInt(i), "x", null, false));
                }
            }
        }
        return new PlanInput(items, dependencies, List.of(new Goal(1, "Grow", 3)), List.of(), List.of(), teams, TODAY);
    }

    /** The scheduler's rules, one week at a time: each id to its first and last day (epoch days). */
    private static Map<Long, long[]> replay(PlanInput input, Ranking ranking) {
        long base = FIRST_WEEK.toEpochDay();
        Map<Long, Team> teams = new HashMap<>();
        input.teams().forEach(t -> teams.put(t.id(), t));
        Map<Long, Item> open = new HashMap<>();
        input.initiatives().stream().filter(i -> !i.status().isFinal()).forEach(i -> open.put(i.id(), i));
        Map<Long, Integer> rank = new HashMap<>();
        ranking.items().forEach(r -> rank.put(r.itemId(), r.rank()));
        Map<Long, List<Double>> left = new HashMap<>();
        Map<Long, long[]> dates = new HashMap<>();

        for (Item item : open.values()) {
            if (item.status().isCommitted() && item.start() != null && item.due() != null) {
                long start = item.start().toEpochDay();
                long end = Math.max(start, item.due().toEpochDay());
                dates.put(item.id(), new long[] {start, end});
                int first = (int) Math.floorDiv(start - base, 7);
                int last = (int) Math.floorDiv(end - base, 7);
                for (Map.Entry<Long, Double> effort : constraining(item, teams).entrySet()) {
                    for (int w = Math.max(0, first); w <= last; w++) {
                        take(left, teams.get(effort.getKey()), w, base, effort.getValue() / (last - first + 1));
                    }
                }
            }
        }

        Map<Long, Integer> waitingOn = new HashMap<>();
        Map<Long, List<Long>> dependants = new HashMap<>();
        open.keySet().forEach(id -> waitingOn.put(id, 0));
        for (Dependency d : input.dependencies()) {
            if (open.containsKey(d.providerId()) && open.containsKey(d.dependantId())) {
                waitingOn.merge(d.dependantId(), 1, Integer::sum);
                dependants
                        .computeIfAbsent(d.providerId(), k -> new ArrayList<>())
                        .add(d.dependantId());
            }
        }
        PriorityQueue<Long> ready = new PriorityQueue<>((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        waitingOn.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        Map<Long, Long> earliest = new HashMap<>();
        while (!ready.isEmpty()) {
            Item item = open.get(ready.poll());
            if (!dates.containsKey(item.id())) {
                Map<Long, Double> efforts = constraining(item, teams);
                int weeks = item.start() != null && item.due() != null
                        ? (int) Math.max(
                                1,
                                Math.ceilDiv(
                                        item.due().toEpochDay() - item.start().toEpochDay(), 7))
                        : 1;
                for (Map.Entry<Long, Double> e : efforts.entrySet()) {
                    weeks = Math.max(weeks, (int)
                            Math.ceil(e.getValue() / teams.get(e.getKey()).capacity() - EPSILON));
                }
                int w = (int) Math.ceilDiv(earliest.getOrDefault(item.id(), base) - base, 7);
                while (!fits(left, teams, efforts, weeks, w, base)) {
                    w++;
                }
                for (Map.Entry<Long, Double> e : efforts.entrySet()) {
                    for (int x = w; x < w + weeks; x++) {
                        take(left, teams.get(e.getKey()), x, base, e.getValue() / weeks);
                    }
                }
                dates.put(item.id(), new long[] {base + 7L * w, base + 7L * (w + weeks) - 1});
            }
            long end = dates.get(item.id())[1];
            for (long next : dependants.getOrDefault(item.id(), List.of())) {
                earliest.merge(next, Math.max(base, end + 1), Math::max);
                if (waitingOn.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return dates;
    }

    /** The efforts the schedule respects: for known teams with a capacity, above zero. */
    private static Map<Long, Double> constraining(Item item, Map<Long, Team> teams) {
        Map<Long, Double> efforts = new HashMap<>();
        item.effort().forEach((team, amount) -> {
            if (teams.containsKey(team) && teams.get(team).capacity() > 0 && amount > 0) {
                efforts.put(team, amount);
            }
        });
        return efforts;
    }

    private static boolean fits(
            Map<Long, List<Double>> left,
            Map<Long, Team> teams,
            Map<Long, Double> efforts,
            int weeks,
            int w,
            long base) {
        for (Map.Entry<Long, Double> e : efforts.entrySet()) {
            for (int x = w; x < w + weeks; x++) {
                if (left(left, teams.get(e.getKey()), x, base) + EPSILON < e.getValue() / weeks) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double left(Map<Long, List<Double>> left, Team team, int week, long base) {
        List<Double> weeks = left.computeIfAbsent(team.id(), k -> new ArrayList<>());
        while (weeks.size() <= week) {
            weeks.add(capacity(team, weeks.size(), base));
        }
        return weeks.get(week);
    }

    private static void take(Map<Long, List<Double>> left, Team team, int week, long base, double amount) {
        double before = left(left, team, week, base);
        left.get(team.id()).set(week, before - amount);
    }

    /** A team's capacity in a week: the first period touching the week, else its weekly capacity. */
    private static double capacity(Team team, int week, long base) {
        long monday = base + 7L * week;
        for (Team.Period period : team.periods()) {
            if (period.from().toEpochDay() <= monday + 6 && period.to().toEpochDay() >= monday) {
                return period.capacity();
            }
        }
        return team.capacity();
    }
}
