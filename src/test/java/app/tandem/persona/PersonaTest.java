package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonaTest {

    @Test
    void aDemographicLineWithoutAColonIsRefusedNotSavedUnderAMadeUpLabel() {
        List<Fact> facts = PersonaController.facts("Age: 29\nbroken line no colon");
        assertThat(facts).containsExactly(new Fact("Age", "29"), new Fact("", "broken line no colon"));
        assertThatThrownBy(() -> Persona.checkedFacts(facts))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Fact 2: a label has 1 to");
    }

    @Test
    void initialsComeFromTheFirstTwoWords() {
        assertThat(Persona.initials("Frugal Freelancer")).isEqualTo("FF");
        assertThat(Persona.initials("Jess, gig worker")).isEqualTo("JG");
        assertThat(Persona.initials("  ")).isEqualTo("?");
    }

    @Test
    void refusesBlankLinesNamingTheLine() {
        Persona persona = Persona.forTeam(1, "Frugal Freelancer", 7);
        assertThatThrownBy(() -> persona.motivate(List.of("Save money", " ")))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("motivations[1]");
    }

    @Test
    void aSharedPersonaBelongsToNoTeam() {
        Persona shared = Persona.sharedFrom(1, "Jess", Set.of(1L, 2L));
        assertThat(shared.isBuiltFrom(2)).isTrue();
        assertThatThrownBy(() -> shared.assignTo(3)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void userGoalImportanceGoesFromOneToFive() {
        assertThatThrownBy(() -> new UserGoal(1, 2, "Help me save", 6))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("importance");
    }
}
