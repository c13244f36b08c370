package app.tandem.planning.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's plan settings as stored: the scoring model's name, the ICE mode, the custom formula,
 * the weight of each goal that has one set and the weekly capacity of each team that has one set;
 * {@code version} 0 and nothing set when the workspace never saved any.
 */
public record PlanSettings(
        String model,
        String iceMode,
        @Nullable String formula,
        Map<Long, Integer> goalWeights,
        Map<Long, Double> capacities,
        long version) {

    public static final String DEFAULT_MODEL = "GOAL_CONTRIBUTION";
    public static final String DEFAULT_ICE_MODE = "AVERAGE";

    public PlanSettings {
        goalWeights = Map.copyOf(goalWeights);
        capacities = Map.copyOf(capacities);
    }

    public static PlanSettings defaults() {
        return new PlanSettings(DEFAULT_MODEL, DEFAULT_ICE_MODE, null, Map.of(), Map.of(), 0);
    }
}
