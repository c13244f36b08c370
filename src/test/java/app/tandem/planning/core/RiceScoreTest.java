package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.Score.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiceScoreTest {

    private static Scoring scoring(Item... items) {
        return new Scoring(GoalContributionScoreTest.input(List.of(items)));
    }

    @Test
    void reachTimesImpactTimesConfidenceOverPersonMonths() {
        Item onboarding = GoalContributionScoreTest.onboarding();

        // reach 17,800 × impact 3 (weight 5) × 0.8 ÷ (6 ÷ 4.33 person-months) = 30,829.6
        Score score = scoring(onboarding).rice(onboarding);

        assertThat(score.value()).isCloseTo(30_829.6, within(1e-6));
        assertThat(score.breakdown())
                .extracting(Term::name)
                .containsExactly("reach", "impact", "confidence", "effort (person-months)");
        assertThat(score.breakdown().get(1).value()).isEqualTo(3.0);
        assertThat(score.sentence())
                .isEqualTo(
                        "Reaches 17,800 users (14 insights) with impact 3 from a goal of weight 5; 1.39 person-months.");
    }

    @Test
    void effortIsAtLeastHalfAPersonMonth() {
        Item quick =
                item(2, "Quick win").goal(1).effort(100, 1).evidence(3, 17_800).build();

        // 17,800 × 3 × 1.0 ÷ 0.5
        assertThat(scoring(quick).rice(quick).value()).isCloseTo(106_800, within(1e-6));
    }

    @Test
    void impactFollowsTheHeaviestGoalServedOnIntercomsScale() {
        assertThat(Scoring.impact(5)).isEqualTo(3);
        assertThat(Scoring.impact(4)).isEqualTo(2);
        assertThat(Scoring.impact(3)).isEqualTo(1);
        assertThat(Scoring.impact(2)).isEqualTo(0.5);
        assertThat(Scoring.impact(1)).isEqualTo(0.25);
        Item brandOnly = item(3, "Brand")
                .goal(2)
                .confidence(Item.Confidence.LOW)
                .effort(100, 4.33)
                .evidence(1, 1000)
                .build();
        Item none = item(4, "None").effort(100, 4.33).evidence(1, 1000).build();

        // 1,000 × 0.5 × 0.5 ÷ 1 month; 1,000 × 0.25 × 1.0 ÷ 1 month
        assertThat(scoring(brandOnly).rice(brandOnly).value()).isCloseTo(250, within(1e-9));
        assertThat(scoring(none).rice(none).value()).isCloseTo(250, within(1e-9));
        assertThat(scoring(none).rice(none).sentence()).contains("minimal impact (no business goal)");
    }

    @Test
    void valueOverEffortIsTheGoalAndUserValueWithoutConfidencePerPersonWeek() {
        Item onboarding = GoalContributionScoreTest.onboarding();

        // (4.5 + 1.0) ÷ 6
        assertThat(scoring(onboarding).valueOverEffort(onboarding).value()).isCloseTo(5.5 / 6, within(1e-9));
    }

    @Test
    void theRankingUsesTheChosenMethod() {
        Item wide = item(1, "Wide reach")
                .goal(2)
                .effort(100, 4.33)
                .evidence(5, 100_000)
                .build();
        Item deep = item(2, "Deep value")
                .goal(1, 10, 10)
                .effort(100, 4.33)
                .evidence(1, 100)
                .build();

        assertThat(Ranking.of(GoalContributionScoreTest.input(List.of(wide, deep)), Scoring.Method.RICE)
                        .ids())
                .containsExactly(1L, 2L);
        assertThat(Ranking.of(GoalContributionScoreTest.input(List.of(wide, deep)), Scoring.Method.GOAL_CONTRIBUTION)
                        .ids())
                .containsExactly(2L, 1L);
    }
}
