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
