package app.tandem.planning;

import app.tandem.planning.core.Scoring;
import app.tandem.support.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The scoring models a workspace may choose, their names as requests send them and as pages show them. */
final class Models {

    private Models() {}

    static String label(String model) {
        return switch (model) {
            case "GOAL_CONTRIBUTION" -> "Goal contribution";
            case "RICE" -> "RICE";
            case "WSJF" -> "WSJF";
            case "ICE" -> "ICE";
            case "VALUE_OVER_EFFORT" -> "Value ÷ effort";
            case "CUSTOM" -> "Custom formula";
            default -> model;
        };
    }

    static List<PlanSettingsView.Choice> choices() {
        return Arrays.stream(Scoring.Method.values())
                .map(m -> new PlanSettingsView.Choice(m.name(), label(m.name())))
                .toList();
    }

    static List<PlanSettingsView.Choice> iceModes() {
        return List.of(
                new PlanSettingsView.Choice("AVERAGE", "Average of impact, confidence and ease"),
                new PlanSettingsView.Choice("PRODUCT", "Impact × confidence × ease"));
    }

    static List<PlanSettingsView.Choice> formulaFields() {
        return List.of();
    }

    static Scoring.Method method(String model) {
        return Scoring.Method.valueOf(model);
    }

    /** The model's name, upper case, when it is offered; refused naming {@code field} otherwise. */
    static String check(String field, String model) {
        String name = model.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Scoring.Method m : Scoring.Method.values()) {
            if (m.name().equals(name)) {
                return name;
            }
        }
        throw new InvalidInput(
                field,
                "Choose a scoring model: "
                        + String.join(
                                ", ",
                                Arrays.stream(Scoring.Method.values())
                                        .map(Enum::name)
                                        .toList())
                        + ".");
    }

    static String checkIceMode(String field, @Nullable String mode) {
        if (mode == null || mode.isBlank()) {
            return "AVERAGE";
        }
        String name = mode.strip().toUpperCase(Locale.ROOT);
        if (!name.equals("AVERAGE") && !name.equals("PRODUCT")) {
            throw new InvalidInput(field, "ICE combines its numbers by AVERAGE or PRODUCT.");
        }
        return name;
    }

    /** The formula, stripped (none when blank); checked when the custom model is chosen. */
    static @Nullable String checkFormula(String field, @Nullable String formula, String model) {
        String f = formula == null || formula.isBlank() ? null : formula.strip();
        if (f != null && f.length() > PlanSettingsInput.FORMULA_MAX) {
            throw new InvalidInput(field, "At most " + PlanSettingsInput.FORMULA_MAX + " characters.");
        }
        return f;
    }
}
