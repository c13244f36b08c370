package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private static final List<ScoringModel> GOAL_AND_RICE =
            List.of(ScoringModel.of(Scoring.Method.GOAL_CONTRIBUTION), ScoringModel.of(Scoring.Method.RICE));

    /**
     * Six initiatives, one person-week each, all serving the weight-5 goal through retention (gap 10,
     * off track): goal contribution = 5 × (change ÷ 10) × 2 = change; RICE = reach × 3 × 1 ÷ 0.5.
     */
    private static PlanInput six(double[] changes, long[] reaches) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < changes.length; i++) {
            items.add(item(i + 1, "I" + (i + 1))
                    .goal(1, 10, changes[i])
                    .effort(100, 1)
                    .evidence(1, reaches[i])
                    .build());
        }
        return GoalContributionScoreTest.input(items);
    }

    @Test
    void ranksEachInitiativeUnderEachModelAndNamesWideDisagreements() {
        // goal contribution ranks 1..6 in id order, RICE in reverse: spreads 5, 3, 1, 1, 3, 5
        PlanInput input = six(new double[] {6, 5, 4, 3, 2, 1}, new long[] {1, 2, 3, 4, 5, 6});

        ModelComparison comparison = ModelComparison.of(input, GOAL_AND_RICE);

        assertThat(comparison.rows())
                .containsExactly(
                        new ModelComparison.Row(1, "I1", List.of(1, 6)),
                        new ModelComparison.Row(2, "I2", List.of(2, 5)),
                        new ModelComparison.Row(3, "I3", List.of(3, 4)),
                        new ModelComparison.Row(4, "I4", List.of(4, 3)),
                        new ModelComparison.Row(5, "I5", List.of(5, 2)),
                        new ModelComparison.Row(6, "I6", List.of(6, 1)));
        // spread ≥ 3: I1 and I6 (5), then I2 and I5 (3); I3 and I4 (1) stay in the top 5 under both
        assertThat(comparison.disagreements())
                .extracting(ModelComparison.Disagreement::itemId)
                .containsExactly(1L, 6L, 2L, 5L);
        assertThat(comparison.disagreements())
                .extracting(ModelComparison.Disagreement::sentence)
                .containsExactly(
                        "“I1” ranks 1st under goal contribution but 6th under RICE.",
                        "“I6” ranks 1st under RICE but 6th under goal contribution.",
                        "“I2” ranks 2nd under goal contribution but 5th under RICE.",
                        "“I5” ranks 2nd under RICE but 5th under goal contribution.");
        assertThat(comparison.disagreements().getFirst().best()).isEqualTo(GOAL_AND_RICE.get(0));
        assertThat(comparison.disagreements().getFirst().worst()).isEqualTo(GOAL_AND_RICE.get(1));
    }

    @Test
    void leavingTheTopFiveIsADisagreementEvenOneRankApart() {
        // RICE swaps only I5 (reach 1) and I6 (reach 2): ranks 5 ↔ 6
        PlanInput input = six(new double[] {6, 5, 4, 3, 2, 1}, new long[] {6, 5, 4, 3, 1, 2});

        ModelComparison comparison = ModelComparison.of(input, GOAL_AND_RICE);

        assertThat(comparison.disagreements())
                .extracting(ModelComparison.Disagreement::sentence)
                .containsExactly(
                        "“I5” ranks 5th under goal contribution but 6th under RICE.",
                        "“I6” ranks 5th under RICE but 6th under goal contribution.");
    }

    @Test
    void modelsThatAgreeHaveNoDisagreement() {
        PlanInput input = six(new double[] {6, 5, 4, 3, 2, 1}, new long[] {6, 5, 4, 3, 2, 1});

        ModelComparison comparison = ModelComparison.of(
                input, List.of(ScoringModel.of(Scoring.Method.GOAL_CONTRIBUTION), ScoringModel.custom("reach")));

        assertThat(comparison.disagreements()).isEmpty();
        assertThat(comparison.rows())
                .allSatisfy(row ->
                        assertThat(row.ranks().get(0)).isEqualTo(row.ranks().get(1)));
    }

    @Test
    void atLeastOneModelIsNeeded() {
        assertThatThrownBy(() -> ModelComparison.of(six(new double[] {1}, new long[] {1}), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordinals() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112).stream()
                        .map(ModelComparison::ordinal)
                        .toList())
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
                        "112th");
    }
}
