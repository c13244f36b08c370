package app.tandem.planning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan settings to save, whole: the model, the ICE mode, the formula (needed for the custom
 * model), goal weights and team capacities (a goal or team left out goes back to its default), and
 * the version they were read at.
 */
public record PlanSettingsInput(
        @Nullable String model,
        @Nullable String iceMode,
        @Nullable String formula,
        @Nullable List<GoalWeight> goalWeights,
        @Nullable List<TeamCapacity> capacities,
        @Nullable Long version) {

    public static final int WEIGHT_MIN = 1;
    public static final int WEIGHT_MAX = 5;
    public static final double CAPACITY_MAX = 1000;
    public static final int FORMULA_MAX = 500;
    public static final int ROWS_MAX = 1000;

    public record GoalWeight(
            @Nullable Long goalId, @Nullable Integer weight) {}

    /** Person-weeks per week; none (null) when the team should not limit the plan. */
    public record TeamCapacity(
            @Nullable Long teamId, @Nullable Double personWeeksPerWeek) {}
}
