package app.tandem.insight.internal;

import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.NamedTarget;
import app.tandem.journey.Journeys;
import app.tandem.journey.PainPointRef;
import app.tandem.journey.StageRef;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks that the personas, user goals, journey stages and pain points an insight or a routing rule names are
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

    public void checkPainPoints(WorkspaceContext context, Collection<Long> painPointIds, String field) {
        if (painPointIds.isEmpty()) {
            return;
        }
        Set<Long> wanted = ids(painPointIds, field);
        Set<Long> found = journeys.painPointRefs(context, wanted).stream()
                .map(PainPointRef::id)
                .collect(Collectors.toSet());
        refuseMissing(wanted, found, field, "pain point");
    }

    /** Checks one target of any kind. */
    public void check(WorkspaceContext context, EvidenceTarget target, String field) {
        Set<Long> id = Set.of(target.id());
        switch (target.kind()) {
            case PERSONA -> checkPersonas(context, id, field);
            case USER_GOAL -> checkUserGoals(context, id, field);
            case JOURNEY_STAGE -> checkStages(context, id, field);
            case PAIN_POINT -> checkPainPoints(context, id, field);
        }
    }

    /**
     * What each of these targets is called and where its page is: a persona's name, a user goal's
     * sentence, a stage with its map, a pain point with its stage. Targets that are gone (or never
     * were the workspace's) are left out.
     */
    public Map<EvidenceTarget, NamedTarget> labels(WorkspaceContext context, Collection<EvidenceTarget> targets) {
        Map<EvidenceTarget.Kind, Set<Long>> byKind = targets.stream()
                .collect(Collectors.groupingBy(
                        EvidenceTarget::kind, Collectors.mapping(EvidenceTarget::id, Collectors.toSet())));
        Map<EvidenceTarget, NamedTarget> labels = new LinkedHashMap<>();
        Set<Long> personaIds = byKind.getOrDefault(EvidenceTarget.Kind.PERSONA, Set.of());
        if (!personaIds.isEmpty()) {
            personas.refs(context).stream()
                    .filter(p -> personaIds.contains(p.id()))
                    .forEach(p -> put(labels, persona(p)));
        }
        personas.userGoals(context, byKind.getOrDefault(EvidenceTarget.Kind.USER_GOAL, Set.of()))
                .forEach(g -> put(labels, userGoal(g)));
        journeys.stageRefs(context, byKind.getOrDefault(EvidenceTarget.Kind.JOURNEY_STAGE, Set.of()))
                .forEach(s -> put(labels, stage(s)));
        journeys.painPointRefs(context, byKind.getOrDefault(EvidenceTarget.Kind.PAIN_POINT, Set.of()))
                .forEach(p -> put(labels, painPoint(p)));
        return labels;
    }

    /**
     * Up to {@code limit} personas, user goals, journey stages and pain points of the workspace whose
     * name contains the words, for the picker on an insight: personas first, then user goals, stages
     * and pain points.
     */
    public List<NamedTarget> find(WorkspaceContext context, String words, int limit) {
        List<NamedTarget> found = new ArrayList<>();
        String lower = words.strip().toLowerCase(Locale.ROOT);
        personas.refs(context).stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(lower))
                .limit(limit)
                .forEach(p -> found.add(persona(p)));
        personas.findUserGoals(context, words, limit).forEach(g -> found.add(userGoal(g)));
        journeys.findStages(context, words, limit).forEach(s -> found.add(stage(s)));
        journeys.findPainPoints(context, words, limit).forEach(p -> found.add(painPoint(p)));
        return found.stream().limit(limit).toList();
    }

    private static void put(Map<EvidenceTarget, NamedTarget> labels, NamedTarget named) {
        labels.put(named.target(), named);
    }

    private static NamedTarget persona(PersonaRef p) {
        return new NamedTarget(new EvidenceTarget(EvidenceTarget.Kind.PERSONA, p.id()), p.name(), "personas/" + p.id());
    }

    private static NamedTarget userGoal(UserGoalView g) {
        return new NamedTarget(
                new EvidenceTarget(EvidenceTarget.Kind.USER_GOAL, g.id()), g.sentence(), "user-goals/" + g.id());
    }

    private static NamedTarget stage(StageRef s) {
        return new NamedTarget(
                new EvidenceTarget(EvidenceTarget.Kind.JOURNEY_STAGE, s.id()),
                s.label(),
                "journeys/" + s.journeyId() + "#stage-" + s.id());
    }

    private static NamedTarget painPoint(PainPointRef p) {
        return new NamedTarget(
                new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, p.id()),
                p.label(),
                "journeys/" + p.journeyId() + "#pain-point-" + p.id());
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
