package app.tandem.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan settings to save: the model, the ICE mode, the formula (needed for the custom model), goal
 * weights and team capacities (a goal or team left out of a list goes back to its default; no list:
 * the saved ones stay), the periods in which a team's capacity differs (none given: the saved ones
 * stay; an empty list: none), and the version they were read at.
 */
public record PlanSettingsInput(
        @Schema(
                description =
                        "the scoring model: GOAL_CONTRIBUTION (when none), RICE, WSJF, ICE, VALUE_OVER_EFFORT or CUSTOM")
        @Nullable String model,

        @Schema(description = "how ICE combines its three: AVERAGE (when none) or PRODUCT") @Nullable String iceMode,

        @Schema(description = "the custom model's formula (needed for CUSTOM)", maxLength = FORMULA_MAX) @Nullable String formula,

        @Schema(
                description =
                        "each goal's weight; a goal left out has the default, 3; none given: the saved weights stay")
        @Nullable List<GoalWeight> goalWeights,

        @Schema(
                description = "each team's weekly capacity; a team left out does not limit the plan; none given: the"
                        + " saved capacities stay")
        @Nullable List<TeamCapacity> capacities,

        @Nullable List<CapacityPeriod> capacityPeriods,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the version the settings were read at (GET answers it; 0 before they were"
                        + " first saved); 409 concurrent-change when they were changed since")
        @Nullable Long version) {

    public static final int WEIGHT_MIN = 1;
    public static final int WEIGHT_MAX = 5;
    /**
     * A team's least weekly capacity (a tenth of a person): the largest effort (10,000 person-weeks)
     * then still takes at most 100,000 weeks, and a plan never reaches for millions.
     */
    public static final double CAPACITY_MIN = 0.1;

    public static final double CAPACITY_MAX = 1000;
    public static final int FORMULA_MAX = 500;
    public static final int ROWS_MAX = 1000;
    public static final int PERIODS_MAX = 200;
    /** A capacity period spans at most this many days. */
    public static final int PERIOD_DAYS_MAX = 3 * 366;

    @Schema(name = "GoalWeightInput")
    public record GoalWeight(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long goalId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") @Nullable Integer weight) {}

    /** Person-weeks per week; none (null) when the team should not limit the plan. */
    @Schema(name = "TeamCapacityInput")
    public record TeamCapacity(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId,

            @Schema(description = "none: the team does not limit the plan", minimum = "0.1", maximum = "1000") @Nullable Double personWeeksPerWeek) {}

    /**
     * From {@code from} to {@code to} (both included) the team can do {@code personWeeksPerWeek} a
     * week (0: a holiday), instead of its usual capacity, in every week the period touches; when
     * two periods touch one week the first listed wins there. A team's periods may not share a day
     * (400 naming the later one's {@code from}). A row with nothing in it is left out.
     */
    @Schema(name = "CapacityPeriodInput")
    public record CapacityPeriod(
            @Nullable Long teamId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Double personWeeksPerWeek) {

        boolean blank() {
            return teamId == null && from == null && to == null && personWeeksPerWeek == null;
        }
    }
}
