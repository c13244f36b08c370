package app.tandem.initiative.rules;

import static app.tandem.initiative.DependencyState.DELIVERED;
import static app.tandem.initiative.DependencyState.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.rules.DependencyRisk.Side;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The campaign (dependant) starts on 1 Mar 2027 and needs design's assets (provider), due 15 Feb 2027
 * and handed off on 20 Feb 2027: nothing is at risk on 1 Jan 2027. Each test moves one date or status.
 */
class DependencyRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);
    private static final LocalDate HANDOFF = LocalDate.of(2027, 2, 20);

    private static Side campaign(InitiativeStatus status) {
        return new Side("Re-onboarding emails", status, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));
    }

    private static Side assets(InitiativeStatus status, LocalDate due) {
        return new Side("In-app guidance assets", status, LocalDate.of(2027, 1, 10), due);
    }

    private static final Side CAMPAIGN = campaign(InitiativeStatus.COMMITTED);
    private static final Side ASSETS = assets(InitiativeStatus.IN_PROGRESS, LocalDate.of(2027, 2, 15));

    @Test
    void aHandOffInTimeFromAProviderInTimeIsNotAtRisk() {
        assertThat(DependencyRisk.reasons(OPEN, HANDOFF, CAMPAIGN, ASSETS, TODAY))
                .isEmpty();
    }

    @Test
    void aHandOffDueAfterTheDependantStartsIsAtRisk() {
        assertThat(DependencyRisk.reasons(OPEN, LocalDate.of(2027, 3, 2), CAMPAIGN, ASSETS, TODAY))
                .containsExactly(
                        "The hand-off is due on 2 Mar 2027, after “Re-onboarding emails” starts on 1 Mar 2027.");
        // on the day the dependant starts is still in time
        assertThat(DependencyRisk.reasons(OPEN, LocalDate.of(2027, 3, 1), CAMPAIGN, ASSETS, TODAY))
                .isEmpty();
    }

    @Test
    void aProviderPastItsDueDateAndNotDoneIsAtRisk() {
        LocalDate afterDue = LocalDate.of(2027, 2, 16);
        assertThat(DependencyRisk.reasons(OPEN, HANDOFF, CAMPAIGN, ASSETS, afterDue))
                .containsExactly(
                        "“In-app guidance assets” was due on 15 Feb 2027 and is not done (it is in progress).");
        // on its due day it is not past it yet
        assertThat(DependencyRisk.reasons(OPEN, HANDOFF, CAMPAIGN, ASSETS, LocalDate.of(2027, 2, 15)))
                .isEmpty();
        // done, it is not at risk however late
        assertThat(DependencyRisk.reasons(
                        OPEN, HANDOFF, CAMPAIGN, assets(InitiativeStatus.DONE, LocalDate.of(2027, 2, 15)), afterDue))
                .isEmpty();
    }

    @Test
    void aDroppedProviderIsAtRiskWhateverItsDates() {
        Side dropped = assets(InitiativeStatus.DROPPED, LocalDate.of(2027, 6, 1)); // due after the campaign starts
        assertThat(DependencyRisk.reasons(OPEN, HANDOFF, CAMPAIGN, dropped, LocalDate.of(2027, 7, 1)))
                .containsExactly("“In-app guidance assets” was dropped.");
    }

    @Test
    void aProviderDueAfterTheDependantStartsIsAtRisk() {
        Side late = assets(InitiativeStatus.COMMITTED, LocalDate.of(2027, 3, 10));
        assertThat(DependencyRisk.reasons(OPEN, HANDOFF, CAMPAIGN, late, TODAY))
                .containsExactly("“In-app guidance assets” is due on 10 Mar 2027, after “Re-onboarding emails” starts"
                        + " on 1 Mar 2027.");
    }

    @Test
    void everyReasonThatHoldsIsGivenInOrder() {
        Side late = assets(InitiativeStatus.DISCOVERY, LocalDate.of(2027, 3, 10));
        assertThat(DependencyRisk.reasons(OPEN, LocalDate.of(2027, 3, 5), CAMPAIGN, late, LocalDate.of(2027, 3, 11)))
                .containsExactly(
                        "The hand-off is due on 5 Mar 2027, after “Re-onboarding emails” starts on 1 Mar 2027.",
                        "“In-app guidance assets” was due on 10 Mar 2027 and is not done (it is in discovery).",
                        "“In-app guidance assets” is due on 10 Mar 2027, after “Re-onboarding emails” starts on 1 Mar"
                                + " 2027.");
    }

    @Test
    void aDeliveredDependencyOrAFinishedDependantIsNotAtRisk() {
        Side dropped = assets(InitiativeStatus.DROPPED, LocalDate.of(2027, 3, 10));
        LocalDate lateHandOff = LocalDate.of(2027, 3, 5);
        assertThat(DependencyRisk.reasons(DELIVERED, lateHandOff, CAMPAIGN, dropped, TODAY))
                .isEmpty();
        assertThat(DependencyRisk.reasons(OPEN, lateHandOff, campaign(InitiativeStatus.DONE), dropped, TODAY))
                .isEmpty();
        assertThat(DependencyRisk.reasons(OPEN, lateHandOff, campaign(InitiativeStatus.DROPPED), dropped, TODAY))
                .isEmpty();
    }
}
