package app.tandem.goal;

import app.tandem.goal.internal.Directory;
import app.tandem.goal.internal.Goal;
import app.tandem.goal.internal.GoalRepository;
import app.tandem.goal.internal.Kpi;
import app.tandem.goal.internal.KpiRepository;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business goals of a workspace: shared by teams, owned by one person, nested as sub-goals. Every
 * method checks the acting person's role first; another workspace's goal answers {@link GoalNotFound}.
 */
@Service
@Transactional(readOnly = true)
public class Goals {

    private final Workspaces workspaces;
    private final GoalRepository goals;
    private final KpiRepository kpis;
    private final Directory directory;

    Goals(Workspaces workspaces, GoalRepository goals, KpiRepository kpis, Directory directory) {
        this.workspaces = workspaces;
        this.goals = goals;
        this.kpis = kpis;
        this.directory = directory;
    }

    /** Goals of the workspace, optionally only those a team shares ({@code team} is its id or name). */
    public Page<GoalView> list(String slug, long userId, @Nullable String team, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Directory.Snapshot directory = this.directory.of(context);
        Page<Goal> page = team == null || team.isBlank()
                ? goals.findByWorkspaceIdOrderByPeriodStartAscTitleAsc(context.id(), pageable)
                : goals.findByWorkspaceIdAndTeam(context.id(), directory.team(team, "team"), pageable);
        return page.map(views(context, directory));
    }

    /** Every goal of the workspace, parents before their sub-goals, for the goal tree and pickers. */
    public List<GoalView> all(WorkspaceContext context) {
        List<Goal> all = goals.findByWorkspaceIdOrderByPeriodStartAscTitleAsc(context.id());
        Function<Goal, GoalView> view = views(context, directory.of(context), all);
        return all.stream().map(view).toList();
    }

    public GoalView get(String slug, long userId, long goalId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return views(context, directory.of(context)).apply(goal(context, goalId));
    }

    @Transactional
    public GoalView create(String slug, long userId, GoalInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Directory.Snapshot directory = this.directory.of(context);
        check(context, directory, input, null);
        Goal goal = goals.save(new Goal(context.id(), input));
        return views(context, directory).apply(goal);
    }

    /**
     * Replaces a goal's fields. {@code startedFrom} is the version the change was made on: a goal
     * changed since is refused ({@link ConcurrentChange}, 409) instead of overwritten, and nothing is
     * saved.
     */
    @Transactional
    public GoalView update(String slug, long userId, long goalId, GoalInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        if (input.parentId() != null) {
            // two goals made each other's parent at the same moment each passed the cycle check
            // (an API probe): a change of parent holds the workspace, before any goal is read
            workspaces.holdWorkspace(context);
        }
        Directory.Snapshot directory = this.directory.of(context);
        Goal goal = goal(context, goalId);
        ConcurrentChange.check("this goal", startedFrom, goal.version());
        check(context, directory, input, goalId);
        goal.define(input);
        try {
            goals.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this goal", startedFrom, goal.version());
        }
        return views(context, directory).apply(goal);
    }

    /** Deletes a goal; its sub-goals become top-level goals and its KPIs stop measuring it. */
    @Transactional
    public void delete(String slug, long userId, long goalId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Goal goal = goal(context, goalId);
        ConcurrentChange.checkDelete("this goal", startedFrom, goal.version());
        goals.findByWorkspaceIdAndParentId(context.id(), goalId).forEach(Goal::detachFromParent);
        kpis.findByWorkspaceIdAndGoal(context.id(), goalId).forEach(k -> k.forgetGoal(goalId));
        goals.delete(goal);
    }

    /** Refuses a goal that is not the workspace's: {@link GoalNotFound} naming {@code field}. */
    public void check(WorkspaceContext context, long goalId, String field) {
        if (goals.findByIdAndWorkspaceId(goalId, context.id()).isEmpty()) {
            throw new GoalNotFound(field, "No goal " + goalId + " in this workspace.");
        }
    }

    private Goal goal(WorkspaceContext context, long goalId) {
        return goals.findByIdAndWorkspaceId(goalId, context.id()).orElseThrow(() -> new GoalNotFound(goalId));
    }

    private void check(WorkspaceContext context, Directory.Snapshot directory, GoalInput input, @Nullable Long goalId) {
        directory.checkTeams(input.teamIds(), "teamIds");
        directory.checkPerson(input.ownerId(), "ownerId");
        Long parentId = input.parentId();
        if (parentId == null) {
            return;
        }
        // walk up from the new parent: meeting this goal would make a cycle
        Long current = parentId;
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (current.equals(goalId)) {
                throw new InvalidInput("parentId", "A goal cannot be a sub-goal of itself or of its own sub-goals.");
            }
            Long id = current;
            Goal parent = goals.findByIdAndWorkspaceId(id, context.id())
                    .orElseThrow(() -> new GoalNotFound("parentId", "No goal " + id + " in this workspace."));
            current = parent.parentId();
        }
    }

    private Function<Goal, GoalView> views(WorkspaceContext context, Directory.Snapshot directory) {
        return views(context, directory, goals.findByWorkspaceIdOrderByPeriodStartAscTitleAsc(context.id()));
    }

    /**
     * Views of goals of the workspace, {@code all} its goals. The KPIs' goal ids and the goals'
     * team ids are each loaded in batches ({@code @BatchSize}), not a query per KPI or goal.
     */
    private Function<Goal, GoalView> views(WorkspaceContext context, Directory.Snapshot directory, List<Goal> all) {
        Map<Long, String> titles = all.stream().collect(Collectors.toMap(Goal::id, Goal::title));
        Map<Long, List<Ref>> children = new HashMap<>();
        for (Goal g : all) {
            if (g.parentId() != null) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(new Ref(g.id(), g.title()));
            }
        }
        Map<Long, List<KpiRef>> measuredBy = new HashMap<>();
        for (Kpi kpi : kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id())) {
            for (Long goalId : kpi.goalIds()) {
                measuredBy
                        .computeIfAbsent(goalId, k -> new ArrayList<>())
                        .add(new KpiRef(kpi.id(), kpi.name(), kpi.health()));
            }
        }
        return goal -> new GoalView(
                goal.id(),
                goal.title(),
                goal.description(),
                goal.periodStart(),
                goal.periodEnd(),
                goal.status(),
                goal.parentId() == null || !titles.containsKey(goal.parentId())
                        ? null
                        : new Ref(goal.parentId(), titles.get(goal.parentId())),
                directory.person(goal.ownerUserId()),
                directory.teams(goal.teamIds()),
                children.getOrDefault(goal.id(), List.of()).stream()
                        .sorted(Comparator.comparing(Ref::name))
                        .toList(),
                measuredBy.getOrDefault(goal.id(), List.of()),
                goal.version());
    }
}
