package app.tandem.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.Map;

/**
 * Fuzzes the custom scoring formula: any text is a formula or a {@link FormulaInvalid} with a
 * message and a position within it, and a formula evaluated with any field values gives a finite
 * score, or 0 with the reason, never an exception. Seed corpus:
 * {@code src/test/resources/app/tandem/planning/core/FormulaFuzzingInputs}.
 */
class FormulaFuzzing {

    @FuzzTest(maxDuration = "5s")
    void anyTextIsAFormulaOrRefusedAndEveryScoreIsFinite(FuzzedDataProvider data) {
        Map<String, Double> values = new HashMap<>();
        for (Formula.Field field : Formula.FIELDS) {
            values.put(field.name(), data.consumeBoolean() ? data.consumeDouble() : (double) data.consumeInt(-5, 100));
        }
        String text = data.consumeRemainingAsString();
        Formula formula;
        try {
            formula = Formula.parse(text);
        } catch (FormulaInvalid refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.position()).isBetween(1, Math.max(1, text.length() + 1));
            return;
        }
        assertThat(Formula.FIELDS.stream().map(Formula.Field::name)).containsAll(formula.fields());
        Formula.Outcome outcome = formula.evaluate(values);
        assertThat(Double.isFinite(outcome.value())).as("score of %s", text).isTrue();
        if (outcome.problem() != null) {
            assertThat(outcome.value()).isZero();
        }
    }
}
