package app.tandem.planning.core;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's choice of scoring model: the method, how ICE combines its three numbers, and the
 * custom formula (only with {@link Scoring.Method#CUSTOM}, see {@link Formula} for its fields; it is
 * checked here, so a model with a formula that would be refused cannot be made).
 *
 * @throws FormulaInvalid when the method is custom and the formula is missing or refused
 */
public record ScoringModel(
        Scoring.Method method, IceMode iceMode, @Nullable String formula) {

    /** The default: weighted goal contribution. */
    public static final ScoringModel DEFAULT = of(Scoring.Method.GOAL_CONTRIBUTION);

    public ScoringModel {
        if (method == Scoring.Method.CUSTOM) {
            if (formula == null) {
                throw new FormulaInvalid("A custom scoring model needs a formula", 1);
            }
            Formula.parse(formula);
        }
        if (method != Scoring.Method.CUSTOM) {
            formula = null;
        }
    }

    /** {@code method} with ICE as an average and no formula. */
    public static ScoringModel of(Scoring.Method method) {
        return new ScoringModel(method, IceMode.AVERAGE, null);
    }

    /** ICE combined as {@code mode}. */
    public static ScoringModel ice(IceMode mode) {
        return new ScoringModel(Scoring.Method.ICE, mode, null);
    }

    /** A custom formula over {@link Formula#FIELDS}. */
    public static ScoringModel custom(String formula) {
        return new ScoringModel(Scoring.Method.CUSTOM, IceMode.AVERAGE, formula);
    }

    /** How ICE combines impact, confidence and ease (each 1–10). */
    public enum IceMode {
        /** (impact + confidence + ease) ÷ 3, from 1 to 10. */
        AVERAGE,
        /** impact × confidence × ease, from 1 to 1,000. */
        PRODUCT
    }

    /** The model in words, e.g. "ICE (product)", "custom formula". */
    public String label() {
        return switch (method) {
            case GOAL_CONTRIBUTION -> "goal contribution";
            case RICE -> "RICE";
            case WSJF -> "WSJF";
            case ICE -> iceMode == IceMode.AVERAGE ? "ICE (average)" : "ICE (product)";
            case VALUE_OVER_EFFORT -> "value ÷ effort";
            case CUSTOM -> "custom formula";
        };
    }
}
