package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanConflictsTest {

    private static final Goal REVENUE = new Goal(1, "Grow revenue", 5);
    private static final Kpi TRUST = new Kpi(10, "complaints a week", false, 0, Kpi.Health.OFF_TRACK, true);
    private static final Kpi CONVERSION = new Kpi(11, "trial conversion", true, 2, Kpi.Health.ON_TRACK, false);
    private static final UserGoal NO_SURPRISES = new UserGoal(20, "Never be surprised by a charge", 5);
    private static final UserGoal NICE = new UserGoal(21, "Nice colours", 3);

    private static List<Conflict> conflicts(List<Item> items, List<Dependency> dependencies) {
        return PlanConflicts.of(new PlanInput(
                items,
                dependencies,
                List.of(REVENUE),
                List.of(TRUST, CONVERSION),
                List.of(NO_SURPRISES, NICE),
                List.of(),
                TODAY));
    }

    @Test
    void anInitiativeServingNoBusinessGoalIsAConflictUnlessItIsDone() {
        Item orphan = item(1, "Pet project").build();
        Item doneOrphan = item(2, "Old thing").status(Item.Status.DONE).build();
        Item served = item(3, "Served").goal(1).build();

        assertThat(conflicts(List.of(orphan, doneOrphan, served), List.of()))
                .containsExactly(
                        new Conflict(Conflict.Kind.NO_GOAL, List.of(1L), "“Pet project” serves no business goal."));
    }

    @Test
    void committedOrStartedWorkWithoutItsItReviewIsAConflict() {
        Item committed = item(1, "Payments")
                .goal(1)
                .status(Item.Status.COMMITTED)
                .itReview(Item.ItReview.MISSING)
                .build();
        Item started = item(2, "Exports")
                .goal(1)
                .status(Item.Status.IN_PROGRESS)
                .itReview(Item.ItReview.SKIPPED)
                .build();
        Item proposed = item(3, "Idea").goal(1).itReview(Item.ItReview.MISSING).build();
        Item reviewed = item(4, "Reviewed")
                .goal(1)
                .status(Item.Status.COMMITTED)
                .itReview(Item.ItReview.DONE)
                .build();

        assertThat(conflicts(List.of(committed, started, proposed, reviewed), List.of()))
                .extracting(Conflict::reason)
                .containsExactly(
                        "“Payments” is committed but its IT review is missing.",
                        "“Exports” is in progress but its IT review was skipped.");
    }

    @Test
    void monetisationHurtingAnImportantUserGoalOrTouchingABreachedGuardrailIsAConflict() {
        Item surcharge = item(1, "Card surcharge")
                .kind(Item.Kind.MONETISATION)
                .goal(1, 10, 1)
                .hurts(20, 2)
                .hurts(21, 3) // importance 3: not important enough
                .build();
        Item featureHurting = item(2, "Hide fees").goal(1).hurts(20, 3).build(); // not monetisation

        List<Conflict> found = conflicts(List.of(surcharge, featureHurting), List.of());

        assertThat(found)
                .extracting(Conflict::kind)
                .containsExactly(
                        Conflict.Kind.MONETISATION_HURTS_USERS, Conflict.Kind.MONETISATION_ON_BREACHED_GUARDRAIL);
        assertThat(found.get(0).reason())
                .isEqualTo(
                        "“Card surcharge” makes money but hurts the user goal “Never be surprised by a charge” (importance 5).");
        assertThat(found.get(1).reason())
                .isEqualTo(
                        "“Card surcharge” makes money and touches the guardrail “complaints a week”, which is off track.");
    }

    @Test
    void aHandOffDueAfterTheDependantStartsIsAConflictUntilDelivered() {
        Item app = item(1, "New app")
                .goal(1)
                .dates(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1))
                .build();
        Item api = item(2, "Public API").goal(1).build();
        Dependency late = new Dependency(1, 2, "a feature", LocalDate.of(2027, 1, 11), false);
        Dependency delivered = new Dependency(1, 2, "a feature", LocalDate.of(2027, 1, 11), true);
        Dependency onTime = new Dependency(1, 2, "a feature", LocalDate.of(2027, 1, 4), false);

        assertThat(conflicts(List.of(app, api), List.of(late)))
                .containsExactly(new Conflict(
                        Conflict.Kind.LATE_HANDOFF,
                        List.of(1L, 2L),
                        "“Public API” hands off a feature on 11 Jan 2027, after “New app” starts on 4 Jan 2027."));
        assertThat(conflicts(List.of(app, api), List.of(delivered, onTime))).isEmpty();
    }

    /** Every conflict of the whole plan: from the input, the schedule's and those of the dates. */
    private static List<Conflict> planConflicts(List<Item> items, List<Dependency> dependencies) {
        PlanInput input = new PlanInput(
                items,
                dependencies,
                List.of(REVENUE),
                List.of(TRUST, CONVERSION),
                List.of(NO_SURPRISES, NICE),
                List.of(),
                TODAY);
        return Planner.plan(input, ScoringModel.DEFAULT).conflicts();
    }

    private static List<Conflict> startingEarly(List<Item> items, List<Dependency> dependencies) {
        return conflicts(items, dependencies).stream()
                .filter(c -> c.kind() == Conflict.Kind.STARTS_BEFORE_PREREQUISITE)
                .toList();
    }

    private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);
    private static final LocalDate FEB_1 = LocalDate.of(2027, 2, 1);

    /** The public API, due on 1 Feb 2027. */
    private static Plans.ItemBuilder api() {
        return item(2, "Public API").goal(1).dates(LocalDate.of(2026, 12, 7), FEB_1);
    }

    /** The new app, which needs the public API, starting on {@code start}. */
    private static Plans.ItemBuilder app(LocalDate start) {
        return item(1, "New app").goal(1).dates(start, start.plusDays(28));
    }

    private static Dependency needs(String kind) {
        return new Dependency(1, 2, kind, null, false);
    }

    @Test
    void workStartingBeforeWhatItNeedsIsDueToBeFinishedIsAConflict() {
        assertThat(planConflicts(List.of(app(JAN_4).build(), api().build()), List.of(needs("a feature"))))
                .containsExactly(new Conflict(
                        Conflict.Kind.STARTS_BEFORE_PREREQUISITE,
                        List.of(1L, 2L),
                        "“New app” starts on 4 Jan 2027 but needs a feature from “Public API”, due to be finished"
                                + " only on 1 Feb 2027."));
        // committed work keeps its dates, and so does the conflict; a hand-off on time does not hide it
        Item committedApp = app(JAN_4).status(Item.Status.IN_PROGRESS).build();
        Item committedApi = api().status(Item.Status.COMMITTED).build();
        Dependency onTime = new Dependency(1, 2, "design assets", JAN_4, false);
        assertThat(startingEarly(List.of(committedApp, committedApi), List.of(onTime)))
                .extracting(Conflict::reason)
                .containsExactly("“New app” starts on 4 Jan 2027 but needs design assets from “Public API”, due to"
                        + " be finished only on 1 Feb 2027.");
    }

    @Test
    void workStartingOnOrAfterTheDayWhatItNeedsIsDueIsNoConflict() {
        Item api = api().build();
        Dependency needs = needs("a feature");

        assertThat(startingEarly(List.of(app(FEB_1).build(), api), List.of(needs)))
                .isEmpty();
        assertThat(startingEarly(List.of(app(FEB_1.plusDays(1)).build(), api), List.of(needs)))
                .isEmpty();
        assertThat(startingEarly(List.of(app(FEB_1.minusDays(1)).build(), api), List.of(needs)))
                .hasSize(1);
    }

    @Test
    void doneOrDroppedWorkADeliveredNeedOrMissingDatesAreNoConflict() {
        Item app = app(JAN_4).build();
        Item api = api().build();
        Dependency needs = needs("a feature");

        for (Item.Status status : List.of(Item.Status.DONE, Item.Status.DROPPED)) {
            assertThat(startingEarly(List.of(app(JAN_4).status(status).build(), api), List.of(needs)))
                    .as("the dependant %s", status)
                    .isEmpty();
            assertThat(startingEarly(List.of(app, api().status(status).build()), List.of(needs)))
                    .as("the provider %s", status)
                    .isEmpty();
        }
        assertThat(startingEarly(List.of(app, api), List.of(new Dependency(1, 2, "a feature", null, true))))
                .as("delivered")
                .isEmpty();
        assertThat(startingEarly(List.of(item(1, "New app").goal(1).build(), api), List.of(needs)))
                .as("a dependant without a start")
                .isEmpty();
        assertThat(startingEarly(List.of(app, item(2, "Public API").goal(1).build()), List.of(needs)))
                .as("a provider without a due date")
                .isEmpty();
    }

    @Test
    void aLateHandOffIsSaidOnceAsSuchAndTwoNeedsOfOnePairOnce() {
        Item app = app(JAN_4).build();
        Item api = api().build();
        Dependency late = new Dependency(1, 2, "a feature", LocalDate.of(2027, 1, 11), false);

        assertThat(planConflicts(List.of(app, api), List.of(late)))
                .extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.LATE_HANDOFF);
        assertThat(startingEarly(List.of(app, api), List.of(needs("a feature"), needs("design assets"))))
                .extracting(Conflict::reason)
                .containsExactly("“New app” starts on 4 Jan 2027 but needs a feature from “Public API”, due to be"
                        + " finished only on 1 Feb 2027.");
    }

    @Test
    void aCampaignStartingBeforeTheFeatureItPromotesIsSaidOnceAsAPromise() {
        Item campaign = app(JAN_4)
                .kind(Item.Kind.CAMPAIGN)
                .status(Item.Status.COMMITTED)
                .build();
        Item feature = api().status(Item.Status.COMMITTED).build();
        Dependency promotes = new Dependency(1, 2, "a feature", null, false, true);

        assertThat(planConflicts(List.of(campaign, feature), List.of(promotes)))
                .extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.PROMISE_BEFORE_FEATURE);
    }

    @Test
    void twoInitiativesMovingOneKpiInOppositeDirectionsAreAConflict() {
        Item up = item(1, "Free trial").goal(1, 11, 1.5).build();
        Item down = item(2, "Paywall earlier").goal(1, 11, -0.5).build();
        Item alsoUp = item(3, "Onboarding").goal(1, 11, 0.2).build();

        assertThat(conflicts(List.of(up, down, alsoUp), List.of()))
                .containsExactly(
                        new Conflict(
                                Conflict.Kind.OPPOSING_KPI_CHANGES,
                                List.of(1L, 3L, 2L),
                                "“Free trial”, “Onboarding” should raise “trial conversion” while “Paywall earlier” should lower it."));
        assertThat(conflicts(List.of(up, alsoUp), List.of())).isEmpty();
    }

    @Test
    void aConflictOfManyInitiativesNamesFiveAndCountsTheRestButListsEveryId() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add(item(i, "Raise " + i).goal(1, 11, 1.0).build());
        }
        items.add(item(9, "Paywall earlier").goal(1, 11, -0.5).build());

        Conflict opposing = conflicts(items, List.of()).getFirst();
        assertThat(opposing.itemIds()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(opposing.reason())
                .isEqualTo("“Raise 1”, “Raise 2”, “Raise 3”, “Raise 4”, “Raise 5” and 3 more should raise"
                        + " “trial conversion” while “Paywall earlier” should lower it.");
    }
}
