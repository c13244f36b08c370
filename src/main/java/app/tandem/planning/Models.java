package app.tandem.planning;

import app.tandem.planning.core.Formula;
import app.tandem.planning.core.FormulaInvalid;
import app.tandem.planning.core.Scoring;
import app.tandem.planning.core.ScoringModel;
import app.tandem.planning.core.ValueEffortMatrix;
import app.tandem.planning.internal.PlanSettings;
import app.tandem.support.InvalidInput;
import java.util.ArrayList;
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
        return Formula.FIELDS.stream()
                .map(f -> new PlanSettingsView.Choice(f.name(), f.meaning()))
                .toList();
    }

    /**
     * The model named {@code model} with the workspace's ICE mode and formula; the custom model
     * without a formula is refused naming {@code field}.
     */
    static ScoringModel model(String field, String model, PlanSettings settings) {
        Scoring.Method method = Scoring.Method.valueOf(model);
        return switch (method) {
            case ICE -> ScoringModel.ice(ScoringModel.IceMode.valueOf(settings.iceMode()));
            case CUSTOM -> {
                if (settings.formula() == null) {
                    throw new InvalidInput(
                            field, "The custom formula model needs a formula: an admin sets one in the plan settings.");
                }
                try {
                    yield ScoringModel.custom(settings.formula());
                } catch (FormulaInvalid e) {
                    throw new InvalidInput(field, "The workspace's formula is refused: " + e.getMessage() + ".");
                }
            }
            default -> ScoringModel.of(method);
        };
    }

    /** Every model the workspace can compare: the built-in ones, and its custom formula when it has one. */
    static List<ScoringModel> all(PlanSettings settings) {
        List<ScoringModel> models = new ArrayList<>();
        for (Scoring.Method method : Scoring.Method.values()) {
            if (method != Scoring.Method.CUSTOM || settings.formula() != null) {
                models.add(model("model", method.name(), settings));
            }
        }
        return models;
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

    /**
     * The formula, stripped (none when blank): refused naming {@code field} when it is too long, does
     * not parse or names an unknown field (with the character where), or is missing for the custom
     * model.
     */
    static @Nullable String checkFormula(String field, @Nullable String formula, String model) {
        String f = formula == null || formula.isBlank() ? null : formula.strip();
        if (f == null) {
            if (model.equals(Scoring.Method.CUSTOM.name())) {
                throw new InvalidInput(
                        field,
                        "The custom formula model needs a formula, such as (goalValue + userValue) / MAX(effort, 1).");
            }
            return null;
        }
        if (f.length() > PlanSettingsInput.FORMULA_MAX) {
            throw new InvalidInput(field, "At most " + PlanSettingsInput.FORMULA_MAX + " characters.");
        }
        Formula parsed;
        try {
            parsed = Formula.parse(f);
        } catch (FormulaInvalid e) {
            throw new InvalidInput(field, e.problem() + " at character " + e.position() + ".");
        }
        String fails = parsed.alwaysFails();
        if (fails != null) {
            throw new InvalidInput(field, "It would give no initiative a score: " + fails + ".");
        }
        return f;
    }

    /** "Quick win", "Big bet", "Fill-in", "Money pit". */
    static String label(ValueEffortMatrix.Quadrant quadrant) {
        return switch (quadrant) {
            case QUICK_WIN -> "Quick win";
            case BIG_BET -> "Big bet";
            case FILL_IN -> "Fill-in";
            case MONEY_PIT -> "Money pit";
        };
    }
}
