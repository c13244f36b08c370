package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseConflictsTest {

    private static final Goal REVENUE = new Goal(1, "Grow revenue", 5);

    private static List<Conflict> promises(List<Item> items, List<Dependency> dependencies, List<PainPoint> pains) {
        PlanInput input =
                new PlanInput(items, dependencies, List.of(REVENUE), List.of(), List.of(), List.of(), pains, TODAY);
        return Planner.plan(input, ScoringModel.DEFAULT).conflicts().stream()
                .filter(c ->
                        c.kind() == Conflict.Kind.PROMISE_BEFORE_FEATURE || c.kind() == Conflict.Kind.PROMISE_ON_PAIN)
                .toList();
    }

    private static Item feature(long id, String title, LocalDate start, LocalDate due) {
        return item(id, title)
                .goal(1)
                .status(Item.Status.COMMITTED)
                .dates(start, due)
                .build();
    }

    private static Item campaign(long id, String title, LocalDate start) {
        return item(id, title)
                .kind(Item.Kind.CAMPAIGN)
                .goal(1)
                .status(Item.Status.COMMITTED)
                .dates(start, start.plusDays(27))
                .build();
    }

    private static Dependency promotes(long campaignId, long featureId) {
        return new Dependency(campaignId, featureId, "the feature", null, false, true);
    }

    @Test
    void aCampaignStartingBeforeTheFeatureItPromotesIsReadyIsAConflict() {
        Item export = feature(1, "Budget export", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 10));
        Item spring = campaign(2, "Spring campaign", LocalDate.of(2027, 1, 4));
        Item sameDay = campaign(3, "Same-day launch", LocalDate.of(2027, 1, 10)); // feature's last day
        Item later = campaign(4, "Later launch", LocalDate.of(2027, 1, 11)); // the day after: fine

        List<Conflict> found = promises(
                List.of(export, spring, sameDay, later),
                List.of(promotes(2, 1), promotes(3, 1), promotes(4, 1)),
                List.of());

        assertThat(found)
                .containsExactly(
                        new Conflict(
                                Conflict.Kind.PROMISE_BEFORE_FEATURE,
                                List.of(2L, 1L),
                                "“Spring campaign” starts on 4 Jan 2027 but promotes “Budget export”, planned to be"
                                        + " finished only on 10 Jan 2027."),
                        new Conflict(
                                Conflict.Kind.PROMISE_BEFORE_FEATURE,
                                List.of(3L, 1L),
                                "“Same-day launch” starts on 10 Jan 2027 but promotes “Budget export”, planned to be"
                                        + " finished only on 10 Jan 2027."));
    }

    @Test
    void aDeliveredOrDoneFeatureANonFeatureNeedOrAFeatureThatIsNotACampaignsIsNoPromiseConflict() {
        Item export = feature(1, "Budget export", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 10));
        Item done = item(5, "Done feature").goal(1).status(Item.Status.DONE).build();
        Item spring = campaign(2, "Spring campaign", LocalDate.of(2027, 1, 4));
        Item notCampaign = item(3, "Widget")
                .goal(1)
                .status(Item.Status.COMMITTED)
                .dates(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8))
                .build();
        Item droppedCampaign = item(6, "Dropped")
                .kind(Item.Kind.CAMPAIGN)
                .status(Item.Status.DROPPED)
                .build();

        List<Conflict> found = promises(
                List.of(export, done, spring, notCampaign, droppedCampaign),
                List.of(
                        new Dependency(2, 1, "the feature", null, true, true), // delivered
                        promotes(2, 5),
                        new Dependency(2, 1, "copy", null, false, false), // not a feature
                        promotes(3, 1),
                        promotes(6, 1)),
                List.of());

        assertThat(found).isEmpty();
    }

    @Test
    void aCampaignWhoseStagesOrWhosePromotedFeaturesStagesStillHurtIsAConflict() {
        Item export = item(1, "Budget export").goal(1).stages(200, 100).build();
        Item spring = item(2, "Spring campaign")
                .kind(Item.Kind.CAMPAIGN)
                .goal(1)
                .stages(100)
                .build();
        Item other = item(3, "Onboarding").goal(1).stages(100).build(); // not a campaign
        List<PainPoint> pains = List.of(
                new PainPoint(1, 100, 7, "Cannot find the export button", 3, false),
                new PainPoint(2, 100, 7, "Slow first load", 2, false), // not severe
                new PainPoint(3, 100, 7, "Fees are hidden", 3, true), // addressed
                new PainPoint(4, 200, 8, "Export fails on large files", 3, false));

        List<Conflict> found = promises(List.of(export, spring, other), List.of(promotes(2, 1)), pains);

        // pain 1 sits on both the campaign's and the feature's stage 100: reported once, as the campaign's
        assertThat(found)
                .containsExactly(
                        new Conflict(
                                Conflict.Kind.PROMISE_ON_PAIN,
                                List.of(2L),
                                "“Spring campaign” promotes an experience where users still meet the severe pain"
                                        + " point “Cannot find the export button”.",
                                1L),
                        new Conflict(
                                Conflict.Kind.PROMISE_ON_PAIN,
                                List.of(2L, 1L),
                                "“Spring campaign” promotes “Budget export”, where users still meet the severe pain"
                                        + " point “Export fails on large files”.",
                                4L));
    }

    @Test
    void theExistingConflictsAreStillInThePlan() {
        Item orphan = item(1, "Pet project").build();

        List<Conflict> all = Planner.plan(Plans.input(List.of(orphan)), Scoring.Method.GOAL_CONTRIBUTION)
                .conflicts();

        assertThat(all).extracting(Conflict::kind).containsExactly(Conflict.Kind.NO_GOAL);
    }
}
