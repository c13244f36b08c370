package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Team DESIGN = new Team(100, "Design", 2);
    private static final Team PLATFORM = new Team(101, "Platform", 3);
    private static final Goal GOAL = new Goal(1, "Grow", 3);

    /** Schedules in the order given (the ranking is the list order). */
    private static Schedule schedule(List<Item> items, List<Dependency> dependencies) {
        PlanInput input = new PlanInput(
                items, dependencies, List.of(GOAL), List.of(), List.of(), List.of(DESIGN, PLATFORM), TODAY);
        List<Ranking.Ranked> ranked = new java.util.ArrayList<>();
        for (Item item : items) {
            ranked.add(new Ranking.Ranked(ranked.size() + 1, item.id(), item.title(), new Score(0, List.of(), "")));
        }
        return Scheduler.schedule(input, new Ranking(Scoring.Method.GOAL_CONTRIBUTION, ranked));
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(month >= 11 ? 2026 : 2027, month, dayOfMonth);
    }

    @Test
    void workStartsOnTheFirstMondayAfterTodayAndIsLengthenedToFitTheTeamsCapacity() {
        Item big = item(1, "Big").effort(100, 4).build(); // 4 person-weeks, design does 2 a week → 2 weeks

        Schedule schedule = schedule(List.of(big), List.of());

        assertThat(schedule.firstWeek()).isEqualTo(Plans.FIRST_WEEK);
        assertThat(schedule.slot(1)).isEqualTo(new Schedule.Slot(1, day(12, 7), day(12, 20), false));
    }

    @Test
    void aCapacitySoSmallThatTheWorkWouldTakeMoreWeeksThanAnIntHoldsIsSpreadOverTheMostWeeksAnItemTakes() {
        // a capacity saved before there was a least one: 2 person-weeks at 1e-300 a week
        Team tiny = new Team(102, "Tiny", 1e-300);
        Item big = item(1, "Big").effort(102, 2).build();
        Item after = item(2, "After").effort(102, 1).build();
        PlanInput input = new PlanInput(
                List.of(big, after), List.of(), List.of(GOAL), List.of(), List.of(), List.of(tiny), TODAY);
        Ranking ranking = new Ranking(
                Scoring.Method.GOAL_CONTRIBUTION,
                List.of(
                        new Ranking.Ranked(1, 1, "Big", new Score(0, List.of(), "")),
                        new Ranking.Ranked(2, 2, "After", new Score(0, List.of(), ""))));

        Schedule schedule = Scheduler.schedule(input, ranking);

        Schedule.Slot slot = schedule.slot(1);
        assertThat(slot.start()).isEqualTo(day(12, 7));
        assertThat(slot.end())
                .isEqualTo(day(12, 7).plusWeeks(Scheduler.ITEM_WEEKS_MAX).minusDays(1));
        assertThat(schedule.slot(2).start()).isEqualTo(day(12, 7)); // (at 1e-300 a week, any week has room)
    }

    @Test
    void lowerRankedWorkWaitsForTheTeamsCapacity() {
        Item first = item(1, "First").effort(100, 4).build(); // design full for 2 weeks
        Item second =
                item(2, "Second").effort(100, 2).dates(day(12, 7), day(12, 21)).build(); // 1 a week, 2 weeks
        Item elsewhere = item(3, "Elsewhere").effort(101, 3).build(); // platform is free

        Schedule schedule = schedule(List.of(first, second, elsewhere), List.of());

        assertThat(schedule.slot(2)).isEqualTo(new Schedule.Slot(2, day(12, 21), day(1, 3), false));
        assertThat(schedule.slot(3).start()).isEqualTo(day(12, 7));
        assertThat(schedule.conflicts()).isEmpty();
    }

    @Test
    void workStartsAfterEverythingItDependsOnEndsEvenIfRankedHigher() {
        Item app = item(1, "App").effort(100, 1).build();
        Item api = item(2, "API").effort(101, 1).dates(day(12, 1), day(12, 22)).build(); // 3 weeks

        Schedule schedule = schedule(List.of(app, api), List.of(new Dependency(1, 2, "a feature", null, false)));

        assertThat(schedule.slot(2)).isEqualTo(new Schedule.Slot(2, day(12, 7), day(12, 27), false));
        assertThat(schedule.slot(1)).isEqualTo(new Schedule.Slot(1, day(12, 28), day(1, 3), false));
    }

    @Test
    void committedWorkKeepsItsDatesAndItsDependantsFollowIt() {
        Item committed = item(1, "Committed")
                .status(Item.Status.COMMITTED)
                .dates(day(11, 16), day(12, 18))
                .effort(100, 10)
                .build();
        Item next = item(2, "Next").effort(101, 1).build();

        Schedule schedule =
                schedule(List.of(next, committed), List.of(new Dependency(2, 1, "design assets", null, false)));

        assertThat(schedule.slot(1)).isEqualTo(new Schedule.Slot(1, day(11, 16), day(12, 18), true));
        assertThat(schedule.slot(2).start()).isEqualTo(day(12, 21));
    }

    @Test
    void committedWorkAloneOverATeamsCapacityIsAConflictNamingTheWeekTheExcessAndTheCause() {
        Item c1 = item(1, "Redesign")
                .status(Item.Status.COMMITTED)
                .dates(day(12, 7), day(12, 20))
                .effort(100, 4)
                .build(); // 2 a week for 2 weeks
        Item c2 = item(2, "Logo")
                .status(Item.Status.IN_PROGRESS)
                .dates(day(12, 14), day(12, 18))
                .effort(100, 1.5)
                .build();
        Item later = item(3, "Later").effort(100, 2).build();

        Schedule schedule = schedule(List.of(c1, c2, later), List.of());

        assertThat(schedule.conflicts())
                .containsExactly(new Conflict(
                        Conflict.Kind.TEAM_OVER_CAPACITY,
                        List.of(1L, 2L),
                        "“Design” is over capacity in the week of 14 Dec 2026 by 1.5 person-weeks,"
                                + " caused by “Redesign”, “Logo”."));
        assertThat(schedule.slot(3).start()).isEqualTo(day(12, 21));
    }

    @Test
    void doneAndDroppedWorkIsNotScheduled() {
        Item done = item(1, "Done").status(Item.Status.DONE).build();
        Item open = item(2, "Open").build();

        assertThat(schedule(List.of(done, open), List.of(new Dependency(2, 1, "a feature", null, false)))
                        .slots())
                .containsExactly(new Schedule.Slot(2, day(12, 7), day(12, 13), false));
    }

    @Test
    void aCycleOfDependenciesIsRefusedNamingItsInitiatives() {
        List<Item> items = List.of(
                item(1, "A").build(),
                item(2, "B").build(),
                item(3, "C").build(),
                item(4, "D").build());
        List<Dependency> cycle = List.of(
                new Dependency(1, 2, "x", null, false),
                new Dependency(2, 3, "x", null, false),
                new Dependency(3, 1, "x", null, false),
                new Dependency(4, 1, "x", null, false));

        DependencyCycle refused = catchThrowableOfType(DependencyCycle.class, () -> schedule(items, cycle));

        assertThat(refused.ids()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(refused.getMessage()).startsWith("The dependencies form a cycle: ");
        // each depends on the one before it
        List<Long> ids = refused.ids();
        for (int k = 0; k < ids.size(); k++) {
            long dependant = ids.get(k);
            long provider = ids.get((k + ids.size() - 1) % ids.size());
            assertThat(cycle).contains(new Dependency(dependant, provider, "x", null, false));
        }
    }
}
