package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.Score.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalContributionScoreTest {

    static final Goal TRIAL_TO_PAID = new Goal(1, "Grow trial-to-paid", 5);
    static final Goal BRAND = new Goal(2, "Be known for budgeting", 2);
    static final Kpi RETENTION = new Kpi(10, "week-1 retention", true, 10, Kpi.Health.OFF_TRACK, false);
    static final Kpi CHURN = new Kpi(11, "monthly churn", false, 5, Kpi.Health.AT_RISK, false);
    static final UserGoal SEE_WHERE_MONEY_GOES = new UserGoal(20, "See where my money goes", 4);
    static final UserGoal FEW_NOTIFICATIONS = new UserGoal(21, "Get few notifications", 2);

    static PlanInput input(List<Item> items) {
        return new PlanInput(
                items,
                List.of(),
                List.of(TRIAL_TO_PAID, BRAND),
                List.of(RETENTION, CHURN),
                List.of(SEE_WHERE_MONEY_GOES, FEW_NOTIFICATIONS),
                List.of(),
                TODAY);
    }

    /** Onboarding checklist: the worked example of the formula. */
    static Item onboarding() {
        return item(1, "Onboarding checklist")
                .goal(1, 10, 4) // 4 of the 10 points of retention still missing, off track
                .goal(2) // no KPI: a fixed 0.25
                .helps(20, 3)
                .hurts(21, 1)
                .confidence(Item.Confidence.MEDIUM)
                .effort(100, 4)
                .effort(101, 2)
                .evidence(14, 17_800)
                .build();
    }

    @Test
    void combinesGoalsKpiHealthUsersConfidenceAndEffort() {
        // goal value = 5 × (4 ÷ 10) × 2 (off track) + 2 × 0.25 = 4 + 0.5 = 4.5
        // user value = 0.1 × (4 × 3 − 2 × 1) = 1.0
        // score = (4.5 + 1.0) × 0.8 ÷ 6 = 0.7333…
        Score score = new Scoring(input(List.of(onboarding()))).goalContribution(onboarding());

        assertThat(score.value()).isCloseTo(5.5 * 0.8 / 6, within(1e-9));
        assertThat(score.breakdown())
                .containsExactly(
                        new Term("goal value", 4.5),
                        new Term("user value", 1.0),
                        new Term("confidence", 0.8),
                        new Term("effort (person-weeks)", 6.0));
        assertThat(score.sentence())
                .isEqualTo("Serves “Grow trial-to-paid” (weight 5) where week-1 retention is off track;"
                        + " helps users (1); backed by 14 insights reaching 17,800 users; 6 person-weeks;"
                        + " medium confidence.");
    }

    @Test
    void aKpiWhereLowerIsBetterCountsAFallAsContribution() {
        // churn gap 5, expected −2 → share 0.4; at risk ×1.5 → 5 × 0.4 × 1.5 = 3; effort 1 week
        Item item = item(2, "Cancel flow").goal(1, 11, -2).effort(100, 1).build();

        Score score = new Scoring(input(List.of(item))).goalContribution(item);

        assertThat(score.value()).isCloseTo(3.0, within(1e-9));
        assertThat(score.sentence())
                .startsWith("Serves “Grow trial-to-paid” (weight 5) where monthly churn is at risk");
    }

    @Test
    void theShareOfAGapIsCappedAtTheWholeGapAndAChangeTheWrongWayCountsNothing() {
        Item tooMuch = item(3, "Big bet").goal(1, 10, 25).effort(100, 1).build();
        Item wrongWay = item(4, "Noisy emails").goal(1, 10, -3).effort(100, 1).build();
        Scoring scoring = new Scoring(input(List.of(tooMuch, wrongWay)));

        assertThat(scoring.goalContribution(tooMuch).value()).isCloseTo(5 * 1 * 2, within(1e-9));
        assertThat(scoring.goalContribution(wrongWay).value()).isZero();
    }

    @Test
    void lessThanAPersonWeekOfEffortCountsAsOne() {
        Item small = item(5, "Copy fix").goal(2).effort(100, 0.5).build();

        // 2 × 0.25 × 1.0 ÷ max(1, 0.5)
        assertThat(new Scoring(input(List.of(small))).goalContribution(small).value())
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anInitiativeServingNoGoalSaysSo() {
        Item orphan = item(6, "Pet project").effort(100, 2).build();

        Score score = new Scoring(input(List.of(orphan))).goalContribution(orphan);

        assertThat(score.value()).isZero();
        assertThat(score.sentence()).isEqualTo("Serves no business goal; no insight behind it; 2 person-weeks.");
    }

    /** The sentence and the breakdown say the same effort: what the score divided by. */
    @Test
    void anInitiativeWithoutEffortIsSaidToCountAsOnePersonWeek() {
        Item unsized = item(7, "Unsized").build();

        Score score = new Scoring(input(List.of(unsized))).goalContribution(unsized);

        assertThat(score.sentence()).endsWith("; no effort given (counted as 1 person-week).");
        assertThat(score.breakdown()).contains(new Term("effort (person-weeks)", 1.0));
    }

    @Test
    void addingAnInitiativeNeverChangesAnothersScore() {
        Item other = item(7, "Other")
                .goal(1, 10, 9)
                .effort(100, 1)
                .evidence(100, 1_000_000)
                .build();

        double alone = new Scoring(input(List.of(onboarding())))
                .goalContribution(onboarding())
                .value();
        double withOther = new Scoring(input(List.of(onboarding(), other)))
                .goalContribution(onboarding())
                .value();

        assertThat(withOther).isEqualTo(alone);
    }

    @Test
    void theRankingOrdersByScoreThenIdAndLeavesOutDoneAndDroppedWork() {
        Item best = item(9, "Best").goal(1, 10, 10).effort(100, 1).build(); // 10
        Item tieLow = item(3, "Tie A").goal(2).effort(100, 1).build(); // 0.5
        Item tieHigh = item(4, "Tie B").goal(2).effort(100, 1).build(); // 0.5
        Item done = item(5, "Done").goal(1, 10, 10).status(Item.Status.DONE).build();
        Item dropped =
                item(6, "Dropped").goal(1, 10, 10).status(Item.Status.DROPPED).build();

        Ranking ranking =
                Ranking.of(input(List.of(tieHigh, done, tieLow, dropped, best)), Scoring.Method.GOAL_CONTRIBUTION);

        assertThat(ranking.ids()).containsExactly(9L, 3L, 4L);
        assertThat(ranking.items()).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3);
        assertThat(ranking.items().getFirst().score().value()).isCloseTo(10, within(1e-9));
    }
}
