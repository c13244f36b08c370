package app.tandem.journey;

import app.tandem.journey.JourneyView.OpportunityView;
import app.tandem.journey.JourneyView.PainPointView;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.journey.JourneyView.TouchpointView;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.Like;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journey maps of a workspace. Every method checks access first; other workspaces' maps answer 404.
 * Other modules call {@link #stagesIn}, {@link #stages}, {@link #stageRefs}, {@link #findStages}, {@link
 * #painPointRefs}, {@link #painPointsOn} and {@link #findPainPoints}; the rest is for this module's controllers.
 */
@Service
@Transactional(readOnly = true)
public class Journeys {

    private final Workspaces workspaces;
    private final Personas personas;
    private final JourneyRepository journeys;
    private final ObjectProvider<PainPointEvidence> evidence;
    private final EntityManager entityManager;

    Journeys(
            Workspaces workspaces,
            Personas personas,
            JourneyRepository journeys,
            ObjectProvider<PainPointEvidence> evidence,
            EntityManager entityManager) {
        this.workspaces = workspaces;
        this.personas = personas;
        this.journeys = journeys;
        this.evidence = evidence;
        this.entityManager = entityManager;
    }

    record TouchpointChange(String channel, @Nullable Long teamId) {}

    /** A stage as a request describes it; {@code id} names an existing stage to keep (PUT of the map). */
    record StageChange(
            @Nullable Long id,
            String name,
            @Nullable String doing,
            @Nullable String thinking,
            int emotion,
            List<TouchpointChange> touchpoints,
            List<Stage.PainPointChange> painPoints,
            List<Stage.OpportunityChange> opportunities) {}

    /** A partial change of one stage; null leaves a part as it is. */
    record StagePatch(
            @Nullable String name,
            @Nullable String doing,
            @Nullable String thinking,
            @Nullable Integer emotion,
            @Nullable List<TouchpointChange> touchpoints,
            @Nullable List<Stage.PainPointChange> painPoints,
            @Nullable List<Stage.OpportunityChange> opportunities,
            @Nullable Integer position) {}

    Page<JourneySummary> list(String slug, long userId, @Nullable Long personaId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (personaId != null) {
            personas.ref(context, personaId, "persona");
        }
        Map<Long, String> names = personaNames(context);
        return journeys.search(context.id(), personaId, pageable)
                .map(j -> new JourneySummary(
                        j.id(),
                        j.name(),
                        j.scenario(),
                        j.personaId(),
                        names.getOrDefault(j.personaId(), "?"),
                        j.stages().size()));
    }

    JourneyView journey(String slug, long userId, long journeyId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, journey(context, journeyId));
    }

    /** The teams of the workspace, for pickers and the picture's legend. */
    /**
     * Which of these journey stage ids are stages of the workspace's journey maps (ids of other
     * workspaces, or of no stage, are left out). The caller has checked access to the workspace: the
     * insight module, before it links an insight or a routing rule to stages.
     */
    public Set<Long> stagesIn(WorkspaceContext context, Collection<Long> stageIds) {
        if (stageIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(journeys.stagesIn(context.id(), stageIds));
    }

    /**
     * Every stage of the workspace's journey maps, map by map, for pickers: the routing rules' form
     * offers them. The caller has checked access to the workspace.
     */
    public List<StageRef> stages(WorkspaceContext context) {
        return journeys.allStages(context.id());
    }

    /** The workspace's stages among these ids, named for other modules (ids of other workspaces are left out). */
    public List<StageRef> stageRefs(WorkspaceContext context, Collection<Long> stageIds) {
        if (stageIds.isEmpty()) {
            return List.of();
        }
        return journeys.stageRefs(context.id(), stageIds).stream()
                .map(Journeys::stageRef)
                .toList();
    }

    /** At most {@code limit} of the workspace's stages whose name, or whose map's name, contains the words. */
    public List<StageRef> findStages(WorkspaceContext context, String words, int limit) {
        return journeys.findStages(context.id(), Like.containing(words), Limit.of(limit)).stream()
                .map(Journeys::stageRef)
                .toList();
    }

    /** The workspace's pain points among these ids, named for other modules (ids of other workspaces are left out). */
    public List<PainPointRef> painPointRefs(WorkspaceContext context, Collection<Long> painPointIds) {
        if (painPointIds.isEmpty()) {
            return List.of();
        }
        return journeys.painPointRefs(context.id(), painPointIds).stream()
                .map(Journeys::painPointRef)
                .toList();
    }

    /** The workspace's pain points on these stages (stages of other workspaces have none). */
    public List<PainPointRef> painPointsOn(WorkspaceContext context, Collection<Long> stageIds) {
        if (stageIds.isEmpty()) {
            return List.of();
        }
        return journeys.painPointsOn(context.id(), stageIds).stream()
                .map(Journeys::painPointRef)
                .toList();
    }

    /** At most {@code limit} of the workspace's pain points whose text, or whose stage's name, contains the words. */
    public List<PainPointRef> findPainPoints(WorkspaceContext context, String words, int limit) {
        return journeys.findPainPoints(context.id(), Like.containing(words), Limit.of(limit)).stream()
                .map(Journeys::painPointRef)
                .toList();
    }

    private static StageRef stageRef(Object[] row) {
        return new StageRef((Long) row[0], (Long) row[1], (String) row[2], (String) row[3]);
    }

    private static PainPointRef painPointRef(Object[] row) {
        return new PainPointRef(
                (Long) row[0],
                (Long) row[1],
                (Long) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                ((Number) row[6]).intValue());
    }

    List<TeamView> teams(String slug, long userId) {
        return workspaces.allTeams(workspaces.access(slug, userId));
    }

    List<PersonaRef> personas(String slug, long userId) {
        return personas.refs(workspaces.access(slug, userId));
    }

    List<UserGoalView> userGoalsOf(String slug, long userId, long personaId) {
        return personas.userGoalsOf(workspaces.access(slug, userId), personaId);
    }

    @Transactional
    JourneyView create(
            String slug,
            long userId,
            long personaId,
            String name,
            @Nullable String scenario,
            List<StageChange> stages) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        personas.ref(context, personaId, "personaId");
        Journey journey = new Journey(context.id(), personaId, name, scenario);
        journey.restage(stages(context, journey, stages));
        journey = journeys.save(journey);
        journeys.flush();
        return view(context, journey);
    }

    /**
     * Replaces the whole map (PUT): name, scenario, persona and every stage. {@code startedFrom} is
     * the map's version the change was made on: a map changed since, or any of its stages, is refused
     * ({@link ConcurrentChange}, 409) instead of overwritten, and nothing is saved.
     */
    @Transactional
    JourneyView replace(
            String slug,
            long userId,
            long journeyId,
            long personaId,
            String name,
            @Nullable String scenario,
            List<StageChange> stages,
            long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        ConcurrentChange.check("this journey map", startedFrom, journey.version());
        changing(journey, startedFrom);
        personas.ref(context, personaId, "personaId");
        journey.followPersona(personaId);
        journey.rename(name);
        journey.describe(scenario);
        journey.restage(stages(context, journey, stages));
        try {
            journeys.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this journey map", startedFrom, journey.version());
        }
        return view(context, journey);
    }

    /**
     * Moves the map's version on now, for any change to it or to one of its stages, so that a replace
     * of the whole map made from an older version is refused; a map changed at the same moment by
     * someone else is refused here ({@link ConcurrentChange}).
     */
    private void changing(Journey journey, @Nullable Long startedFrom) {
        try {
            entityManager.lock(journey, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this journey map", startedFrom, journey.version());
        }
    }

    /**
     * Renames the map and changes its scenario. {@code startedFrom} is the map's version the change was
     * made on: a map changed since (or any of its stages) is refused ({@link ConcurrentChange}, 409)
     * instead of overwritten, and nothing is saved.
     */
    @Transactional
    JourneyView rename(
            String slug, long userId, long journeyId, String name, @Nullable String scenario, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        ConcurrentChange.check("this journey map", startedFrom, journey.version());
        changing(journey, startedFrom);
        journey.rename(name);
        journey.describe(scenario);
        try {
            journeys.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this journey map", startedFrom, journey.version());
        }
        return view(context, journey);
    }

    @Transactional
    JourneySummary delete(String slug, long userId, long journeyId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        ConcurrentChange.checkDelete("this journey map", startedFrom, journey.version());
        JourneySummary summary = new JourneySummary(
                journey.id(),
                journey.name(),
                journey.scenario(),
                journey.personaId(),
                "",
                journey.stages().size());
        journeys.delete(journey);
        return summary;
    }

    /** One stage of a journey map, as the map's GET shows it; a stage of another map is not found. */
    StageView stage(String slug, long userId, long journeyId, long stageId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Journey journey = journey(context, journeyId);
        Stage stage = journey.stage(stageId).orElseThrow(() -> new StageNotFound(stageId));
        return stageView(context, journey, stage);
    }

    @Transactional
    StageView addStage(String slug, long userId, long journeyId, StageChange change, @Nullable Integer position) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        changing(journey, null);
        Stage stage = new Stage(change.name(), change.emotion(), "");
        apply(context, stage, change, "");
        journey.addStage(stage, position);
        journeys.flush();
        return stageView(context, journey, stage);
    }

    /**
     * Changes a stage; null leaves a part as it is. With {@code startedFrom}, the version the change
     * was made on, a stage changed since is refused ({@link ConcurrentChange}, 409) instead of
     * overwritten, and nothing is saved.
     */
    @Transactional
    StageView updateStage(
            String slug, long userId, long journeyId, long stageId, StagePatch patch, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        Stage stage = journey.stage(stageId).orElseThrow(() -> new StageNotFound(stageId));
        if (startedFrom != null) {
            ConcurrentChange.check("this stage", startedFrom, stage.version());
        }
        changing(journey, null);
        if (patch.name() != null) {
            stage.rename(patch.name(), "");
        }
        if (patch.emotion() != null) {
            stage.feel(patch.emotion(), "");
        }
        if (patch.doing() != null || patch.thinking() != null) {
            stage.describe(
                    patch.doing() != null ? patch.doing() : stage.doing(),
                    patch.thinking() != null ? patch.thinking() : stage.thinking(),
                    "");
        }
        if (patch.touchpoints() != null) {
            stage.touchAt(touchpoints(context, patch.touchpoints(), ""), "");
        }
        if (patch.painPoints() != null) {
            checkGoals(context, patch.painPoints(), "");
            stage.hurt(patch.painPoints(), "");
        }
        if (patch.opportunities() != null) {
            checkOpportunityTeams(context, patch.opportunities(), "");
            stage.seeOpportunities(patch.opportunities(), "");
        }
        if (patch.position() != null) {
            journey.move(stage, patch.position());
        }
        try {
            journeys.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this stage", startedFrom, stage.version());
        }
        return stageView(context, journey, stage);
    }

    /** Moves a stage one place left (-1) or right (+1); at an end it stays where it is. */
    @Transactional
    StageView moveStage(String slug, long userId, long journeyId, long stageId, int by) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        Stage stage = journey.stage(stageId).orElseThrow(() -> new StageNotFound(stageId));
        int target = Math.max(0, Math.min(journey.stages().size() - 1, journey.positionOf(stage) + by));
        changing(journey, null);
        journey.move(stage, target);
        journeys.flush();
        return stageView(context, journey, stage);
    }

    @Transactional
    StageView deleteStage(String slug, long userId, long journeyId, long stageId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Journey journey = journey(context, journeyId);
        Stage stage = journey.stage(stageId).orElseThrow(() -> new StageNotFound(stageId));
        ConcurrentChange.checkDelete("this stage", startedFrom, stage.version());
        StageView view = stageView(context, journey, stage);
        journey.removeStage(stage);
        return view;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Journey journey(WorkspaceContext context, long journeyId) {
        return journeys.findByIdAndWorkspaceId(journeyId, context.id())
                .orElseThrow(() -> new JourneyNotFound(journeyId));
    }

    private List<Stage> stages(WorkspaceContext context, Journey journey, List<StageChange> changes) {
        List<Stage> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            StageChange change = changes.get(i);
            String field = "stages[" + i + "]";
            Stage stage;
            if (change.id() != null) {
                if (!seen.add(change.id())) {
                    throw new InvalidInput(field + ".id", "Stage " + change.id() + " appears twice.");
                }
                stage = journey.stage(change.id())
                        .orElseThrow(() ->
                                new InvalidInput(field + ".id", "This journey map has no stage " + change.id() + "."));
                stage.rename(change.name(), field);
                stage.feel(change.emotion(), field);
            } else {
                stage = new Stage(change.name(), change.emotion(), field);
            }
            apply(context, stage, change, field);
            result.add(stage);
        }
        return result;
    }

    private void apply(WorkspaceContext context, Stage stage, StageChange change, String field) {
        stage.describe(change.doing(), change.thinking(), field);
        stage.touchAt(touchpoints(context, change.touchpoints(), field), field);
        checkGoals(context, change.painPoints(), field);
        stage.hurt(change.painPoints(), field);
        checkOpportunityTeams(context, change.opportunities(), field);
        stage.seeOpportunities(change.opportunities(), field);
    }

    private List<Touchpoint> touchpoints(WorkspaceContext context, List<TouchpointChange> changes, String field) {
        Set<Long> teamIds =
                workspaces.allTeams(context).stream().map(TeamView::id).collect(Collectors.toSet());
        List<Touchpoint> result = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            TouchpointChange change = changes.get(i);
            if (change.teamId() != null && !teamIds.contains(change.teamId())) {
                throw new InvalidInput(
                        Stage.at(field) + "touchpoints[" + i + "].teamId",
                        "There is no team " + change.teamId() + " in this workspace.");
            }
            result.add(new Touchpoint(change.channel() == null ? "" : change.channel(), change.teamId()));
        }
        return result;
    }

    private void checkOpportunityTeams(WorkspaceContext context, List<Stage.OpportunityChange> changes, String field) {
        Set<Long> teamIds =
                workspaces.allTeams(context).stream().map(TeamView::id).collect(Collectors.toSet());
        for (int i = 0; i < changes.size(); i++) {
            Long team = changes.get(i).teamId();
            if (team != null && !teamIds.contains(team)) {
                throw new InvalidInput(
                        Stage.at(field) + "opportunities[" + i + "].teamId",
                        "There is no team " + team + " in this workspace.");
            }
        }
    }

    private void checkGoals(WorkspaceContext context, List<Stage.PainPointChange> changes, String field) {
        Set<Long> teamIds =
                workspaces.allTeams(context).stream().map(TeamView::id).collect(Collectors.toSet());
        for (int i = 0; i < changes.size(); i++) {
            Long team = changes.get(i).teamId();
            if (team != null && !teamIds.contains(team)) {
                throw new InvalidInput(
                        Stage.at(field) + "painPoints[" + i + "].teamId",
                        "There is no team " + team + " in this workspace.");
            }
        }
        Set<Long> wanted = changes.stream()
                .map(Stage.PainPointChange::userGoalId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> found = personas.userGoals(context, wanted).stream()
                .map(UserGoalView::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < changes.size(); i++) {
            Long goal = changes.get(i).userGoalId();
            if (goal != null && !found.contains(goal)) {
                throw new InvalidInput(
                        Stage.at(field) + "painPoints[" + i + "].userGoalId",
                        "There is no user goal " + goal + " in this workspace.");
            }
        }
    }

    private Map<Long, String> personaNames(WorkspaceContext context) {
        return personas.refs(context).stream().collect(Collectors.toMap(PersonaRef::id, PersonaRef::name));
    }

    private JourneyView view(WorkspaceContext context, Journey journey) {
        Lookup lookup = lookup(context, List.of(journey));
        List<Stage> stages = journey.stages();
        List<StageView> views = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            views.add(stageView(stages.get(i), i, lookup));
        }
        return new JourneyView(
                journey.id(),
                journey.personaId(),
                personaNames(context).getOrDefault(journey.personaId(), "?"),
                journey.name(),
                journey.scenario(),
                List.copyOf(views),
                journey.version());
    }

    private StageView stageView(WorkspaceContext context, Journey journey, Stage stage) {
        return stageView(stage, journey.positionOf(stage), lookup(context, List.of(journey)));
    }

    private record Lookup(Map<Long, String> teams, Map<Long, String> goals, Map<Long, Long> insights) {}

    private Lookup lookup(WorkspaceContext context, List<Journey> all) {
        Map<Long, String> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
        Set<Long> goalIds = all.stream()
                .flatMap(j -> j.stages().stream())
                .flatMap(s -> s.painPoints().stream())
                .map(PainPoint::userGoalId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> goals = personas.userGoals(context, goalIds).stream()
                .collect(Collectors.toMap(UserGoalView::id, UserGoalView::sentence));
        List<Long> painPointIds = all.stream()
                .flatMap(j -> j.stages().stream())
                .flatMap(s -> s.painPoints().stream())
                .map(PainPoint::idOrNull)
                .filter(Objects::nonNull)
                .toList();
        PainPointEvidence counter = evidence.getIfUnique();
        Map<Long, Long> insights = counter == null || painPointIds.isEmpty()
                ? Map.of()
                : counter.insightsProvingPainPoints(context.id(), painPointIds);
        return new Lookup(teams, goals, insights);
    }

    private static StageView stageView(Stage stage, int position, Lookup lookup) {
        return new StageView(
                stage.id(),
                position,
                stage.name(),
                stage.doing(),
                stage.thinking(),
                stage.emotion(),
                stage.touchpoints().stream()
                        .map(t -> new TouchpointView(
                                t.channel(),
                                t.teamId(),
                                t.teamId() == null ? null : lookup.teams().get(t.teamId())))
                        .toList(),
                stage.painPoints().stream()
                        .map(p -> new PainPointView(
                                p.idOrNull() == null ? 0 : p.idOrNull(),
                                p.text(),
                                p.severity(),
                                p.userGoalId(),
                                p.userGoalId() == null ? null : lookup.goals().get(p.userGoalId()),
                                p.teamId(),
                                p.teamId() == null ? null : lookup.teams().get(p.teamId()),
                                p.idOrNull() == null ? 0 : lookup.insights().getOrDefault(p.idOrNull(), 0L)))
                        .toList(),
                stage.opportunities().stream()
                        .map(o -> new OpportunityView(
                                o.text(),
                                o.teamId(),
                                o.teamId() == null ? null : lookup.teams().get(o.teamId())))
                        .toList(),
                stage.version());
    }
}
