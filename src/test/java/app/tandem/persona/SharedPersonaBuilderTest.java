package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.persona.SharedPersonaBuilder.Action;
import app.tandem.persona.SharedPersonaBuilder.Decision;
import app.tandem.persona.SharedPersonaBuilder.Draft;
import app.tandem.persona.SharedPersonaBuilder.Outcome;
import app.tandem.persona.SharedPersonaBuilder.Result;
import app.tandem.persona.SharedPersonaBuilder.Row;
import app.tandem.persona.SharedPersonaBuilder.Section;
import app.tandem.persona.SharedPersonaBuilder.Source;
import app.tandem.support.InvalidInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SharedPersonaBuilderTest {

    static Source freelancer() {
        return new Source(
                1,
                "Frugal Freelancer",
                List.of("Cut my monthly costs", "See where my money goes"),
                List.of("Irregular income makes planning hard", "Budgeting apps cost too much"),
                List.of("Stop living paycheck to paycheck"));
    }

    static Source newcomer() {
        return new Source(
                2,
                "Nervous Newcomer",
                List.of("Feel in control of my money", "  see where MY money goes. "),
                List.of("Spreadsheets make me anxious"),
                List.of("Stop living paycheck-to-paycheck!", "Understand my money in plain words"));
    }

    static Map<String, Decision> keepAll(Draft draft) {
        Map<String, Decision> decisions = new HashMap<>();
        draft.rows().forEach(r -> decisions.put(r.key(), Decision.keep()));
        return decisions;
    }

    static Row row(Draft draft, String text) {
        return draft.rows().stream()
                .filter(r -> r.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void marksLinesThatSayTheSameIgnoringCasePunctuationAndSpacing() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));

        assertThat(draft.rows(Section.MOTIVATIONS))
                .extracting(Row::text)
                .containsExactly("Cut my monthly costs", "See where my money goes", "Feel in control of my money");
        Row common = row(draft, "See where my money goes");
        assertThat(common.common()).isTrue();
        assertThat(common.textOf(1)).isEqualTo("See where my money goes");
        assertThat(common.textOf(2)).isEqualTo("see where MY money goes.");
        assertThat(row(draft, "Stop living paycheck to paycheck").common()).isTrue();
        assertThat(row(draft, "Cut my monthly costs").common()).isFalse();
        assertThat(row(draft, "Cut my monthly costs").textOf(2)).isNull();
        assertThat(draft.commonCount()).isEqualTo(2);
    }

    @Test
    void normalisesCasePunctuationAndWhitespaceOnly() {
        assertThat(SharedPersonaBuilder.normalise("  Stop living paycheck-to-paycheck!! "))
                .isEqualTo("stop living paycheck to paycheck");
        assertThat(SharedPersonaBuilder.normalise("Save money"))
                .isNotEqualTo(SharedPersonaBuilder.normalise("Save cash"));
    }

    @Test
    void keepingEverythingAccountsForEveryInputLineAndKeepsCommonLinesOnce() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));
        Result result = SharedPersonaBuilder.resolve(draft, keepAll(draft));

        int inputLines = 2 + 2 + 1 + 2 + 1 + 2;
        assertThat(result.outcomes()).hasSize(inputLines);
        assertThat(result.motivations())
                .containsExactly("Cut my monthly costs", "See where my money goes", "Feel in control of my money");
        assertThat(result.goals())
                .containsExactly("Stop living paycheck to paycheck", "Understand my money in plain words");
        assertThat(result.dropped()).isEmpty();
        assertThat(result.outcomes())
                .filteredOn(o -> o.origin().text().equals("Stop living paycheck-to-paycheck!"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.action()).isEqualTo(Action.MERGE);
                    assertThat(o.finalLine()).isEqualTo("Stop living paycheck to paycheck");
                });
    }

    @Test
    void mergesAndDropsOnlyWhatTheTeamDecidedAndReportsEachLine() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));
        Map<String, Decision> decisions = keepAll(draft);
        decisions.put(row(draft, "Budgeting apps cost too much").key(), Decision.drop());
        decisions.put(
                row(draft, "Feel in control of my money").key(),
                Decision.mergeInto(row(draft, "See where my money goes").key()));
        decisions.put(
                row(draft, "Spreadsheets make me anxious").key(),
                Decision.keep("Gets anxious looking at spreadsheets"));

        Result result = SharedPersonaBuilder.resolve(draft, decisions);

        assertThat(result.motivations()).containsExactly("Cut my monthly costs", "See where my money goes");
        assertThat(result.frustrations())
                .containsExactly("Irregular income makes planning hard", "Gets anxious looking at spreadsheets");
        assertThat(result.dropped()).extracting(o -> o.origin().text()).containsExactly("Budgeting apps cost too much");
        assertThat(result.outcomes())
                .filteredOn(o -> o.origin().text().equals("Feel in control of my money"))
                .extracting(Outcome::action, Outcome::finalLine)
                .containsExactly(Tuple.tuple(Action.MERGE, "See where my money goes"));
        // Every input line appears exactly once among the outcomes: nothing silently dropped.
        assertThat(result.outcomes()).hasSize(draft.inputLines());
        assertThat(result.outcomes()).filteredOn(o -> o.finalLine() == null).allMatch(o -> o.action() == Action.DROP);
    }

    @Test
    void refusesToGuessWhenARowHasNoDecision() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));
        Map<String, Decision> decisions = keepAll(draft);
        decisions.remove(row(draft, "Cut my monthly costs").key());

        assertThatThrownBy(() -> SharedPersonaBuilder.resolve(draft, decisions))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Cut my monthly costs");
    }

    @Test
    void refusesADecisionForARowTheDraftDoesNotHave() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));
        Map<String, Decision> decisions = keepAll(draft);
        decisions.put("zz", new Decision(Action.DROP, null, null));

        assertThatThrownBy(() -> SharedPersonaBuilder.resolve(draft, decisions))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldErrors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEqualTo("decisions[zz]")))
                .hasMessageContaining("The draft has no row 'zz'");
    }

    @Test
    void refusesAMergeIntoADroppedLineOrAnotherSection() {
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer()));
        Map<String, Decision> intoDropped = keepAll(draft);
        intoDropped.put(row(draft, "Cut my monthly costs").key(), Decision.drop());
        intoDropped.put(
                row(draft, "Feel in control of my money").key(),
                Decision.mergeInto(row(draft, "Cut my monthly costs").key()));
        assertThatThrownBy(() -> SharedPersonaBuilder.resolve(draft, intoDropped))
                .isInstanceOf(InvalidInput.class);

        Map<String, Decision> acrossSections = keepAll(draft);
        acrossSections.put(
                row(draft, "Feel in control of my money").key(),
                Decision.mergeInto(row(draft, "Spreadsheets make me anxious").key()));
        assertThatThrownBy(() -> SharedPersonaBuilder.resolve(draft, acrossSections))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void needsAtLeastTwoDifferentPersonas() {
        assertThatThrownBy(() -> SharedPersonaBuilder.draft(List.of(freelancer())))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("sourcePersonaIds");
        assertThatThrownBy(() -> SharedPersonaBuilder.draft(List.of(freelancer(), freelancer())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void laysOutThreeOrMorePersonas() {
        Source sales =
                new Source(3, "Deal Seeker", List.of("Cut my monthly costs."), List.of(), List.of("Try it free first"));
        Draft draft = SharedPersonaBuilder.draft(List.of(freelancer(), newcomer(), sales));
        assertThat(row(draft, "Cut my monthly costs").origins())
                .extracting(SharedPersonaBuilder.Origin::personaName)
                .containsExactly("Frugal Freelancer", "Deal Seeker");
        assertThat(SharedPersonaBuilder.resolve(draft, keepAll(draft)).outcomes())
                .hasSize(draft.inputLines());
    }
}
