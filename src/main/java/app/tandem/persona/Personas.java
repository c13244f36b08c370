package app.tandem.persona;

import app.tandem.persona.SharedPersonaBuilder.Decision;
import app.tandem.persona.SharedPersonaBuilder.Draft;
import app.tandem.persona.SharedPersonaBuilder.Result;
import app.tandem.persona.SharedPersonaBuilder.Source;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.Like;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
 * Personas and user goals of a workspace. Every method checks the acting person's access first;
 * a persona or user goal of another workspace answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class Personas {

    private final Workspaces workspaces;
    private final PersonaRepository personas;
    private final UserGoalRepository goals;
    private final ObjectProvider<PersonaDependents> dependents;
    private final ObjectProvider<UserGoalEvidence> evidence;

    Personas(
            Workspaces workspaces,
            PersonaRepository personas,
            UserGoalRepository goals,
            ObjectProvider<PersonaDependents> dependents,
            ObjectProvider<UserGoalEvidence> evidence) {
        this.workspaces = workspaces;
        this.personas = personas;
        this.goals = goals;
        this.dependents = dependents;
        this.evidence = evidence;
    }

    /** What a persona is made of, when creating or changing one; null leaves a field as it is on change. */
    public record PersonaData(
            @Nullable String name,
            @Nullable String summary,
            @Nullable Long teamId,
            @Nullable String quote,
            @Nullable List<Fact> demographics,
            @Nullable List<String> motivations,
            @Nullable List<String> frustrations,
            @Nullable List<String> goals) {}

    // ---- personas -----------------------------------------------------------------------------

    public Page<PersonaView> list(
            String slug, long userId, @Nullable PersonaKind kind, @Nullable Long teamId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (teamId != null && workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new InvalidInput("team", "There is no team " + teamId + " in this workspace.");
        }
        Page<Persona> page = personas.search(context.id(), kind, teamId, pageable);
        return page.map(views(context, page.getContent()));
    }

    public PersonaView persona(String slug, long userId, long personaId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Persona persona = persona(context, personaId, null);
        return views(context, List.of(persona)).apply(persona);
    }

    /** Every persona of the workspace by name, for pickers (also other modules). */
    public List<PersonaRef> refs(WorkspaceContext context) {
        return personas.findByWorkspaceIdOrderByNameAsc(context.id()).stream()
                .map(p -> new PersonaRef(p.id(), p.name(), p.kind()))
                .toList();
    }

    /** The persona {@code personaId} of the workspace, or {@link PersonaNotFound} naming {@code field}. */
    public PersonaRef ref(WorkspaceContext context, long personaId, String field) {
        Persona persona = persona(context, personaId, field);
        return new PersonaRef(persona.id(), persona.name(), persona.kind());
    }

    /**
     * Refuses every wrong field of {@code data} at once ({@link InvalidInputs} when several), saving
     * nothing: what creating a team persona ({@code personaId} null) or changing the persona
     * {@code personaId} would refuse. The persona form calls it when its own checks failed, so the
     * person sees every error together; creating and changing check the same way first.
     */
    public void check(String slug, long userId, @Nullable Long personaId, PersonaData data) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        if (personaId == null) {
            check(context, PersonaKind.TEAM, null, data);
        } else {
            Persona persona = persona(context, personaId, null);
            check(context, persona.kind(), persona, data);
        }
    }

    private void check(WorkspaceContext context, PersonaKind kind, @Nullable Persona existing, PersonaData data) {
        boolean creating = existing == null;
        InvalidInputs.Checks checks = InvalidInputs.checks();
        if (creating || data.name() != null) {
            checks.check(() -> Persona.checkedName(data.name()));
        }
        if (kind == PersonaKind.TEAM && creating && data.teamId() == null) {
            checks.check(() -> {
                throw new InvalidInput("teamId", "Choose the team whose persona this is.");
            });
        } else if (kind == PersonaKind.SHARED && data.teamId() != null) {
            checks.check(() -> {
                throw new InvalidInput("teamId", "A shared persona belongs to every team, not to one.");
            });
        } else if (data.teamId() != null) {
            checks.check(() -> checkTeam(context, data.teamId()));
        }
        checks.check(() -> Persona.optional(data.summary(), Persona.MAX_SUMMARY, "summary"));
        checks.check(() -> Persona.optional(data.quote(), Persona.MAX_QUOTE, "quote"));
        if (data.demographics() != null) {
            checks.check(() -> Persona.checkedFacts(data.demographics()));
        }
        if (data.motivations() != null) {
            checks.check(() -> Persona.checkedLines(data.motivations(), "motivations"));
        }
        if (data.frustrations() != null) {
            checks.check(() -> Persona.checkedLines(data.frustrations(), "frustrations"));
        }
        if (data.goals() != null) {
            checks.check(() -> Persona.checkedLines(data.goals(), "goals"));
        }
        // a name a team's personas (or the shared ones) have once: the pickers and lists name them
        String name = data.name() != null ? data.name().strip() : existing == null ? "" : existing.name();
        Long team = kind == PersonaKind.SHARED
                ? null
                : data.teamId() != null ? data.teamId() : existing == null ? null : existing.teamId();
        boolean changed = existing == null
                || !name.equalsIgnoreCase(existing.name().strip())
                || !Objects.equals(team, existing.teamId());
        if (changed && !name.isEmpty() && (kind == PersonaKind.SHARED || team != null)) {
            long exceptId = existing == null ? 0 : existing.id();
            checks.check(() -> {
                if (personas.nameTaken(context.id(), kind, team, name.toLowerCase(Locale.ROOT), exceptId)) {
                    throw new PersonaNameTaken(name, kind == PersonaKind.SHARED);
                }
            });
        }
        checks.done();
    }

    @Transactional
    public PersonaView createTeamPersona(String slug, long userId, PersonaData data) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        check(context, PersonaKind.TEAM, null, data);
        Persona persona = Persona.forTeam(context.id(), data.name() == null ? "" : data.name(), data.teamId());
        apply(context, persona, data);
        persona = personas.save(persona);
        return views(context, List.of(persona)).apply(persona);
    }

    /** Creates a shared persona from its content directly (the API), recording its sources. */
    @Transactional
    public PersonaView createSharedPersona(String slug, long userId, PersonaData data, Collection<Long> sourceIds) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InvalidInputs.checks()
                .check(() -> check(context, PersonaKind.SHARED, null, data))
                .check(() -> checkSources(context, sourceIds))
                .done();
        Set<Long> sources = checkSources(context, sourceIds);
        Persona persona = Persona.sharedFrom(context.id(), data.name() == null ? "" : data.name(), sources);
        apply(context, persona, data);
        persona = personas.save(persona);
        return views(context, List.of(persona)).apply(persona);
    }

    /** The side-by-side draft of a shared persona built from {@code sourceIds}. */
    Draft draft(String slug, long userId, Collection<Long> sourceIds) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return SharedPersonaBuilder.draft(sourcesOf(context, checkSources(context, sourceIds)));
    }

    /** Builds a shared persona from the draft of {@code sourceIds} and the team's decision on every row. */
    @Transactional
    PersonaView buildSharedPersona(
            String slug, long userId, Collection<Long> sourceIds, PersonaData data, Map<String, Decision> decisions) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Set<Long> sources = checkSources(context, sourceIds);
        Draft draft = SharedPersonaBuilder.draft(sourcesOf(context, sources));
        Result result = SharedPersonaBuilder.resolve(draft, decisions);
        Persona persona = Persona.sharedFrom(context.id(), data.name() == null ? "" : data.name(), sources);
        apply(
                context,
                persona,
                new PersonaData(
                        null,
                        data.summary(),
                        null,
                        data.quote(),
                        data.demographics(),
                        result.motivations(),
                        result.frustrations(),
                        result.goals()));
        persona = personas.save(persona);
        return views(context, List.of(persona)).apply(persona);
    }

    /**
     * Changes a persona; null leaves a part as it is, a list given replaces the whole list. With
     * {@code startedFrom}, the version the change was made on, a persona changed since is refused
     * ({@link ConcurrentChange}, 409) instead of overwritten, and nothing is saved.
     */
    @Transactional
    public PersonaView update(String slug, long userId, long personaId, PersonaData data, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Persona persona = persona(context, personaId, null);
        if (startedFrom != null) {
            ConcurrentChange.check("this persona", startedFrom, persona.version());
        }
        check(context, persona.kind(), persona, data);
        if (data.name() != null) {
            persona.rename(data.name());
        }
        if (data.teamId() != null) {
            checkTeam(context, data.teamId());
            persona.assignTo(data.teamId());
        }
        apply(context, persona, data);
        try {
            personas.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this persona", startedFrom, persona.version());
        }
        return views(context, List.of(persona)).apply(persona);
    }

    /** What stops the persona from being deleted: shared personas, user goals, journeys. */
    public List<String> dependentsOf(String slug, long userId, long personaId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return dependentsOf(context, persona(context, personaId, null));
    }

    @Transactional
    public void delete(String slug, long userId, long personaId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Persona persona = persona(context, personaId, null);
        ConcurrentChange.checkDelete("this persona", startedFrom, persona.version());
        List<String> blocking = dependentsOf(context, persona);
        if (!blocking.isEmpty()) {
            throw new PersonaInUse(persona.name(), blocking);
        }
        personas.delete(persona);
    }

    private List<String> dependentsOf(WorkspaceContext context, Persona persona) {
        List<String> all = new ArrayList<>();
        personas.builtFrom(context.id(), persona.id()).forEach(p -> all.add("shared persona " + p.name()));
        long goalCount = goals.countByWorkspaceIdAndPersonaId(context.id(), persona.id());
        if (goalCount > 0) {
            all.add(goalCount == 1 ? "1 user goal" : goalCount + " user goals");
        }
        dependents.orderedStream().forEach(d -> all.addAll(d.dependentsOf(context.id(), persona.id())));
        return all;
    }

    private void apply(WorkspaceContext context, Persona persona, PersonaData data) {
        if (data.summary() != null) {
            persona.summarise(data.summary());
        }
        if (data.quote() != null) {
            persona.quote(data.quote());
        }
        if (data.demographics() != null) {
            persona.describe(data.demographics());
        }
        if (data.motivations() != null) {
            persona.motivate(data.motivations());
        }
        if (data.frustrations() != null) {
            persona.frustrate(data.frustrations());
        }
        if (data.goals() != null) {
            persona.aimFor(data.goals());
        }
    }

    private Set<Long> checkSources(WorkspaceContext context, Collection<Long> sourceIds) {
        Set<Long> ids = new LinkedHashSet<>(sourceIds);
        if (ids.size() < 2) {
            throw new InvalidInput(
                    "sourcePersonaIds", "Choose at least two team personas to build a shared persona from.");
        }
        for (long id : ids) {
            Persona source = persona(context, id, "sourcePersonaIds");
            if (source.kind() != PersonaKind.TEAM) {
                throw new InvalidInput(
                        "sourcePersonaIds", source.name() + " is a shared persona; build from team personas.");
            }
        }
        return ids;
    }

    private List<Source> sourcesOf(WorkspaceContext context, Set<Long> ids) {
        return ids.stream()
                .map(id -> persona(context, id, "sourcePersonaIds"))
                .map(p -> new Source(p.id(), p.name(), p.motivations(), p.frustrations(), p.goals()))
                .toList();
    }

    private void checkTeam(WorkspaceContext context, long teamId) {
        if (workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new InvalidInput("teamId", "There is no team " + teamId + " in this workspace.");
        }
    }

    private Persona persona(WorkspaceContext context, long personaId, @Nullable String field) {
        return personas.findByIdAndWorkspaceId(personaId, context.id())
                .orElseThrow(() -> new PersonaNotFound(field, personaId));
    }

    private Function<Persona, PersonaView> views(WorkspaceContext context, List<Persona> page) {
        Map<Long, String> teamNames =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
        Set<Long> sourceIds = page.stream().flatMap(p -> p.sources().stream()).collect(Collectors.toSet());
        Map<Long, Persona> sources = sourceIds.isEmpty()
                ? Map.of()
                : personas.findAllById(sourceIds).stream().collect(Collectors.toMap(Persona::id, p -> p));
        return p -> new PersonaView(
                p.id(),
                p.name(),
                p.summary(),
                p.kind(),
                p.teamId(),
                p.teamId() == null ? null : teamNames.get(p.teamId()),
                p.quote(),
                Persona.initials(p.name()),
                p.demographics(),
                p.motivations(),
                p.frustrations(),
                p.goals(),
                p.sources().stream()
                        .filter(sources::containsKey)
                        .map(sources::get)
                        .map(s -> new PersonaRef(s.id(), s.name(), s.kind()))
                        .sorted(Comparator.comparing(PersonaRef::name))
                        .toList(),
                p.createdAt(),
                p.version());
    }

    // ---- user goals ---------------------------------------------------------------------------

    /** How many insights prove each of these user goals (absent: none), as the evidence module counts them. */
    Map<Long, Long> insightCounts(String slug, long userId, Collection<Long> goalIds) {
        WorkspaceContext context = workspaces.access(slug, userId);
        UserGoalEvidence counter = evidence.getIfUnique();
        return counter == null || goalIds.isEmpty()
                ? Map.of()
                : counter.insightsProvingUserGoals(context.id(), goalIds);
    }

    public Page<UserGoalView> userGoals(
            String slug, long userId, @Nullable Long personaId, @Nullable Integer importance, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (personaId != null) {
            persona(context, personaId, "persona");
        }
        if (importance != null && (importance < 1 || importance > 5)) {
            throw new InvalidInput("importance", "Importance goes from 1 to 5.");
        }
        Page<UserGoal> page = goals.search(context.id(), personaId, importance, pageable);
        return page.map(goalViews(context));
    }

    /** The user goals of one persona, most important first (also for other modules). */
    public List<UserGoalView> userGoalsOf(WorkspaceContext context, long personaId) {
        return goals.findByWorkspaceIdAndPersonaIdOrderByImportanceDescIdAsc(context.id(), personaId).stream()
                .map(goalViews(context))
                .toList();
    }

    /** Every user goal of the workspace, persona by persona (by name), most important first: for pickers. */
    public List<UserGoalView> allUserGoals(WorkspaceContext context) {
        return goals.findByWorkspaceIdOrderByImportanceDescIdAsc(context.id()).stream()
                .map(goalViews(context))
                .sorted(Comparator.comparing(UserGoalView::personaName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The user goals with these ids in the workspace (ids of other workspaces are left out). */
    public List<UserGoalView> userGoals(WorkspaceContext context, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return goals.findByWorkspaceIdAndIdIn(context.id(), ids).stream()
                .map(goalViews(context))
                .toList();
    }

    /** At most {@code limit} of the workspace's user goals whose sentence contains the words, most important first. */
    public List<UserGoalView> findUserGoals(WorkspaceContext context, String words, int limit) {
        return goals.findWords(context.id(), Like.containing(words), Limit.of(limit)).stream()
                .map(goalViews(context))
                .toList();
    }

    public UserGoalView userGoal(String slug, long userId, long goalId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return goalViews(context).apply(goal(context, goalId));
    }

    @Transactional
    public UserGoalView addUserGoal(
            String slug, long userId, long personaId, String sentence, int importance, @Nullable String howWeKnow) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        persona(context, personaId, "personaId");
        UserGoal goal = new UserGoal(context.id(), personaId, sentence, importance);
        goal.knowBecause(howWeKnow);
        return goalViews(context).apply(goals.save(goal));
    }

    /**
     * Changes a user goal; null leaves a part as it is. With {@code startedFrom}, the version the
     * change was made on, a goal changed since is refused ({@link ConcurrentChange}, 409) instead of
     * overwritten. Every wrong field is refused at once.
     */
    @Transactional
    public UserGoalView updateUserGoal(
            String slug,
            long userId,
            long goalId,
            @Nullable Long personaId,
            @Nullable String sentence,
            @Nullable Integer importance,
            @Nullable String howWeKnow,
            @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        UserGoal goal = goal(context, goalId);
        if (startedFrom != null) {
            ConcurrentChange.check("this user goal", startedFrom, goal.version());
        }
        InvalidInputs.checks()
                .check(() -> {
                    if (personaId != null) {
                        persona(context, personaId, "personaId");
                        goal.moveTo(personaId);
                    }
                })
                .check(() -> {
                    if (sentence != null) {
                        goal.reword(sentence);
                    }
                })
                .check(() -> {
                    if (importance != null) {
                        goal.rate(importance);
                    }
                })
                .check(() -> {
                    if (howWeKnow != null) {
                        goal.knowBecause(howWeKnow);
                    }
                })
                .done();
        try {
            goals.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this user goal", goal.version());
        }
        return goalViews(context).apply(goal);
    }

    @Transactional
    public UserGoalView deleteUserGoal(String slug, long userId, long goalId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        UserGoal goal = goal(context, goalId);
        ConcurrentChange.checkDelete("this user goal", startedFrom, goal.version());
        UserGoalView view = goalViews(context).apply(goal);
        goals.delete(goal);
        return view;
    }

    private UserGoal goal(WorkspaceContext context, long goalId) {
        return goals.findByIdAndWorkspaceId(goalId, context.id()).orElseThrow(() -> new UserGoalNotFound(null, goalId));
    }

    private Function<UserGoal, UserGoalView> goalViews(WorkspaceContext context) {
        Map<Long, String> names = personas.findByWorkspaceIdOrderByNameAsc(context.id()).stream()
                .collect(Collectors.toMap(Persona::id, Persona::name));
        return g -> new UserGoalView(
                g.id(),
                g.personaId(),
                names.getOrDefault(g.personaId(), "?"),
                g.sentence(),
                g.importance(),
                g.howWeKnow(),
                g.version());
    }
}
