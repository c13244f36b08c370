package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A team's capacity periods replace its weekly capacity in the weeks they touch. */
class CapacityPeriodTest {

    /** Design does 2 person-weeks a week, nothing over the holidays, 4 in the first week of January. */
    private static final Team DESIGN = new Team(
            100,
            "Design",
            2,
            List.of(
                    // Thursday 24 Dec to Friday 1 Jan touches the weeks of 21 Dec and 28 Dec
                    new Team.Period(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), 0),
                    new Team.Period(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10), 4)));

    private static Schedule schedule(List<Item> items) {
        PlanInput input = new PlanInput(items, List.of(), List.of(), List.of(), List.of(), List.of(DESIGN), TODAY);
        List<Ranking.Ranked> ranked = new ArrayList<>();
        for (Item item : items) {
            ranked.add(new Ranking.Ranked(ranked.size() + 1, item.id(), item.title(), new Score(0, List.of(), "")));
        }
        return Scheduler.schedule(input, new Ranking(Scoring.Method.GOAL_CONTRIBUTION, ranked));
    }

    @Test
    void workSkipsTheWeeksATeamIsAwayAndUsesTheExtraCapacityOfABusierWeek() {
        Item first = item(1, "First").effort(100, 4).build(); // 2 a week: 7 Dec – 20 Dec, design full
        Item second = item(2, "Second").effort(100, 2).build(); // 2 in one week: not 21 Dec, not 28 Dec (0)
        Item third = item(3, "Third").effort(100, 2).build(); // the week of 4 Jan has 4: room for both
        Item fourth = item(4, "Fourth").effort(100, 1).build(); // 4 Jan is full, 11 Jan is back to 2

        Schedule schedule = schedule(List.of(first, second, third, fourth));

        assertThat(schedule.slot(1))
                .isEqualTo(new Schedule.Slot(1, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 20), false));
        assertThat(schedule.slot(2))
                .isEqualTo(new Schedule.Slot(2, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10), false));
        assertThat(schedule.slot(3))
                .isEqualTo(new Schedule.Slot(3, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10), false));
        assertThat(schedule.slot(4))
                .isEqualTo(new Schedule.Slot(4, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 17), false));
        assertThat(schedule.conflicts()).isEmpty();
    }

    @Test
    void committedWorkInAWeekTheTeamIsAwayIsOverCapacity() {
        Item hotfix = item(1, "Hotfix")
                .status(Item.Status.IN_PROGRESS)
                .dates(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 24))
                .effort(100, 1)
                .build();
        Item next = item(2, "Next").effort(100, 2).build(); // a week of 2 fits in the week of 7 Dec

        Schedule schedule = schedule(List.of(hotfix, next));

        assertThat(schedule.conflicts())
                .containsExactly(new Conflict(
                        Conflict.Kind.TEAM_OVER_CAPACITY,
                        List.of(1L),
                        "“Design” is over capacity in the week of 21 Dec 2026 by 1 person-weeks, caused by “Hotfix”."));
        assertThat(schedule.slot(2).start()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aTeamWithoutPeriodsHasTheSameCapacityEveryWeekAndAPeriodMustNotEndBeforeItStarts() {
        assertThat(new Team(1, "Design", 2).periods()).isEmpty();
        assertThatThrownBy(() -> new Team(
                        1,
                        "Design",
                        2,
                        List.of(new Team.Period(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 4), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
