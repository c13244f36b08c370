package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.Score.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static Score score(Item item, String formula, List<Item> others, List<Dependency> dependencies) {
        List<Item> items = new ArrayList<>(others);
        items.add(item);
        PlanInput input = new PlanInput(
                items,
                dependencies,
                List.of(GoalContributionScoreTest.TRIAL_TO_PAID, GoalContributionScoreTest.BRAND),
                List.of(GoalContributionScoreTest.RETENTION, GoalContributionScoreTest.CHURN),
                List.of(GoalContributionScoreTest.SEE_WHERE_MONEY_GOES, GoalContributionScoreTest.FEW_NOTIFICATIONS),
                List.of(),
                TODAY);
        return new Scoring(input).score(item, ScoringModel.custom(formula));
    }

    private static Score score(Item item, String formula) {
        return score(item, formula, List.of(), List.of());
    }

    @Test
    void aFormulaOverNamedFieldsWithItsTermsAndSentence() {
        // 4.5 × 0.8 × 17,800 ÷ 6 = 10,680
        Score score = score(GoalContributionScoreTest.onboarding(), "goalValue * confidence * reach / effort");

        assertThat(score.value()).isCloseTo(10_680, within(1e-9));
        assertThat(score.breakdown())
                .containsExactly(
                        new Term("goalValue", 4.5),
                        new Term("confidence", 0.8),
                        new Term("effort", 6),
                        new Term("reach", 17_800));
        assertThat(score.sentence())
                .isEqualTo("The formula gives 10,680 (goalValue 4.5, confidence 0.8, effort 6, reach 17,800).");
    }

    @Test
    void everyListedFieldHasAValue() {
        Item card = item(1, "Card surcharge")
                .kind(Item.Kind.MONETISATION)
                .goal(1, 10, 1) // retention off track: 5 × 0.1 × 2 = 1
                .goal(1, 11, -1) // churn at risk: 5 × 0.2 × 1.5 = 1.5
                .hurts(20, 2) // 0.1 × −(4 × 2) = −0.8
                .effort(100, 2)
                .effort(101, 1)
                .evidence(3, 250)
                .confidence(Item.Confidence.LOW)
                .build();
        Item needsIt = item(2, "Invoices").build();
        List<Dependency> needs = List.of(new Dependency(2, 1, "card data", null, false));
        String all = String.join(
                " + ", Formula.FIELDS.stream().map(Formula.Field::name).toList());

        // goalValue 2.5 + userValue −0.8 + confidence 0.5 + effort 3 + reach 250 + insights 3 + weight 5
        // + dependants 1 + offTrack 1 + atRisk 1 + monetisation 1 + infrastructure 0 = 267.2
        Score score = score(card, all, List.of(needsIt), needs);

        assertThat(score.value()).isCloseTo(267.2, within(1e-9));
        assertThat(score.breakdown()).extracting(Term::name).containsExactly(all.split(" \\+ "));
        assertThat(score.breakdown())
                .extracting(Term::value)
                .containsExactly(2.5, -0.8, 0.5, 3.0, 250.0, 3.0, 5.0, 1.0, 1.0, 1.0, 1.0, 0.0);
    }

    @Test
    void fieldNamesAndFunctionsAreCaseInsensitive() {
        // MAX(1, 0.5) = 1; 2 × 0.25 ÷ 1
        Item copy = item(3, "Copy fix").goal(2).effort(100, 0.5).build();

        assertThat(score(copy, "GOALVALUE / max(1, Effort)").value()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aFormulaThatDoesNotParseIsRefusedWithThePosition() {
        assertThatThrownBy(() -> Formula.parse("goalValue + * 2")).isInstanceOfSatisfying(FormulaInvalid.class, e -> {
            assertThat(e.position()).isEqualTo(13);
            assertThat(e.problem()).isEqualTo("Something is missing before this: a field, a number or a “(”");
            assertThat(e.getMessage()).endsWith("(at character 13)");
        });
        assertThatThrownBy(() -> Formula.parse("goalValue effort")) // no implicit multiplication
                .isInstanceOfSatisfying(
                        FormulaInvalid.class,
                        e -> assertThat(e.problem()).startsWith("Two values follow each other without an operator"));
        // a "(" never closed: the one that is not, not the formula's first character
        assertThatThrownBy(() -> Formula.parse("MAX(1, (goalValue + 1)"))
                .isInstanceOfSatisfying(FormulaInvalid.class, e -> {
                    assertThat(e.problem()).isEqualTo("This “(” is never closed: add a “)”");
                    assertThat(e.position()).isEqualTo(4);
                });
        assertThatThrownBy(() -> Formula.parse("goalValue + (effort * 2"))
                .isInstanceOfSatisfying(
                        FormulaInvalid.class, e -> assertThat(e.position()).isEqualTo(13));
        assertThatThrownBy(() -> Formula.parse("goalValue + effort)"))
                .isInstanceOfSatisfying(FormulaInvalid.class, e -> {
                    assertThat(e.problem()).startsWith("This “)” closes nothing");
                    assertThat(e.position()).isEqualTo(19);
                });
        assertThatThrownBy(() -> Formula.parse("goalValue +"))
                .isInstanceOfSatisfying(
                        FormulaInvalid.class,
                        e -> assertThat(e.problem()).isEqualTo("This operator needs a field or a number on each side"));
        assertThatThrownBy(() -> Formula.parse("goalValue;effort")).isInstanceOfSatisfying(FormulaInvalid.class, e -> {
            assertThat(e.problem()).startsWith("This is not an operator a formula can use: + - * /");
            assertThat(e.position()).isEqualTo(10);
        });
        assertThatThrownBy(() -> Formula.parse("goal.value")) // no structures
                .isInstanceOfSatisfying(
                        FormulaInvalid.class, e -> assertThat(e.position()).isEqualTo(5));
        assertThatThrownBy(() -> Formula.parse("   ")).isInstanceOfSatisfying(FormulaInvalid.class, e -> {
            assertThat(e.problem()).isEqualTo("The formula is empty");
            assertThat(e.position()).isEqualTo(1);
        });
    }

    @Test
    void anUnknownFieldIsRefusedByNameAndPosition() {
        assertThatThrownBy(() -> Formula.parse("goalValue * revenue + other"))
                .isInstanceOfSatisfying(FormulaInvalid.class, e -> {
                    assertThat(e.problem()).isEqualTo("Unknown field “revenue”");
                    assertThat(e.position()).isEqualTo(13);
                });
    }

    @Test
    void costlyChangingAndTextFunctionsAreNotAvailable() {
        for (String formula :
                List.of("FACT(effort)", "ROUND(1, 999999999)", "RANDOM()", "DT_NOW()", "STR_MATCHES(\"a\", \"a\")")) {
            assertThatThrownBy(() -> Formula.parse(formula)).isInstanceOfSatisfying(FormulaInvalid.class, e -> {
                assertThat(e.problem()).startsWith("Undefined function");
                assertThat(e.position()).isEqualTo(1);
            });
        }
    }

    @Test
    void theAvailableFunctionsAndOperatorsWork() {
        Item copy = item(3, "Copy fix").goal(2).effort(100, 2).build();

        // FLOOR(3.5) + CEILING(0.5) + 7 % 4 + SQRT(16) + 2 ^ 3 + ABS(-1) + MIN(1, 2) + AVERAGE(2, 4)
        // + SUM(1, 1) + LOG10(100) + IF(effort > 1, 1, 0) + IF(NOT(FALSE), 1, 0) = 3 + 1 + 3 + 4 + 8 + 1 + 1 + 3 + 2 +
        // 2 + 1 + 1
        assertThat(score(
                                copy,
                                "FLOOR(7 / 2) + CEILING(0.5) + 7 % 4 + SQRT(16) + 2 ^ 3 + ABS(-1) + MIN(1, 2)"
                                        + " + AVERAGE(2, 4) + SUM(1, 1) + LOG10(100) + IF(effort > 1, 1, 0) + IF(NOT(FALSE), 1, 0)")
                        .value())
                .isCloseTo(30, within(1e-9));
        assertThat(score(copy, "LOG(E) * PI").value()).isCloseTo(Math.PI, within(1e-9));
    }

    @Test
    void aNumberBeyondAQuadrillionCannotBeWritten() {
        assertThat(Formula.parse("reach / 1000000000000000 + 0.000000000000001").text())
                .isNotEmpty();
        assertThatThrownBy(() -> Formula.parse("reach * 1e999999999"))
                .isInstanceOfSatisfying(FormulaInvalid.class, e -> {
                    assertThat(e.problem()).isEqualTo("The number 1e999999999 is too large or too small");
                    assertThat(e.position()).isEqualTo(9);
                });
        assertThatThrownBy(() -> Formula.parse("1e-16")).isInstanceOf(FormulaInvalid.class);
    }

    @Test
    void aFormulaLongerThanFiveHundredCharactersIsRefused() {
        String longest = "1" + " + 1".repeat(124) + "   "; // 500 characters
        assertThat(longest).hasSize(500);
        assertThat(Formula.parse(longest).text()).isEqualTo(longest);

        assertThatThrownBy(() -> Formula.parse(longest + "1"))
                .isInstanceOfSatisfying(
                        FormulaInvalid.class, e -> assertThat(e.position()).isEqualTo(501));
    }

    @Test
    void aCustomModelNeedsAFormula() {
        assertThatThrownBy(() -> ScoringModel.custom(" ")).isInstanceOf(FormulaInvalid.class);
        assertThatThrownBy(() -> new ScoringModel(Scoring.Method.CUSTOM, ScoringModel.IceMode.AVERAGE, null))
                .isInstanceOf(FormulaInvalid.class);
        assertThatThrownBy(() -> ScoringModel.custom("reach * revenue"))
                .isInstanceOfSatisfying(
                        FormulaInvalid.class, e -> assertThat(e.position()).isEqualTo(9));
        assertThat(new ScoringModel(Scoring.Method.RICE, ScoringModel.IceMode.AVERAGE, "reach").formula())
                .isNull();
        assertThat(ScoringModel.of(Scoring.Method.RICE).formula()).isNull();
    }

    @Test
    void divisionByZeroOrAResultThatIsNotAFiniteNumberScoresZeroAndSaysWhy() {
        Item nothing = item(4, "No effort set").goal(2).build(); // effort 0

        Score divided = score(nothing, "goalValue / effort");
        assertThat(divided.value()).isZero();
        assertThat(divided.breakdown())
                .containsExactly(
                        new Term("goalValue", 0.5),
                        new Term("effort", 0),
                        new Term("not computed: division by zero at character 11", 0));
        assertThat(divided.sentence())
                .isEqualTo("Scored 0 and ranked last: division by zero at character 11 (goalValue 0.5, effort 0).");

        assertThat(score(nothing, "2 ^ 999999999").sentence())
                .isEqualTo("Scored 0 and ranked last: the result is too large or undefined at character 3.");
        assertThat(score(nothing, "10 ^ 10 ^ 10").sentence()) // 10 ^ (10 ^ 10)
                .isEqualTo("Scored 0 and ranked last: the result is too large or undefined at character 4.");
        assertThat(score(nothing, String.join(" * ", Collections.nCopies(21, "1e15")))
                        .sentence())
                .isEqualTo("Scored 0 and ranked last: the result is too large."); // 1e315
        assertThat(score(nothing, "effort % 0").sentence())
                .isEqualTo("Scored 0 and ranked last: division by zero at character 8 (effort 0).");
        assertThat(score(nothing, "SQRT(goalValue - 1)").value()).isZero();
        assertThat(score(nothing, "1 / (goalValue - 0.5)").sentence()) // 0.0, not 0: still a division by zero
                .startsWith("Scored 0 and ranked last: division by zero");
        assertThat(score(nothing, "\"text\"").sentence())
                .isEqualTo("Scored 0 and ranked last: the formula gives string, not a number.");
        assertThat(score(nothing, "goalValue > 0").sentence())
                .startsWith("Scored 0 and ranked last: the formula gives boolean, not a number");
    }

    @Test
    void aFormulaThatFailsWhateverTheValuesIsToldApartFromOneThatFailsForSome() {
        assertThat(Formula.parse("1/0").alwaysFails()).isEqualTo("division by zero at character 2");
        assertThat(Formula.parse("2 ^ 999999999").alwaysFails()).startsWith("the result is too large");
        assertThat(Formula.parse("goalValue > 0").alwaysFails()).isEqualTo("the formula gives boolean, not a number");
        // fails only where effort is 1: those initiatives say why, the formula stands
        assertThat(Formula.parse("1 / (effort - 1)").alwaysFails()).isNull();
        assertThat(Formula.parse("(goalValue + userValue) / effort").alwaysFails())
                .isNull();
    }

    @Test
    void theRankingNeverFailsOnOneItemsBadValue() {
        Item nothing = item(4, "No effort set").goal(2).build(); // 0.5 ÷ 0: scored 0
        Item some = item(5, "Some").goal(2).effort(100, 2).build(); // 0.5 ÷ 2 = 0.25
        PlanInput input = GoalContributionScoreTest.input(List.of(nothing, some));

        Ranking ranking = Ranking.of(input, ScoringModel.custom("goalValue / effort"));

        assertThat(ranking.ids()).containsExactly(5L, 4L);
        assertThat(ranking.method()).isEqualTo(Scoring.Method.CUSTOM);
        assertThat(ranking.items().getFirst().score().value()).isCloseTo(0.25, within(1e-9));

        // a score the formula could not compute ranks after every computed one, however negative
        Ranking negative = Ranking.of(input, ScoringModel.custom("goalValue / effort - 5"));
        assertThat(negative.ids()).containsExactly(5L, 4L);
        assertThat(negative.items().getFirst().score().value()).isCloseTo(-4.75, within(1e-9));
        assertThat(negative.items().getLast().score().computed()).isFalse();
        assertThat(negative.items().getLast().score().value()).isZero();
    }

    @Test
    void aRankingWithABadFormulaIsRefusedBeforeScoringAnything() {
        PlanInput input = GoalContributionScoreTest.input(List.of(GoalContributionScoreTest.onboarding()));

        assertThatThrownBy(() -> Ranking.of(input, ScoringModel.custom("reach *")))
                .isInstanceOf(FormulaInvalid.class);
        assertThatThrownBy(() -> Ranking.of(input, Scoring.Method.CUSTOM)).isInstanceOf(IllegalArgumentException.class);
    }
}
