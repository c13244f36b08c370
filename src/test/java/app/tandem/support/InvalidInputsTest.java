package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tandem.support.Problems.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** Several refused fields reach the person together, as one 400 listing each. */
class InvalidInputsTest {

    @Test
    void severalRefusalsBecomeOneListingEachField() {
        InvalidInputs.Checks checks = InvalidInputs.checks()
                .check(() -> {
                    throw new InvalidInput("team", "Choose the team whose inbox the rule fills.");
                })
                .check(() -> {})
                .check(() -> {
                    throw new InvalidInput("words", "At most 200 characters of words; these are 240.");
                });

        InvalidInputs refused = catchThrowableOfType(InvalidInputs.class, checks::done);

        assertThat(refused.fieldErrors())
                .containsExactly(
                        new FieldError("team", "Choose the team whose inbox the rule fills."),
                        new FieldError("words", "At most 200 characters of words; these are 240."));
        ProblemDetail problem = Problems.of(refused);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("errors", refused.fieldErrors());
        assertThat(problem.getDetail())
                .isEqualTo("team: Choose the team whose inbox the rule fills.; words: At most 200 characters of"
                        + " words; these are 240.");
    }

    @Test
    void aBodyWithAHundredThousandWrongIdsKeepsTheFirstRefusalsAndRunsNoMoreChecks() {
        InvalidInputs.Checks checks = InvalidInputs.checks();
        int[] run = {0};
        for (int i = 0; i < 100_000; i++) {
            String field = "initiativeIds[" + i + "]";
            checks.check(() -> {
                run[0]++;
                throw new InvalidInput(field, "No such initiative in this workspace.");
            });
        }

        InvalidInputs refused = catchThrowableOfType(InvalidInputs.class, checks::done);

        assertThat(run[0]).isEqualTo(InvalidInputs.Checks.MAX_REFUSALS);
        assertThat(refused.fieldErrors()).hasSize(InvalidInputs.Checks.MAX_REFUSALS);
        assertThat(refused.fieldErrors().getFirst().field()).isEqualTo("initiativeIds[0]");
        assertThat(refused.fieldErrors().getLast().field()).isEqualTo("initiativeIds[99]");
    }

    @Test
    void oneRefusalIsThrownAsItIs() {
        InvalidInput alone = new InvalidInput("tag", "A tag has at most 60 characters.");
        InvalidInputs.Checks checks = InvalidInputs.checks().check(() -> {
            throw alone;
        });

        assertThat(catchThrowableOfType(InvalidInput.class, checks::done)).isSameAs(alone);
    }

    @Test
    void nothingRefusedThrowsNothing() {
        assertThatNoException()
                .isThrownBy(() -> InvalidInputs.checks().check(() -> {}).done());
    }

    @Test
    void aRefusalThatNamesNoFieldStopsTheChecksAtOnce() {
        AccessDenied denied = new AccessDenied("Viewers cannot change rules.");
        InvalidInputs.Checks checks = InvalidInputs.checks();

        assertThat(catchThrowableOfType(
                        AccessDenied.class,
                        () -> checks.check(() -> {
                            throw denied;
                        })))
                .isSameAs(denied);
    }
}
