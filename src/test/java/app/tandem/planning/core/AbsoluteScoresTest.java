package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores are absolute: adding an initiative never changes another's score, under every model. */
class AbsoluteScoresTest {

    private static final List<ScoringModel> EVERY_MODEL = List.of(
            ScoringModel.of(Scoring.Method.GOAL_CONTRIBUTION),
            ScoringModel.of(Scoring.Method.RICE),
            ScoringModel.of(Scoring.Method.WSJF),
            ScoringModel.ice(ScoringModel.IceMode.AVERAGE),
            ScoringModel.ice(ScoringModel.IceMode.PRODUCT),
            ScoringModel.of(Scoring.Method.VALUE_OVER_EFFORT),
            ScoringModel.custom(String.join(
                    " + ", Formula.FIELDS.stream().map(Formula.Field::name).toList())));

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
    void everyModelIsCovered() {
        assertThat(EVERY_MODEL.stream().map(ScoringModel::method).distinct())
                .containsExactlyInAnyOrder(Scoring.Method.values());
    }

    @Test
    void addingAnInitiativeNeverChangesAnothersScoreUnderAnyModel() {
        Item onboarding = GoalContributionScoreTest.onboarding();
        Item dependant = item(2, "Needs onboarding").goal(2).build();
        List<Dependency> needs = List.of(new Dependency(2, 1, "the checklist", null, false));
        // a far better initiative on every scale, serving the same goals and KPIs
        Item newcomer = item(9, "Newcomer")
                .kind(Item.Kind.INFRASTRUCTURE)
                .goal(1, 10, 10)
                .goal(1, 11, -5)
                .helps(20, 3)
                .dates(TODAY, TODAY.plusDays(3))
                .effort(100, 0.5)
                .evidence(500, 10_000_000)
                .build();

        for (ScoringModel model : EVERY_MODEL) {
            Score before = new Scoring(input(List.of(onboarding, dependant), needs)).score(onboarding, model);
            List<Item> more = new ArrayList<>(List.of(onboarding, dependant, newcomer));
            Score after = new Scoring(input(more, needs)).score(onboarding, model);
            Ranking ranking = Ranking.of(input(more, needs), model);

            Score ranked = ranking.items().stream()
                    .filter(r -> r.itemId() == 1)
                    .findFirst()
                    .orElseThrow()
                    .score();
            for (Score score : List.of(after, ranked)) {
                assertThat(score.value()).as(model.label()).isEqualTo(before.value());
                assertThat(score.breakdown()).as(model.label()).isEqualTo(before.breakdown());
                assertThat(score.sentence()).as(model.label()).isEqualTo(before.sentence());
            }
        }
    }
}
