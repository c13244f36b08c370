package app.tandem.review.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tandem.review.Verdict;
import app.tandem.review.VerdictSummary;
import app.tandem.support.DomainException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {

    private static String refusedField(Verdict verdict, String reason) {
        DomainException refused =
                catchThrowableOfType(DomainException.class, () -> VerdictRules.check(verdict, reason));
        return refused == null ? "accepted" : String.valueOf(refused.field());
    }

    @Test
    void anApprovalNeedsNoReasonButConcernsAndABlockDo() {
        assertThatCode(() -> VerdictRules.check(Verdict.APPROVE, null)).doesNotThrowAnyException();
        assertThatCode(() -> VerdictRules.check(Verdict.APPROVE, "Reads well")).doesNotThrowAnyException();
        assertThat(refusedField(Verdict.CONCERNS, "  ")).isEqualTo("reason");
        assertThat(refusedField(Verdict.BLOCK, "")).isEqualTo("reason");
        assertThat(refusedField(Verdict.BLOCK, "The card promises bank sync we do not have"))
                .isEqualTo("accepted");
    }

    @Test
    void saysWhyABlockNeedsItsReason() {
        DomainException refused =
                catchThrowableOfType(DomainException.class, () -> VerdictRules.check(Verdict.BLOCK, null));
        assertThat(refused.getMessage()).isEqualTo("Say why you block it, so the team knows what must change.");
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
    }

    @Test
    void noVerdictAndATooLongReasonAreRefusedTogether() {
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> VerdictRules.check(null, "x".repeat(VerdictRules.REASON_MAX + 1)));
        assertThat(refused.fieldErrors())
                .extracting(app.tandem.support.Problems.FieldError::field)
                .containsExactly("verdict", "reason");
        assertThat(refusedField(Verdict.CONCERNS, "x".repeat(VerdictRules.REASON_MAX)))
                .isEqualTo("accepted");
    }

    @Test
    void countsEachVerdictAndThePendingOnesAndOneBlockBlocks() {
        VerdictSummary summary = VerdictRules.summary(
                Arrays.asList(Verdict.APPROVE, null, Verdict.CONCERNS, Verdict.APPROVE, null, Verdict.BLOCK));
        assertThat(summary).isEqualTo(new VerdictSummary(2, 1, 1, 2));
        assertThat(summary.blocked()).isTrue();
        assertThat(summary.given()).isEqualTo(4);
        assertThat(VerdictRules.summary(Arrays.asList(Verdict.CONCERNS, null)).blocked())
                .isFalse();
    }

    @Test
    void keepsAReasonStrippedAndNoneWhenBlank() {
        assertThat(VerdictRules.reason("  fine  ")).isEqualTo("fine");
        assertThat(VerdictRules.reason("   ")).isNull();
    }
}
