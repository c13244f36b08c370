package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every schedule keeps, checked over random acyclic plans drawn with a fixed seed. */
class ScheduleInvariantsTest {

    private static final List<Team> TEAMS = List.of(new Team(1, "A", 2), new Team(2, "B", 3), new Team(3, "C", 1.5));

    private static PlanInput randomPlan(Random random, int n, int dependenciesEach, List<Team> teamList) {
        List<Item> items = new ArrayList<>(n);
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Plans.ItemBuilder builder =
                    item(i + 1, "I" + (i + 1)).goal(1).confidence(Item.Confidence.values()[random.nextInt(3)]);
            int teams = 1 + random.nextInt(2);
            for (int t = 0; t < teams; t++) {
                builder.effort(1 + random.nextInt(teamList.size()), 0.5 + random.nextInt(8));
            }
            if (random.nextBoolean()) {
                builder.dates(TODAY, TODAY.plusDays(7 + random.nextInt(40)));
            }
            items.add(builder.build());
            // providers come from earlier ids only, so the graph is acyclic
            for (int d = 0; d < dependenciesEach && i > 0; d++) {
                if (random.nextInt(3) > 0) {
                    dependencies.add(new Dependency(i + 1, 1 + random.nextInt(i), "x", null, false));
                }
            }
        }
        return new PlanInput(
                items, dependencies, List.of(new Goal(1, "Grow", 3)), List.of(), List.of(), teamList, TODAY);
    }

    @Test
    void everyInitiativeStartsAfterWhatItDependsOnEndsAndNoTeamIsOverbooked() {
        Random random = new Random(14);
        for (int plan = 0; plan < 300; plan++) {
            PlanInput input = randomPlan(random, 2 + random.nextInt(60), 3, TEAMS);
            Schedule schedule = Scheduler.schedule(input, Ranking.of(input, Scoring.Method.GOAL_CONTRIBUTION));

            Map<Long, Schedule.Slot> slots = new HashMap<>();
            schedule.slots().forEach(s -> slots.put(s.itemId(), s));
            assertThat(slots).hasSize(input.initiatives().size());
            for (Dependency d : input.dependencies()) {
                assertThat(slots.get(d.dependantId()).start())
                        .as("plan %d: %s", plan, d)
                        .isAfter(slots.get(d.providerId()).end());
            }
            Map<String, Double> load = new HashMap<>();
            for (Item item : input.initiatives()) {
                Schedule.Slot slot = slots.get(item.id());
                long weeks = ChronoUnit.WEEKS.between(slot.start(), slot.end().plusDays(1));
                for (Map.Entry<Long, Double> e : item.effort().entrySet()) {
                    for (long w = 0; w < weeks; w++) {
                        load.merge(e.getKey() + "@" + slot.start().plusWeeks(w), e.getValue() / weeks, Double::sum);
                    }
                }
            }
            for (Map.Entry<String, Double> entry : load.entrySet()) {
                String teamWeek = entry.getKey();
                double used = entry.getValue();
                long team = Long.parseLong(teamWeek.substring(0, teamWeek.indexOf('@')));
                assertThat(used)
                        .as("plan %d: %s", plan, teamWeek)
                        .isLessThanOrEqualTo(TEAMS.get((int) team - 1).capacity() + 1e-6);
            }
            assertThat(schedule.conflicts()).isEmpty();
        }
    }

    /** Teams 1..count of 3 person-weeks a week each. */
    static List<Team> manyTeams(int count) {
        List<Team> teams = new ArrayList<>(count);
        for (int t = 1; t <= count; t++) {
            teams.add(new Team(t, "Team " + t, 3));
        }
        return teams;
    }

    @Test
    void aHundredThousandInitiativesWithThreeDependenciesEachArePlanned() {
        PlanInput input = randomPlan(new Random(100_000), 100_000, 3, manyTeams(1_000));
        Ranking ranking = Ranking.of(input, Scoring.Method.GOAL_CONTRIBUTION);

        Schedule schedule = Scheduler.schedule(input, ranking);
        CriticalPath path = CriticalPath.of(schedule, input.dependencies());

        assertThat(schedule.slots()).hasSize(100_000);
        assertThat(path.chain()).isNotEmpty();
        assertThat(path.slackOf(path.chain().getLast())).isZero();
    }
}
