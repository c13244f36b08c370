package app.tandem.initiative.rules;

import static app.tandem.initiative.InitiativeStatus.COMMITTED;
import static app.tandem.initiative.InitiativeStatus.DISCOVERY;
import static app.tandem.initiative.InitiativeStatus.DONE;
import static app.tandem.initiative.InitiativeStatus.DROPPED;
import static app.tandem.initiative.InitiativeStatus.IN_PROGRESS;
import static app.tandem.initiative.InitiativeStatus.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.initiative.InitiativeStatus;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void workMovesForwardOneStepAtATime() {
        assertThat(StatusRules.refusal(PROPOSED, DISCOVERY)).isEmpty();
        assertThat(StatusRules.refusal(DISCOVERY, COMMITTED)).isEmpty();
        assertThat(StatusRules.refusal(COMMITTED, IN_PROGRESS)).isEmpty();
        assertThat(StatusRules.refusal(IN_PROGRESS, DONE)).isEmpty();
    }

    @Test
    void workCanBeDroppedFromEveryStatusButTheFinalOnes() {
        for (InitiativeStatus from : new InitiativeStatus[] {PROPOSED, DISCOVERY, COMMITTED, IN_PROGRESS}) {
            assertThat(StatusRules.refusal(from, DROPPED)).as("from %s", from).isEmpty();
        }
        assertThat(StatusRules.refusal(DONE, DROPPED)).hasValue("It is done: a finished initiative keeps its status.");
        assertThat(StatusRules.refusal(DROPPED, DROPPED))
                .hasValue(
                        "It was dropped and stays dropped: propose it again as a new initiative to take it up again.");
    }

    @Test
    void skippingAStepSaysWhatMustComeFirst() {
        assertThat(StatusRules.refusal(PROPOSED, COMMITTED))
                .hasValue("Commit it only after discovery: move it to discovery first.");
        assertThat(StatusRules.refusal(PROPOSED, IN_PROGRESS)).hasValue("Start it only after it is committed.");
        assertThat(StatusRules.refusal(DISCOVERY, IN_PROGRESS)).hasValue("Start it only after it is committed.");
        assertThat(StatusRules.refusal(COMMITTED, DONE))
                .hasValue("Finish it only after it has started: move it to in progress first.");
        assertThat(StatusRules.refusal(PROPOSED, DONE))
                .hasValue("Finish it only after it has started: move it to in progress first.");
    }

    @Test
    void goingBackIsRefused() {
        assertThat(StatusRules.refusal(COMMITTED, DISCOVERY))
                .hasValue("It is already committed, past in discovery: a status only moves forward, or to dropped.");
        assertThat(StatusRules.refusal(IN_PROGRESS, PROPOSED))
                .hasValue("It is already in progress, past proposed: a status only moves forward, or to dropped.");
    }

    @Test
    void finalStatusesAndTheSameStatusAreRefused() {
        assertThat(StatusRules.refusal(DONE, IN_PROGRESS))
                .hasValue("It is done: a finished initiative keeps its status.");
        assertThat(StatusRules.refusal(DROPPED, PROPOSED)).isPresent();
        assertThat(StatusRules.refusal(COMMITTED, COMMITTED)).hasValue("It is already committed.");
    }

    @Test
    void nextListsTheAllowedStatusesInOrder() {
        assertThat(StatusRules.next(PROPOSED)).containsExactly(DISCOVERY, DROPPED);
        assertThat(StatusRules.next(COMMITTED)).containsExactly(IN_PROGRESS, DROPPED);
        assertThat(StatusRules.next(IN_PROGRESS)).containsExactly(DONE, DROPPED);
        assertThat(StatusRules.next(DONE)).isEmpty();
        assertThat(StatusRules.next(DROPPED)).isEmpty();
    }
}
