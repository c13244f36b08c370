package app.tandem.initiative.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.ItReviewState;
import org.junit.jupiter.api.Test;

class ItReviewRulesTest {

    @Test
    void featuresInfrastructureAndCampaignsWithALandingPageOrFormNeedAnItReview() {
        assertThat(ItReviewRules.needsItReview(InitiativeKind.FEATURE, false)).isTrue();
        assertThat(ItReviewRules.needsItReview(InitiativeKind.INFRASTRUCTURE, false))
                .isTrue();
        assertThat(ItReviewRules.needsItReview(InitiativeKind.CAMPAIGN, true)).isTrue();
        assertThat(ItReviewRules.needsItReview(InitiativeKind.CAMPAIGN, false)).isFalse();
        for (InitiativeKind kind : new InitiativeKind[] {
            InitiativeKind.CONTENT, InitiativeKind.RESEARCH, InitiativeKind.MONETISATION, InitiativeKind.OTHER
        }) {
            assertThat(ItReviewRules.needsItReview(kind, true)).as(kind.name()).isFalse();
        }
    }

    @Test
    void aRecordedReviewIsDoneEvenAfterItWasSkippedAndASkipIsKeptUntilThen() {
        assertThat(ItReviewRules.state(false, true, true, true)).isEqualTo(ItReviewState.NOT_NEEDED);
        assertThat(ItReviewRules.state(true, false, false, false)).isEqualTo(ItReviewState.MISSING);
        assertThat(ItReviewRules.state(true, false, false, true)).isEqualTo(ItReviewState.SKIPPED);
        assertThat(ItReviewRules.state(true, true, false, true)).isEqualTo(ItReviewState.DONE);
        assertThat(ItReviewRules.state(true, true, false, false)).isEqualTo(ItReviewState.DONE);
        // a review that says the infrastructure is blocked is no go-ahead, skipped before or not
        assertThat(ItReviewRules.state(true, true, true, false)).isEqualTo(ItReviewState.BLOCKED);
        assertThat(ItReviewRules.state(true, true, true, true)).isEqualTo(ItReviewState.BLOCKED);
    }

    @Test
    void committingWorkWhoseReviewSaysBlockedAsksFirst() {
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, true, true, true))
                .isTrue();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.DISCOVERY, true, true, true))
                .isFalse();
        assertThat(ItReviewRules.question(InitiativeKind.INFRASTRUCTURE, true))
                .startsWith("IT says this infrastructure");
    }

    @Test
    void onlyCommittingWorkThatNeedsAReviewAndHasNoneAsksFirst() {
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, true, false, false))
                .isTrue();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, true, true, false))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, false, false, false))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.DISCOVERY, true, false, false))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.IN_PROGRESS, true, false, false))
                .isFalse();
    }

    @Test
    void theQuestionAndTheRefusalNameWhatTheWorkIs() {
        assertThat(ItReviewRules.question(InitiativeKind.FEATURE, false))
                .isEqualTo("This feature has no IT review. Commit it anyway? The plan will list it as a conflict.");
        assertThat(ItReviewRules.question(InitiativeKind.INFRASTRUCTURE, false))
                .startsWith("This infrastructure initiative has no IT review.");
        assertThat(ItReviewRules.notNeeded(InitiativeKind.CONTENT))
                .isEqualTo("A content initiative needs no IT review: only features, infrastructure and campaigns"
                        + " with a landing page or form do.");
        assertThat(ItReviewRules.notNeeded(InitiativeKind.OTHER)).startsWith("An initiative needs no IT review");
        assertThat(ItReviewRules.notNeeded(InitiativeKind.CAMPAIGN))
                .startsWith("A campaign without a landing page or form needs no IT review");
    }

    @Test
    void onlyAFeatureTakesTheInformationDesignChecklist() {
        assertThat(ItReviewRules.takesChecklist(InitiativeKind.FEATURE)).isTrue();
        assertThat(ItReviewRules.takesChecklist(InitiativeKind.INFRASTRUCTURE)).isFalse();
        assertThat(ItReviewRules.takesChecklist(InitiativeKind.CAMPAIGN)).isFalse();
    }
}
