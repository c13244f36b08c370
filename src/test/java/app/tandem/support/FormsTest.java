package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** How a form shows what the domain refused: beside each field, all at once, and where it goes after saving. */
class FormsTest {

    /** A form as the controllers bind them: a record. */
    record PersonaForm(String name, Long teamId, String motivations) {}

    private final BindingResult result =
            new BeanPropertyBindingResult(new PersonaForm(" ", null, "x".repeat(301)), "personaForm");

    @Test
    void everyFieldARefusalNamesGetsItsOwnMessage() {
        Forms.reject(
                result,
                refusedTogether(
                        new InvalidInput("name", "A persona's name has 1 to 100 characters."),
                        new InvalidInput("teamId", "Choose the team whose persona this is.")));

        assertThat(result.getFieldError("name").getDefaultMessage())
                .isEqualTo("A persona's name has 1 to 100 characters.");
        assertThat(result.getFieldError("teamId").getDefaultMessage())
                .isEqualTo("Choose the team whose persona this is.");
        assertThat(result.hasGlobalErrors()).isFalse();
    }

    @Test
    void aPartOfAFieldIsShownBesideThatField() {
        Forms.reject(result, new InvalidInput("motivations[0]", "Line 1 has 301 characters; a line has 1 to 300."));

        assertThat(result.getFieldError("motivations").getDefaultMessage()).startsWith("Line 1 has 301 characters");
    }

    @Test
    void aFieldThatHasAnErrorAlreadyKeepsOnlyThatOne() {
        result.rejectValue("name", "NotBlank", "Give the persona a name.");

        Forms.reject(result, new InvalidInput("name", "A persona's name has 1 to 100 characters."));

        assertThat(result.getFieldErrors("name"))
                .singleElement()
                .satisfies(e -> assertThat(e.getDefaultMessage()).isEqualTo("Give the persona a name."));
    }

    @Test
    void aRefusalOfNoFieldOfTheFormGoesAboveTheForm() {
        Forms.reject(result, new ConcurrentChange("this user goal", 4));
        Forms.reject(result, new InvalidInput("sourcePersonaIds", "Choose at least two team personas."));

        assertThat(result.getGlobalErrors())
                .extracting(e -> e.getDefaultMessage())
                .containsExactly(
                        "Someone else changed this user goal since you opened it. Reload it to see their change,"
                                + " then make yours again.",
                        "Choose at least two team personas.");
    }

    /** An edit form's record, as the edit forms bind them: with the version it was opened at. */
    record GoalForm(String title, Long version) {}

    @Test
    void anEditFormChangedSinceItOpenedKeepsWhatWasTypedAndSavesAgainKnowingly() {
        BindingResult edit = new BeanPropertyBindingResult(new GoalForm("Grow more", 3L), "goalForm");

        Forms.reject(edit, new ConcurrentChange("this goal", 3L, 5));

        assertThat(edit.getFieldValue("title")).isEqualTo("Grow more");
        assertThat(edit.getFieldValue("version"))
                .as("the version the form sends next, so that saving again does not fail forever")
                .isEqualTo(5L);
        assertThat(edit.getGlobalErrors())
                .extracting(e -> e.getDefaultMessage())
                .containsExactly(
                        "Someone else changed this goal since you opened it. What you typed is kept: save again"
                                + " to replace their change with yours, or reload the page to see theirs.");
    }

    @Test
    void accessProblemsAreNotFormErrors() {
        assertThatThrownBy(() -> Forms.reject(result, new AccessDenied("Viewers cannot change personas.")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void submitSavesOnlyAValidFormAndShowsTheFormWithTheRefusalOtherwise() {
        AtomicInteger saved = new AtomicInteger();

        String refused = Forms.submit(
                result,
                () -> {
                    saved.incrementAndGet();
                    throw new InvalidInput("teamId", "There is no team 9 in this workspace.");
                },
                () -> "persona/form");
        assertThat(refused).isEqualTo("persona/form");
        assertThat(result.getFieldError("teamId").getDefaultMessage())
                .isEqualTo("There is no team 9 in this workspace.");

        String again = Forms.submit(result, () -> "redirect:/elsewhere", () -> "persona/form");
        assertThat(again).isEqualTo("persona/form");
        assertThat(saved).hasValue(1);

        BindingResult valid = new BeanPropertyBindingResult(new PersonaForm("Jess", 3L, ""), "personaForm");
        assertThat(Forms.submit(valid, () -> Forms.redirect("budgetly", "personas", 12), () -> "persona/form"))
                .isEqualTo("redirect:/w/budgetly/personas/12");
    }

    private static DomainException refusedTogether(DomainException... refusals) {
        InvalidInputs.Checks checks = InvalidInputs.checks();
        for (DomainException refusal : refusals) {
            checks.check(() -> {
                throw refusal;
            });
        }
        try {
            checks.done();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("nothing refused");
    }
}
