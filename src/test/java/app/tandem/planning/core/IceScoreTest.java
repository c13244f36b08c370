package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.Score.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceScoreTest {

    private static Scoring scoring(Item... items) {
        return new Scoring(GoalContributionScoreTest.input(List.of(items)));
    }

    @Test
    void impactConfidenceAndEaseAveragedOrMultiplied() {
        Item onboarding = GoalContributionScoreTest.onboarding();

        // impact = 1 + ⌊4.5⌋ = 5; confidence medium 6 + 1 (14 insights) = 7; ease: 6 person-weeks → 6
        // average = (5 + 7 + 6) ÷ 3 = 6; product = 5 × 7 × 6 = 210
        Score average = scoring(onboarding).ice(onboarding, ScoringModel.IceMode.AVERAGE);
        Score product = scoring(onboarding).ice(onboarding, ScoringModel.IceMode.PRODUCT);

        assertThat(average.value()).isCloseTo(6, within(1e-9));
        assertThat(product.value()).isCloseTo(210, within(1e-9));
        assertThat(average.breakdown())
                .containsExactly(new Term("impact", 5), new Term("confidence", 7), new Term("ease", 6));
        assertThat(average.sentence())
                .isEqualTo("Impact 5 (goal value 4.5); confidence 7 (medium, backed by 14 insights);"
                        + " ease 6 (6 person-weeks); average 6.");
        assertThat(product.sentence()).endsWith("; product 210.");
    }

    @Test
    void smallValueLowConfidenceAndBigEffortScoreLow() {
        Item slog = item(2, "Slog")
                .goal(2) // 0.5 → impact 1
                .confidence(Item.Confidence.LOW) // 3, no insight
                .effort(100, 30) // → ease 1
                .build();

        assertThat(scoring(slog).ice(slog, ScoringModel.IceMode.AVERAGE).value())
                .isCloseTo(5 / 3.0, within(1e-9));
        assertThat(scoring(slog).ice(slog, ScoringModel.IceMode.PRODUCT).value())
                .isCloseTo(3, within(1e-9));
        assertThat(scoring(slog).ice(slog, ScoringModel.IceMode.AVERAGE).sentence())
                .contains("confidence 3 (low, no insight)");
    }

    @Test
    void fixedScales() {
        assertThat(List.of(0.0, 0.99, 1.0, 4.5, 8.99, 9.0, 40.0).stream()
                        .map(Ice::impact)
                        .toList())
                .containsExactly(1, 1, 2, 5, 9, 10, 10);
        assertThat(List.of(0.0, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 13.0, 20.0, 26.0, 27.0).stream()
                        .map(Ice::ease)
                        .toList())
                .containsExactly(10, 10, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void averageAndProductCanOrderDifferentlySoTheModeIsASetting() {
        // impact 1 + ⌊5 × 1 × 2⌋ → 10; high 9 + 1 = 10; 27 person-weeks → ease 1: average 7, product 100
        Item moonshot = item(1, "Moonshot")
                .goal(1, 10, 10)
                .effort(100, 27)
                .evidence(1, 10)
                .build();
        // impact 5, confidence 7, ease 8 (3 person-weeks): average 6.67, product 280
        Item steady = item(2, "Steady")
                .goal(1, 10, 4)
                .goal(2)
                .confidence(Item.Confidence.MEDIUM)
                .effort(100, 3)
                .evidence(2, 10)
                .build();
        PlanInput input = GoalContributionScoreTest.input(List.of(moonshot, steady));

        assertThat(Ranking.of(input, ScoringModel.ice(ScoringModel.IceMode.AVERAGE))
                        .ids())
                .containsExactly(1L, 2L);
        assertThat(Ranking.of(input, ScoringModel.ice(ScoringModel.IceMode.PRODUCT))
                        .ids())
                .containsExactly(2L, 1L);
        assertThat(Ranking.of(input, Scoring.Method.ICE).ids()).containsExactly(1L, 2L); // average by default
    }
}
