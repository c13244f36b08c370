package app.tandem.persona;

import app.tandem.persona.PersonaController.PersonaForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * What someone else saved on a persona or a user goal that differs from what the person typed in
 * the edit form, field by field (their value, as the form labels it), so a refused stale edit shows
 * what changed.
 */
final class PersonaChanges {

    /** One field where the saved persona differs from the form: the form's label and the saved value. */
    record Change(String label, String theirs) {}

    private PersonaChanges() {}

    /** Whether the form was refused because the persona changed since it was opened ({@code ConcurrentChange}). */
    static boolean refusedAsStale(BindingResult result) {
        return result.getGlobalErrors().stream().anyMatch(e -> "concurrent-change".equals(e.getCode()));
    }

    /** The fields where {@code theirs} (the persona as saved now) differs from {@code typed}. */
    static List<Change> between(PersonaForm typed, PersonaView theirs) {
        PersonaForm saved = PersonaForm.of(theirs);
        List<Change> changes = new ArrayList<>();
        text(changes, "Name", typed.name(), saved.name());
        if (theirs.kind() == PersonaKind.TEAM && !Objects.equals(typed.teamId(), theirs.teamId())) {
            changes.add(new Change("Team", theirs.teamName() == null ? "No team" : theirs.teamName()));
        }
        text(changes, "Summary", typed.summary(), saved.summary());
        text(changes, "Quote", typed.quote(), saved.quote());
        if (!PersonaController.facts(typed.demographics()).equals(theirs.demographics())) {
            changes.add(new Change("Demographics", orNone(saved.demographics())));
        }
        lines(changes, "Motivations", typed.motivations(), theirs.motivations());
        lines(changes, "Frustrations", typed.frustrations(), theirs.frustrations());
        lines(changes, "Goals", typed.goals(), theirs.goals());
        return changes;
    }

    /** The fields where {@code theirs} (the user goal as saved now) differs from {@code typed}. */
    static List<Change> between(UserGoalController.GoalForm typed, UserGoalView theirs) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(typed.personaId(), theirs.personaId())) {
            changes.add(new Change("For persona", theirs.personaName()));
        }
        text(changes, "User goal", typed.sentence(), theirs.sentence());
        if (!Objects.equals(typed.importance(), theirs.importance())) {
            changes.add(new Change("Importance", String.valueOf(theirs.importance())));
        }
        text(changes, "How we know", typed.howWeKnow(), theirs.howWeKnow());
        return changes;
    }

    private static void text(List<Change> changes, String label, @Nullable String typed, @Nullable String saved) {
        String theirs = saved == null ? "" : saved.strip();
        if (!theirs.equals(typed == null ? "" : typed.strip())) {
            changes.add(new Change(label, orNone(theirs)));
        }
    }

    private static void lines(List<Change> changes, String label, @Nullable String typed, List<String> saved) {
        if (!PersonaController.lines(typed).equals(saved)) {
            changes.add(new Change(label, orNone(String.join("\n", saved))));
        }
    }

    private static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? "none" : value;
    }
}
