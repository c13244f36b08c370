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
        assertThat(ItReviewRules.state(false, true, true)).isEqualTo(ItReviewState.NOT_NEEDED);
        assertThat(ItReviewRules.state(true, false, false)).isEqualTo(ItReviewState.MISSING);
        assertThat(ItReviewRules.state(true, false, true)).isEqualTo(ItReviewState.SKIPPED);
        assertThat(ItReviewRules.state(true, true, true)).isEqualTo(ItReviewState.DONE);
        assertThat(ItReviewRules.state(true, true, false)).isEqualTo(ItReviewState.DONE);
    }

    @Test
    void onlyCommittingWorkThatNeedsAReviewAndHasNoneAsksFirst() {
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, true, false))
                .isTrue();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, true, true))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.COMMITTED, false, false))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.DISCOVERY, true, false))
                .isFalse();
        assertThat(ItReviewRules.asksBeforeCommitting(InitiativeStatus.IN_PROGRESS, true, false))
                .isFalse();
    }

    @Test
    void theQuestionAndTheRefusalNameWhatTheWorkIs() {
        assertThat(ItReviewRules.question(InitiativeKind.FEATURE))
                .isEqualTo("This feature has no IT review. Commit it anyway? The plan will list it as a conflict.");
        assertThat(ItReviewRules.question(InitiativeKind.INFRASTRUCTURE))
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
