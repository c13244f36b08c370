package app.tandem.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's plan settings as stored: the scoring model's name, the ICE mode, the custom formula,
 * the weight of each goal that has one set, the weekly capacity of each team that has one set and
 * the periods in which a team's capacity differs (first listed wins); {@code version} 0 and nothing
 * set when the workspace never saved any.
 */
public record PlanSettings(
        String model,
        String iceMode,
        @Nullable String formula,
        Map<Long, Integer> goalWeights,
        Map<Long, Double> capacities,
        List<CapacityPeriod> periods,
        long version) {

    public static final String DEFAULT_MODEL = "GOAL_CONTRIBUTION";
    public static final String DEFAULT_ICE_MODE = "AVERAGE";

    public PlanSettings {
        goalWeights = Map.copyOf(goalWeights);
        capacities = Map.copyOf(capacities);
        periods = List.copyOf(periods);
    }

    /** From {@code from} to {@code to} (both included) the team can do {@code personWeeks} a week. */
    public record CapacityPeriod(long teamId, LocalDate from, LocalDate to, double personWeeks) {}

    public static PlanSettings defaults() {
        return new PlanSettings(DEFAULT_MODEL, DEFAULT_ICE_MODE, null, Map.of(), Map.of(), List.of(), 0);
    }
}
