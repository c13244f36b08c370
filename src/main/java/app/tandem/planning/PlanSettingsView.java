package app.tandem.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's plan settings: the scoring model, how ICE combines its three numbers, the custom
 * formula, every active or proposed business goal with its weight (1–5; 3 when never set), every
 * team with its capacity in person-weeks per week (none: the team does not limit the plan), the
 * periods in which a team's capacity differs, and the version a save must send back. {@code models} and {@code formulaFields} list what may be chosen.
 */
public record PlanSettingsView(
        String model,
        String iceMode,
        @Nullable String formula,
        List<GoalWeight> goalWeights,
        List<TeamCapacity> capacities,
        List<CapacityPeriod> capacityPeriods,
        long version,
        List<Choice> models,
        List<Choice> iceModes,
        List<Choice> formulaFields) {

    public PlanSettingsView {
        goalWeights = List.copyOf(goalWeights);
        capacities = List.copyOf(capacities);
        capacityPeriods = List.copyOf(capacityPeriods);
        models = List.copyOf(models);
        iceModes = List.copyOf(iceModes);
        formulaFields = List.copyOf(formulaFields);
    }

    /**
     * How the model named {@code name} makes a score from the terms a plan breaks it into, in their
     * words: the plan page shows it above the scores (the ICE mode and the custom formula are these
     * settings'); empty for a name that is no model.
     */
    public String formulaOf(String name) {
        return switch (name) {
            case "GOAL_CONTRIBUTION" -> "(goal value + user value) × confidence ÷ effort (person-weeks, at least 1)";
            case "RICE" -> "reach × impact × confidence ÷ effort (person-months, at least 0.5)";
            case "WSJF" -> "(user-business value + time criticality + risk reduction) ÷ job size";
            case "ICE" -> "PRODUCT".equals(iceMode) ? "impact × confidence × ease" : "(impact + confidence + ease) ÷ 3";
            case "VALUE_OVER_EFFORT" -> "(goal value + user value) ÷ effort (person-weeks, at least 1)";
            case "CUSTOM" -> formula == null ? "" : formula;
            default -> "";
        };
    }

    /** What a page shows for the model named {@code name}: its label ("Goal contribution"), or the name. */
    public String labelOf(String name) {
        return models.stream()
                .filter(c -> c.name().equals(name))
                .map(Choice::label)
                .findFirst()
                .orElse(name);
    }

    public record GoalWeight(long goalId, String title, int weight) {}

    public record TeamCapacity(
            long teamId, String name, @Nullable Double personWeeksPerWeek) {}

    /** A period in which the team can do {@code personWeeksPerWeek} a week instead of its usual capacity. */
    public record CapacityPeriod(
            long teamId, String teamName, LocalDate from, LocalDate to, double personWeeksPerWeek) {}

    /** A name a request sends, and what a page shows for it. */
    @Schema(name = "PlanSettingsChoice")
    public record Choice(String name, String label) {}
}
