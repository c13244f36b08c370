package app.tandem.initiative;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How an initiative serves a business goal: optionally a KPI of that goal, the change it is expected
 * to bring in the KPI's unit ({@code 2} for "+2 points" of a percentage), and by when (none: by the
 * initiative's due date). A change or a day needs the KPI.
 */
public record GoalLinkInput(
        @Nullable Long kpiId,
        @Nullable Double expectedChange,
        @Nullable LocalDate byDate) {

    /** The largest expected change, either way. */
    public static final double CHANGE_MAX = 1_000_000_000_000d;

    public static final GoalLinkInput NONE = new GoalLinkInput(null, null, null);
}
