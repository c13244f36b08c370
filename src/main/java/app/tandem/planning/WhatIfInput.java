package app.tandem.planning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to try on today's plan without saving them: goal weights, team capacities, an
 * initiative's effort for a team, an initiative's own dates; the model (the workspace's when none).
 */
public record WhatIfInput(
        @Nullable String model,
        @Nullable List<PlanSettingsInput.GoalWeight> goalWeights,
        @Nullable List<PlanSettingsInput.TeamCapacity> capacities,
        @Nullable List<EffortChange> efforts,
        @Nullable List<DateChange> dates) {

    /** Person-weeks a team puts into an initiative (0 takes the team off it). */
    public record EffortChange(
            @Nullable Long initiativeId,
            @Nullable Long teamId,
            @Nullable Double personWeeks) {}

    public record DateChange(
            @Nullable Long initiativeId,
            @Nullable LocalDate start,
            @Nullable LocalDate due) {}
}
