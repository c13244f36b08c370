package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.Score.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class WsjfScoreTest {

    private static PlanInput input(List<Item> items, List<Dependency> dependencies) {
        return new PlanInput(
                items,
                dependencies,
                List.of(GoalContributionScoreTest.TRIAL_TO_PAID, GoalContributionScoreTest.BRAND),
                List.of(GoalContributionScoreTest.RETENTION, GoalContributionScoreTest.CHURN),
                List.of(GoalContributionScoreTest.SEE_WHERE_MONEY_GOES, GoalContributionScoreTest.FEW_NOTIFICATIONS),
                List.of(),
                TODAY);
    }

    @Test
    void costOfDelayOverJobSizeOnTheFibonacciScale() {
        Item onboarding = GoalContributionScoreTest.onboarding();

        // user-business value: goal 4.5 + user 1.0 = 5.5 → 8 (4 ≤ 5.5 < 7)
        // time criticality: retention (served) is off track → 13; no due date → 1; max 13
        // risk reduction: nothing depends on it → 1
        // job size: 6 person-weeks → 5 (4 < 6 ≤ 8)
        // WSJF = (8 + 13 + 1) ÷ 5 = 4.4
        Score score = new Scoring(input(List.of(onboarding), List.of())).wsjf(onboarding);

        assertThat(score.value()).isCloseTo(4.4, within(1e-9));
        assertThat(score.breakdown())
                .containsExactly(
                        new Term("user-business value", 8),
                        new Term("time criticality", 13),
                        new Term("risk reduction", 1),
                        new Term("job size", 5));
        assertThat(score.sentence())
                .isEqualTo("User-business value 8 (value 5.5); time criticality 13 (a KPI it serves is off track);"
                        + " risk reduction 1 (0 initiatives depend on it); job size 5 (6 person-weeks).");
    }

    @Test
    void aCloseDueDateAndOpenDependantsRaiseItAndInfrastructureOneStepMore() {
        Item platform = item(1, "Event pipeline")
                .kind(Item.Kind.INFRASTRUCTURE)
                .goal(2) // 2 × 0.25 = 0.5
                .dates(TODAY, TODAY.plusDays(10))
                .effort(100, 1)
                .build();
        Item a = item(2, "Dashboard").build();
        Item b = item(3, "Alerts").build();
        Item done = item(4, "Old report").status(Item.Status.DONE).build();
        List<Dependency> needs = List.of(
                new Dependency(2, 1, "events", null, false),
                new Dependency(2, 1, "more events", null, false), // the same dependant counts once
                new Dependency(3, 1, "events", null, false),
                new Dependency(4, 1, "events", null, false)); // done: needs nothing any more

        // user-business value 0.5 → 2; due in 10 days → 20; 2 open dependants → 5, infrastructure → 8;
        // 1 person-week → 1. WSJF = (2 + 20 + 8) ÷ 1 = 30
        Score score = new Scoring(input(List.of(platform, a, b, done), needs)).wsjf(platform);

        assertThat(score.value()).isCloseTo(30, within(1e-9));
        assertThat(score.sentence())
                .isEqualTo(
                        "User-business value 2 (value 0.5); time criticality 20 (due in 10 days);"
                                + " risk reduction 8 (2 initiatives depend on it, infrastructure); job size 1 (1 person-week).");
    }

    @Test
    void aKpiAtRiskMakesItTimeCritical() {
        // churn gap 5, expected −2 → 5 × 0.4 × 1.5 = 3 → value 5; at risk → 8; risk 1; 3 weeks → size 3
        Item cancel = item(5, "Cancel flow").goal(1, 11, -2).effort(100, 3).build();

        Score score = new Scoring(input(List.of(cancel), List.of())).wsjf(cancel);

        assertThat(score.value()).isCloseTo((5 + 8 + 1) / 3.0, within(1e-9));
        assertThat(score.sentence()).contains("time criticality 8 (a KPI it serves is at risk)");
    }

    @Test
    void valueThresholdsMapOntoTheScale() {
        assertThat(Wsjf.userBusinessValue(0)).isEqualTo(1);
        assertThat(Wsjf.userBusinessValue(0.49)).isEqualTo(1);
        assertThat(Wsjf.userBusinessValue(0.5)).isEqualTo(2);
        assertThat(Wsjf.userBusinessValue(1)).isEqualTo(3);
        assertThat(Wsjf.userBusinessValue(2)).isEqualTo(5);
        assertThat(Wsjf.userBusinessValue(4)).isEqualTo(8);
        assertThat(Wsjf.userBusinessValue(7)).isEqualTo(13);
        assertThat(Wsjf.userBusinessValue(9.99)).isEqualTo(13);
        assertThat(Wsjf.userBusinessValue(10)).isEqualTo(20);
    }

    @Test
    void jobSizeDependantsAndDueDatesMapOntoTheScale() {
        assertThat(List.of(0.0, 1.0, 1.5, 4.0, 8.0, 13.0, 26.0, 26.5).stream()
                        .map(Wsjf::jobSize)
                        .toList())
                .containsExactly(1, 1, 2, 3, 5, 8, 13, 20);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 7, 8, 30).stream()
                        .map(n -> Wsjf.riskReduction(n, false))
                        .toList())
                .containsExactly(1, 3, 5, 8, 8, 13, 13, 20, 20);
        assertThat(Wsjf.riskReduction(0, true)).isEqualTo(2);
        assertThat(Wsjf.riskReduction(8, true)).isEqualTo(20);
        Wsjf wsjf = new Wsjf(TODAY);
        assertThat(wsjf.dueCriticality(null)).isEqualTo(1);
        assertThat(wsjf.dueCriticality(TODAY.minusDays(3))).isEqualTo(20); // overdue
        assertThat(wsjf.dueCriticality(TODAY.plusDays(14))).isEqualTo(20);
        assertThat(wsjf.dueCriticality(TODAY.plusDays(15))).isEqualTo(13);
        assertThat(wsjf.dueCriticality(TODAY.plusDays(42))).isEqualTo(13);
        assertThat(wsjf.dueCriticality(TODAY.plusDays(91))).isEqualTo(8);
        assertThat(wsjf.dueCriticality(TODAY.plusDays(92))).isEqualTo(1);
    }

    @Test
    void anOverdueInitiativeSaysSince() {
        Item late =
                item(6, "Late").dates(TODAY.minusDays(30), TODAY.minusDays(2)).build();

        Score score = new Scoring(input(List.of(late), List.of())).wsjf(late);

        // value 0 → 1; overdue → 20; risk 1; 0 person-weeks → 1: (1 + 20 + 1) ÷ 1
        assertThat(score.value()).isCloseTo(22, within(1e-9));
        assertThat(score.sentence()).contains("time criticality 20 (overdue since 2026-11-30)");
    }

    @Test
    void theRankingUsesWsjf() {
        Item onboarding = GoalContributionScoreTest.onboarding(); // 4.4
        Item cancel = item(5, "Cancel flow").goal(1, 11, -2).effort(100, 3).build(); // 4.67

        assertThat(Ranking.of(input(List.of(onboarding, cancel), List.of()), ScoringModel.of(Scoring.Method.WSJF))
                        .ids())
                .containsExactly(5L, 1L);
    }
}
