package app.tandem.initiative;

import org.jspecify.annotations.Nullable;

/** Whether an initiative helps or hurts a user goal, and how much: 1 (a little) to 3 (a lot). */
public record UserGoalLinkInput(
        @Nullable UserGoalEffect effect, @Nullable Integer strength) {

    public static final int STRENGTH_MIN = 1;
    public static final int STRENGTH_MAX = 3;
}
