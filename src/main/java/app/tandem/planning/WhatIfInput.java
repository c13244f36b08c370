package app.tandem.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to try on today's plan without saving them: goal weights, team capacities, an
 * initiative's effort for a team, an initiative's own dates; the model (the workspace's when none).
 */
public record WhatIfInput(
        @Schema(
                description =
                        "the scoring model to try: GOAL_CONTRIBUTION, RICE, WSJF, ICE, VALUE_OVER_EFFORT or CUSTOM; none: the workspace's")
        @Nullable String model,

        @Nullable List<PlanSettingsInput.GoalWeight> goalWeights,
        @Nullable List<PlanSettingsInput.TeamCapacity> capacities,
        @Nullable List<EffortChange> efforts,
        @Nullable List<DateChange> dates) {

    /** Person-weeks a team puts into an initiative (0 takes the team off it). */
    public record EffortChange(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long initiativeId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10000") @Nullable Double personWeeks) {}

    public record DateChange(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long initiativeId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate start,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "on or after start") @Nullable LocalDate due) {}
}
