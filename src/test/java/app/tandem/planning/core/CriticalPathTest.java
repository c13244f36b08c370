package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    @Test
    void theLongestChainHasNoSlackAndSideWorkHasTheDaysUntilThePlanEnds() {
        LocalDate monday = Plans.FIRST_WEEK;
        List<Item> items = List.of(
                item(1, "A").dates(monday, monday.plusWeeks(2)).build(), // 7 Dec – 20 Dec
                item(2, "B").build(), // after A: 21 Dec – 27 Dec
                item(3, "C").build(), // alone: 7 Dec – 13 Dec
                item(4, "D").build()); // after C: 14 Dec – 20 Dec
        List<Dependency> dependencies =
                List.of(new Dependency(2, 1, "x", null, false), new Dependency(4, 3, "x", null, false));
        PlanInput input = new PlanInput(items, dependencies, List.of(), List.of(), List.of(), List.of(), TODAY);
        Schedule schedule = Scheduler.schedule(input, Ranking.of(input, Scoring.Method.GOAL_CONTRIBUTION));

        CriticalPath path = CriticalPath.of(schedule, dependencies);

        assertThat(path.end()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(path.chain()).containsExactly(1L, 2L);
        assertThat(path.slackOf(1)).isZero();
        assertThat(path.slackOf(2)).isZero();
        // D could end on 27 Dec: 7 days; C must end the day before D's late start (21 Dec): 7 days
        assertThat(path.slackOf(4)).isEqualTo(7);
        assertThat(path.slackOf(3)).isEqualTo(7);
        assertThat(path.daysFrom(monday)).isEqualTo(21);
    }

    @Test
    void workDueAfterWhatNeedsItStartsHasNegativeSlackAndIsOnTheCriticalPath() {
        LocalDate monday = Plans.FIRST_WEEK;
        List<Item> items = List.of(
                item(1, "A")
                        .dates(monday, monday.plusWeeks(2).minusDays(1))
                        .status(Item.Status.COMMITTED)
                        .build(), // 7 Dec – 20 Dec
                item(2, "B")
                        .dates(monday.plusWeeks(1), monday.plusWeeks(3).minusDays(1))
                        .status(Item.Status.COMMITTED)
                        .build(), // 14 – 27 Dec
                item(3, "C").dates(monday, monday.plusWeeks(1).minusDays(1)).build()); // 7 – 13 Dec, alone
        // B needs A, yet both are committed to dates that start B a week before A is due
        List<Dependency> dependencies = List.of(new Dependency(2, 1, "x", null, false));
        PlanInput input = new PlanInput(items, dependencies, List.of(), List.of(), List.of(), List.of(), TODAY);
        Schedule schedule = Scheduler.schedule(input, Ranking.of(input, Scoring.Method.GOAL_CONTRIBUTION));

        CriticalPath path = CriticalPath.of(schedule, dependencies);

        assertThat(path.end()).isEqualTo(LocalDate.of(2026, 12, 27));
        // A must be done the day before B starts (13 Dec) and is due a week later: -7 days
        assertThat(path.slackOf(1)).isEqualTo(-7);
        assertThat(path.slackOf(2)).isZero();
        assertThat(path.slackOf(3)).isEqualTo(14);
        assertThat(path.chain()).containsExactly(1L, 2L);
    }
}
