package app.tandem.initiative;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one information-design step (at most {@link #ANSWER_MAX} characters; blank clears
 * the step) and, optionally, the user goal of the same workspace it serves.
 */
public record DesignStepInput(
        @Nullable String answer, @Nullable Long userGoalId) {

    public static final int ANSWER_MAX = 1000;
}
