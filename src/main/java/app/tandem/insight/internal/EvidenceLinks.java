package app.tandem.insight.internal;

import app.tandem.journey.Journeys;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks that the personas, user goals and journey stages an insight or a routing rule names are
 * the workspace's own: an id of another workspace, or of nothing, is refused naming the field
 * ({@link InvalidInput}, 400). The links are plain ids without foreign keys (docs/modules.md), so
 * nothing else would stop them. Asks {@code persona} and {@code journey} through their APIs; neither
 * depends on {@code insight}, so there is no cycle.
 */
@Component
public class EvidenceLinks {

    private final Personas personas;
    private final Journeys journeys;

    EvidenceLinks(Personas personas, Journeys journeys) {
        this.personas = personas;
        this.journeys = journeys;
    }

    public void checkPersonas(WorkspaceContext context, Collection<Long> personaIds, String field) {
        if (personaIds.isEmpty()) {
            return;
        }
        Set<Long> wanted = ids(personaIds, field);
        Set<Long> found = personas.refs(context).stream().map(PersonaRef::id).collect(Collectors.toSet());
        refuseMissing(wanted, found, field, "persona");
    }

    public void checkUserGoals(WorkspaceContext context, Collection<Long> userGoalIds, String field) {
        if (userGoalIds.isEmpty()) {
            return;
        }
        Set<Long> wanted = ids(userGoalIds, field);
        Set<Long> found = personas.userGoals(context, wanted).stream()
                .map(UserGoalView::id)
                .collect(Collectors.toSet());
        refuseMissing(wanted, found, field, "user goal");
    }

    public void checkStages(WorkspaceContext context, Collection<Long> stageIds, String field) {
        if (stageIds.isEmpty()) {
            return;
        }
        Set<Long> wanted = ids(stageIds, field);
        refuseMissing(wanted, journeys.stagesIn(context, wanted), field, "journey stage");
    }

    /** The same checks for one optional id, as a routing rule names them. */
    public void checkPersona(WorkspaceContext context, @Nullable Long personaId, String field) {
        checkPersonas(context, personaId == null ? Set.of() : Set.of(personaId), field);
    }

    public void checkUserGoal(WorkspaceContext context, @Nullable Long userGoalId, String field) {
        checkUserGoals(context, userGoalId == null ? Set.of() : Set.of(userGoalId), field);
    }

    public void checkStage(WorkspaceContext context, @Nullable Long stageId, String field) {
        checkStages(context, stageId == null ? Set.of() : Set.of(stageId), field);
    }

    /** The ids without repeats; a null among them (JSON {@code [null]}) is refused naming the field. */
    private static Set<Long> ids(Collection<@Nullable Long> ids, String field) {
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput(field, "An id is missing (null).");
        }
        return new LinkedHashSet<>(ids);
    }

    private static void refuseMissing(Collection<Long> wanted, Set<Long> found, String field, String what) {
        for (Long id : wanted) {
            if (!found.contains(id)) {
                throw new InvalidInput(field, "There is no " + what + " " + id + " in this workspace.");
            }
        }
    }
}
