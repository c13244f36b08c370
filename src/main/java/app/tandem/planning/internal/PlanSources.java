package app.tandem.planning.internal;

import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.WorkspaceLinks;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightRef;
import app.tandem.journey.Journeys;
import app.tandem.journey.PainPointRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.planning.core.Dependency;
import app.tandem.planning.core.Goal;
import app.tandem.planning.core.Item;
import app.tandem.planning.core.Kpi;
import app.tandem.planning.core.PainPoint;
import app.tandem.planning.core.PlanInput;
import app.tandem.planning.core.Team;
import app.tandem.planning.core.UserGoal;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the plan is computed from, out of the other modules' APIs, in a fixed number of
 * queries however many initiatives there are: initiatives with efforts, IT review state and
 * dependencies; their links to goals (with the KPI and the expected change), user goals, insights and
 * journey stages; the goals with their weights from the settings (active and proposed goals only:
 * achieved, missed and dropped ones serve nothing any more); the KPIs with health and remaining
 * gap; the user goals; the reach of the linked insights; the pain points of the linked stages
 * (addressed when a done initiative is linked to them); the teams with their capacities. The caller
 * has checked access.
 */
@Component
@Transactional(readOnly = true)
public class PlanSources {

    /** The weight of a goal whose weight was never set. */
    public static final int DEFAULT_WEIGHT = 3;

    private final Roadmaps roadmaps;
    private final InitiativeLinks links;
    private final Goals goals;
    private final Kpis kpis;
    private final Personas personas;
    private final InsightEvidence evidence;
    private final Journeys journeys;
    private final Workspaces workspaces;

    PlanSources(
            Roadmaps roadmaps,
            InitiativeLinks links,
            Goals goals,
            Kpis kpis,
            Personas personas,
            InsightEvidence evidence,
            Journeys journeys,
            Workspaces workspaces) {
        this.roadmaps = roadmaps;
        this.links = links;
        this.goals = goals;
        this.kpis = kpis;
        this.personas = personas;
        this.evidence = evidence;
        this.journeys = journeys;
        this.workspaces = workspaces;
    }

    /** The input, and the names pages show beside ids. */
    public record Loaded(
            PlanInput input,
            Map<Long, String> teamNames,
            Map<Long, WorkspaceWork.Work> work,
            List<GoalView> allGoals,
            Map<Long, List<String>> guardrails) {}

    public LocalDate today() {
        return roadmaps.today();
    }

    /** Every business goal of the workspace. */
    public List<GoalView> goals(WorkspaceContext context) {
        return goals.all(context);
    }

    public Loaded load(WorkspaceContext context, PlanSettings settings) {
        WorkspaceWork work = roadmaps.work(context);
        WorkspaceLinks linked = links.all(context);

        List<GoalView> allGoals = goals.all(context);
        List<Goal> planGoals = new ArrayList<>();
        for (GoalView goal : allGoals) {
            if (goal.status() == GoalStatus.ACTIVE || goal.status() == GoalStatus.PROPOSED) {
                planGoals.add(new Goal(
                        goal.id(), goal.title(), settings.goalWeights().getOrDefault(goal.id(), DEFAULT_WEIGHT)));
            }
        }
        List<Kpi> planKpis = new ArrayList<>();
        Map<Long, List<String>> guardrails = new HashMap<>();
        for (KpiView kpi : kpis.all(context)) {
            planKpis.add(kpi(kpi));
            if (kpi.hasGuardrail()) {
                kpi.goalIds()
                        .forEach(g -> guardrails
                                .computeIfAbsent(g, k -> new ArrayList<>())
                                .add(kpi.name()));
            }
        }
        List<UserGoal> userGoals = new ArrayList<>();
        for (UserGoalView userGoal : personas.allUserGoals(context)) {
            userGoals.add(new UserGoal(userGoal.id(), userGoal.sentence(), userGoal.importance()));
        }

        Map<Long, List<Item.GoalLink>> goalLinks = new HashMap<>();
        for (WorkspaceLinks.GoalLink link : linked.goals()) {
            goalLinks
                    .computeIfAbsent(link.initiativeId(), k -> new ArrayList<>())
                    .add(new Item.GoalLink(link.goalId(), link.kpiId(), link.expectedChange()));
        }
        Map<Long, List<Item.UserGoalLink>> userGoalLinks = new HashMap<>();
        for (WorkspaceLinks.UserGoalLink link : linked.userGoals()) {
            userGoalLinks
                    .computeIfAbsent(link.initiativeId(), k -> new ArrayList<>())
                    .add(new Item.UserGoalLink(
                            link.userGoalId(), link.effect() == UserGoalEffect.HELPS, link.strength()));
        }
        Set<Long> insightIds = new HashSet<>();
        linked.insights().forEach(l -> insightIds.add(l.targetId()));
        Map<Long, Integer> reach = new HashMap<>();
        for (InsightRef insight : evidence.refs(context, insightIds)) {
            reach.put(insight.id(), insight.reach());
        }
        Map<Long, int[]> insightCounts = new HashMap<>();
        Map<Long, Long> reachTotals = new HashMap<>();
        for (WorkspaceLinks.Link link : linked.insights()) {
            Integer r = reach.get(link.targetId());
            if (r != null) {
                insightCounts.computeIfAbsent(link.initiativeId(), k -> new int[1])[0]++;
                reachTotals.merge(link.initiativeId(), (long) r, Long::sum);
            }
        }
        Map<Long, List<Long>> stages = new HashMap<>();
        Set<Long> stageIds = new HashSet<>();
        for (WorkspaceLinks.Link link : linked.stages()) {
            stages.computeIfAbsent(link.initiativeId(), k -> new ArrayList<>()).add(link.targetId());
            stageIds.add(link.targetId());
        }

        Map<Long, WorkspaceWork.Work> byId = new HashMap<>();
        List<Item> items = new ArrayList<>(work.initiatives().size());
        for (WorkspaceWork.Work w : work.initiatives()) {
            byId.put(w.id(), w);
            int[] count = insightCounts.get(w.id());
            items.add(new Item(
                    w.id(),
                    w.title(),
                    Item.Kind.valueOf(w.kind().name()),
                    Item.Status.valueOf(w.status().name()),
                    w.startDate(),
                    w.dueDate(),
                    Item.Confidence.valueOf(w.confidence().name()),
                    w.effort(),
                    goalLinks.getOrDefault(w.id(), List.of()),
                    userGoalLinks.getOrDefault(w.id(), List.of()),
                    count == null
                            ? Item.Evidence.NONE
                            : new Item.Evidence(count[0], reachTotals.getOrDefault(w.id(), 0L)),
                    Item.ItReview.valueOf(w.itReview().name()),
                    stages.getOrDefault(w.id(), List.of())));
        }

        Set<Long> addressed = new HashSet<>();
        for (WorkspaceLinks.Link link : linked.painPoints()) {
            WorkspaceWork.Work w = byId.get(link.initiativeId());
            if (w != null && w.status() == InitiativeStatus.DONE) {
                addressed.add(link.targetId());
            }
        }
        List<PainPoint> painPoints = new ArrayList<>();
        for (PainPointRef pain : journeys.painPointsOn(context, stageIds)) {
            painPoints.add(new PainPoint(
                    pain.id(),
                    pain.stageId(),
                    pain.journeyId(),
                    pain.text(),
                    pain.severity(),
                    addressed.contains(pain.id())));
        }

        List<Dependency> dependencies = new ArrayList<>(work.dependencies().size());
        for (WorkspaceWork.Handoff h : work.dependencies()) {
            dependencies.add(new Dependency(
                    h.dependantId(),
                    h.providerId(),
                    h.kind().words(),
                    h.handoffDue(),
                    h.delivered(),
                    h.kind() == DependencyKind.NEEDS_FEATURE));
        }

        Map<Long, String> teamNames = new HashMap<>();
        List<Team> teams = new ArrayList<>();
        for (TeamView team : workspaces.allTeams(context)) {
            teamNames.put(team.id(), team.name());
            List<Team.Period> periods = settings.periods().stream()
                    .filter(p -> p.teamId() == team.id())
                    .map(p -> new Team.Period(p.from(), p.to(), p.personWeeks()))
                    .toList();
            teams.add(new Team(team.id(), team.name(), settings.capacities().getOrDefault(team.id(), 0.0), periods));
        }
        PlanInput input =
                new PlanInput(items, dependencies, planGoals, planKpis, userGoals, teams, painPoints, roadmaps.today());
        return new Loaded(input, teamNames, byId, allGoals, guardrails);
    }

    /** A KPI as the plan sees it: the gap from the latest value (or the baseline) to the target. */
    static Kpi kpi(KpiView kpi) {
        double current =
                kpi.latest() == null ? kpi.baselineValue() : kpi.latest().value();
        boolean higher = kpi.direction() == app.tandem.goal.Direction.HIGHER_IS_BETTER;
        double gap = Math.max(0, higher ? kpi.targetValue() - current : current - kpi.targetValue());
        Kpi.Health health = switch (kpi.health().status()) {
            case ON_TRACK -> Kpi.Health.ON_TRACK;
            case AT_RISK -> Kpi.Health.AT_RISK;
            case OFF_TRACK, GUARDRAIL_BREACHED -> Kpi.Health.OFF_TRACK;
            case NO_DATA -> Kpi.Health.UNKNOWN;
        };
        return new Kpi(kpi.id(), kpi.name(), higher, gap, health, kpi.hasGuardrail());
    }
}
