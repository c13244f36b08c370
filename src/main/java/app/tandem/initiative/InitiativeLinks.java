package app.tandem.initiative;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.initiative.internal.Initiative;
import app.tandem.initiative.internal.InitiativeRepository;
import app.tandem.initiative.internal.LinkStore;
import app.tandem.initiative.internal.LinkStore.Kind;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightRef;
import app.tandem.journey.Journeys;
import app.tandem.journey.PainPointRef;
import app.tandem.journey.StageRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an initiative serves and what backs it: the business goals it serves (with the change
 * expected of one of the goal's KPIs), the user goals it helps or hurts, the insights that back it,
 * and the journey stages and pain points it addresses. Viewers read, members and admins change.
 * Everything linked must be the initiative's workspace's ({@link LinkTargetNotFound}, 404 naming the
 * field), a KPI must measure the goal, and every wrong field is refused before anything is saved.
 * Adding a link that exists replaces what it says; removing one that does not exist changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeLinks {

    private final Workspaces workspaces;
    private final InitiativeRepository initiatives;
    private final LinkStore store;
    private final Goals goals;
    private final Kpis kpis;
    private final Personas personas;
    private final InsightEvidence evidence;
    private final Journeys journeys;

    InitiativeLinks(
            Workspaces workspaces,
            InitiativeRepository initiatives,
            LinkStore store,
            Goals goals,
            Kpis kpis,
            Personas personas,
            InsightEvidence evidence,
            Journeys journeys) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.store = store;
        this.goals = goals;
        this.kpis = kpis;
        this.personas = personas;
        this.evidence = evidence;
        this.journeys = journeys;
    }

    /** Everything the initiative is linked to, with names. */
    public LinksView of(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, initiative(context, initiativeId));
    }

    /**
     * Every link of every initiative of the workspace, ids only, in five queries: for planning, which
     * scores work against goals.
     */
    public WorkspaceLinks all(String slug, long userId) {
        return store.workspace(workspaces.access(slug, userId).id());
    }

    /** The same, for a module that has checked access to the workspace already. */
    public WorkspaceLinks all(WorkspaceContext context) {
        return store.workspace(context.id());
    }

    // ---- business goals ---------------------------------------------------------------------------

    /**
     * Links the goal, or replaces what the link says. Refused naming the field: a goal or KPI not of
     * the workspace (404), a KPI that does not measure the goal, a change or a day without a KPI, a
     * change that is no number (400).
     */
    @Transactional
    public LinksView putGoal(String slug, long userId, long initiativeId, long goalId, GoalLinkInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        InvalidInputs.Checks checks = InvalidInputs.checks();
        Optional<GoalView> goal =
                goals.all(context).stream().filter(g -> g.id() == goalId).findFirst();
        checks.check(() -> {
            if (goal.isEmpty()) {
                throw new LinkTargetNotFound("goalId", "business goal", goalId);
            }
        });
        Long kpiId = input.kpiId();
        checks.check(() -> {
            if (kpiId == null) {
                return;
            }
            KpiView kpi = kpis.all(context).stream()
                    .filter(k -> k.id() == kpiId)
                    .findFirst()
                    .orElseThrow(() -> new LinkTargetNotFound("kpiId", "KPI", kpiId));
            if (goal.isPresent() && !kpi.goalIds().contains(goalId)) {
                throw new InvalidInput(
                        "kpiId",
                        "The KPI " + kpi.name() + " does not measure the goal "
                                + goal.get().title() + ": choose one of its KPIs, or none.");
            }
        });
        checks.check(() -> {
            Double change = input.expectedChange();
            if (change == null) {
                return;
            }
            if (kpiId == null) {
                throw new InvalidInput("expectedChange", "Choose the KPI this change is expected of.");
            }
            if (change.isNaN() || change.isInfinite() || Math.abs(change) > GoalLinkInput.CHANGE_MAX) {
                throw new InvalidInput("expectedChange", "Give the expected change as a number in the KPI's unit.");
            }
        });
        checks.check(() -> {
            if (input.byDate() != null && kpiId == null) {
                throw new InvalidInput("byDate", "Choose the KPI first: the day says when it should have moved.");
            }
            PlannedDates.check("byDate", input.byDate());
        });
        checks.done();
        store.putGoal(initiative.id(), goalId, kpiId, input.expectedChange(), input.byDate());
        return view(context, initiative);
    }

    @Transactional
    public LinksView removeGoal(String slug, long userId, long initiativeId, long goalId) {
        return remove(slug, userId, initiativeId, Kind.GOAL, goalId, context -> {
            if (goals.all(context).stream().noneMatch(g -> g.id() == goalId)) {
                throw new LinkTargetNotFound("goalId", "business goal", goalId);
            }
        });
    }

    // ---- user goals -------------------------------------------------------------------------------

    /** Links the user goal as helped or hurt, how much (1–3), or replaces that. */
    @Transactional
    public LinksView putUserGoal(
            String slug, long userId, long initiativeId, long userGoalId, UserGoalLinkInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        InvalidInputs.checks()
                .check(() -> {
                    if (personas.userGoals(context, List.of(userGoalId)).isEmpty()) {
                        throw new LinkTargetNotFound("userGoalId", "user goal", userGoalId);
                    }
                })
                .check(() -> {
                    if (input.effect() == null) {
                        throw new InvalidInput("effect", "Say whether it helps or hurts this user goal.");
                    }
                })
                .check(() -> {
                    Integer strength = input.strength();
                    if (strength == null
                            || strength < UserGoalLinkInput.STRENGTH_MIN
                            || strength > UserGoalLinkInput.STRENGTH_MAX) {
                        throw new InvalidInput("strength", "Say how much, from 1 (a little) to 3 (a lot).");
                    }
                })
                .done();
        store.putUserGoal(
                initiative.id(),
                userGoalId,
                Objects.requireNonNull(input.effect()),
                Objects.requireNonNull(input.strength()));
        return view(context, initiative);
    }

    @Transactional
    public LinksView removeUserGoal(String slug, long userId, long initiativeId, long userGoalId) {
        return remove(slug, userId, initiativeId, Kind.USER_GOAL, userGoalId, context -> {
            if (personas.userGoals(context, List.of(userGoalId)).isEmpty()) {
                throw new LinkTargetNotFound("userGoalId", "user goal", userGoalId);
            }
        });
    }

    // ---- insights, stages, pain points ------------------------------------------------------------

    /** Records that the insight backs the initiative (nothing changes when it does already). */
    @Transactional
    public LinksView addInsight(String slug, long userId, long initiativeId, long insightId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (evidence.refs(context, List.of(insightId)).isEmpty()) {
            throw new LinkTargetNotFound("insightId", "insight", insightId);
        }
        store.add(Kind.INSIGHT, initiative.id(), insightId);
        return view(context, initiative);
    }

    @Transactional
    public LinksView removeInsight(String slug, long userId, long initiativeId, long insightId) {
        return remove(slug, userId, initiativeId, Kind.INSIGHT, insightId, context -> {
            if (evidence.refs(context, List.of(insightId)).isEmpty()) {
                throw new LinkTargetNotFound("insightId", "insight", insightId);
            }
        });
    }

    @Transactional
    public LinksView addStage(String slug, long userId, long initiativeId, long stageId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (journeys.stagesIn(context, List.of(stageId)).isEmpty()) {
            throw new LinkTargetNotFound("stageId", "journey stage", stageId);
        }
        store.add(Kind.STAGE, initiative.id(), stageId);
        return view(context, initiative);
    }

    @Transactional
    public LinksView removeStage(String slug, long userId, long initiativeId, long stageId) {
        return remove(slug, userId, initiativeId, Kind.STAGE, stageId, context -> {
            if (journeys.stagesIn(context, List.of(stageId)).isEmpty()) {
                throw new LinkTargetNotFound("stageId", "journey stage", stageId);
            }
        });
    }

    @Transactional
    public LinksView addPainPoint(String slug, long userId, long initiativeId, long painPointId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (journeys.painPointRefs(context, List.of(painPointId)).isEmpty()) {
            throw new LinkTargetNotFound("painPointId", "pain point", painPointId);
        }
        store.add(Kind.PAIN_POINT, initiative.id(), painPointId);
        return view(context, initiative);
    }

    @Transactional
    public LinksView removePainPoint(String slug, long userId, long initiativeId, long painPointId) {
        return remove(slug, userId, initiativeId, Kind.PAIN_POINT, painPointId, context -> {
            if (journeys.painPointRefs(context, List.of(painPointId)).isEmpty()) {
                throw new LinkTargetNotFound("painPointId", "pain point", painPointId);
            }
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /**
     * Removes the link; when there was none, the target must still be the workspace's ({@code
     * ofWorkspace} throws {@link LinkTargetNotFound}, 404 naming the field): unlinking what is not
     * linked changes nothing, unlinking what is not there is refused.
     */
    private LinksView remove(
            String slug,
            long userId,
            long initiativeId,
            Kind kind,
            long targetId,
            Consumer<WorkspaceContext> ofWorkspace) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (!store.remove(kind, initiative.id(), targetId)) {
            ofWorkspace.accept(context);
        }
        return view(context, initiative);
    }

    private Initiative initiative(WorkspaceContext context, long initiativeId) {
        return initiatives
                .findByIdAndWorkspaceId(initiativeId, context.id())
                .orElseThrow(() -> new InitiativeNotFound(initiativeId));
    }

    private LinksView view(WorkspaceContext context, Initiative initiative) {
        long id = initiative.id();
        List<LinksView.GoalLink> goalLinks = List.of();
        List<WorkspaceLinks.GoalLink> goalRows = store.goalLinks(id);
        if (!goalRows.isEmpty()) {
            Map<Long, GoalView> goalsById =
                    goals.all(context).stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
            boolean anyKpi = goalRows.stream().anyMatch(g -> g.kpiId() != null);
            Map<Long, KpiView> kpisById = anyKpi
                    ? kpis.all(context).stream().collect(Collectors.toMap(KpiView::id, Function.identity()))
                    : Map.of();
            goalLinks = goalRows.stream()
                    .filter(g -> goalsById.containsKey(g.goalId()))
                    .map(g -> goalLink(goalsById.get(g.goalId()), g, kpisById, initiative.dueDate()))
                    .sorted(Comparator.comparing(LinksView.GoalLink::goalTitle, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        List<WorkspaceLinks.UserGoalLink> userGoalRows = store.userGoalLinks(id);
        Map<Long, UserGoalView> userGoals =
                personas
                        .userGoals(
                                context,
                                userGoalRows.stream().map(u -> u.userGoalId()).toList())
                        .stream()
                        .collect(Collectors.toMap(UserGoalView::id, Function.identity()));
        List<LinksView.UserGoalLink> userGoalLinks = userGoalRows.stream()
                .filter(u -> userGoals.containsKey(u.userGoalId()))
                .map(u -> {
                    UserGoalView g = userGoals.get(u.userGoalId());
                    return new LinksView.UserGoalLink(
                            g.id(),
                            g.sentence(),
                            g.personaId(),
                            g.personaName(),
                            g.importance(),
                            u.effect(),
                            u.strength());
                })
                .sorted(Comparator.comparing(LinksView.UserGoalLink::effect)
                        .thenComparing(Comparator.comparingInt(LinksView.UserGoalLink::strength)
                                .reversed()))
                .toList();
        List<LinksView.InsightLink> insightLinks = evidence.refs(context, store.ids(Kind.INSIGHT, id)).stream()
                .map((InsightRef i) -> new LinksView.InsightLink(i.id(), i.title(), i.reach(), i.strength()))
                .toList();
        List<LinksView.StageLink> stageLinks = journeys.stageRefs(context, store.ids(Kind.STAGE, id)).stream()
                .map((StageRef s) -> new LinksView.StageLink(s.id(), s.journeyId(), s.journeyName(), s.name()))
                .toList();
        List<LinksView.PainPointLink> painPointLinks =
                journeys.painPointRefs(context, store.ids(Kind.PAIN_POINT, id)).stream()
                        .map((PainPointRef p) -> new LinksView.PainPointLink(
                                p.id(), p.journeyId(), p.journeyName(), p.stageName(), p.text(), p.severity()))
                        .toList();
        return new LinksView(id, goalLinks, userGoalLinks, insightLinks, stageLinks, painPointLinks);
    }

    private static LinksView.GoalLink goalLink(
            GoalView goal, WorkspaceLinks.GoalLink row, Map<Long, KpiView> kpisById, LocalDate dueDate) {
        KpiView kpi = row.kpiId() == null ? null : kpisById.get(row.kpiId());
        if (kpi == null) {
            return new LinksView.GoalLink(goal.id(), goal.title(), null, null, null, null, null, false);
        }
        Double change = row.expectedChange();
        @Nullable String expected = change == null ? null : kpi.unit().formatChange(change);
        LocalDate by = row.byDate() == null ? dueDate : row.byDate();
        return new LinksView.GoalLink(
                goal.id(), goal.title(), kpi.id(), kpi.name(), change, expected, by, row.byDate() == null);
    }
}
