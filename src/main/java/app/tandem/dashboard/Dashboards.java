package app.tandem.dashboard;

import app.tandem.dashboard.DashboardView.Bar;
import app.tandem.dashboard.DashboardView.Choice;
import app.tandem.dashboard.DashboardView.DependencyRisk;
import app.tandem.dashboard.DashboardView.GoalNode;
import app.tandem.dashboard.DashboardView.InitiativeLeaf;
import app.tandem.dashboard.DashboardView.KpiLeaf;
import app.tandem.dashboard.DashboardView.Lane;
import app.tandem.dashboard.DashboardView.Risks;
import app.tandem.dashboard.DashboardView.RoadmapOutlook;
import app.tandem.dashboard.DashboardView.ScoreAt;
import app.tandem.dashboard.DashboardView.TeamAlignment;
import app.tandem.dashboard.DashboardView.TeamWork;
import app.tandem.dashboard.DashboardView.Untraced;
import app.tandem.dashboard.DashboardView.UserGoalNode;
import app.tandem.dashboard.internal.AlignmentScores;
import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementView;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.Roadmap;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.WorkspaceLinks;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.insight.Insights;
import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckIns;
import app.tandem.persona.PersonaKind;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.planning.Plans;
import app.tandem.review.Participation;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the alignment dashboard of a workspace from the public APIs of the modules that own the
 * data, in a bounded number of queries whatever the workspace's size: every goal, KPI, initiative,
 * link and user goal is read once for the whole page. Computing it records each team's alignment
 * score for today, so the trend over the last check-ins builds up as teams meet.
 */
@Service
public class Dashboards {

    /** The periods the dashboard's counts can cover, in days. */
    public static final List<Integer> PERIODS = List.of(30, 90);

    /** How many past check-ins the alignment trend goes back. */
    static final int TREND_CHECK_INS = 6;

    /** How many of a KPI's latest measurements its sparkline in the goal tree draws. */
    static final int SPARK_POINTS = 12;

    /** The most goals the goal tree draws (active ones first). */
    static final int MAX_GOALS = 50;

    /** The most risks of each kind the dashboard lists. */
    static final int MAX_RISKS = 50;

    private static final Set<InitiativeStatus> COMMITTED =
            Set.of(InitiativeStatus.COMMITTED, InitiativeStatus.IN_PROGRESS);

    private final Workspaces workspaces;
    private final app.tandem.goal.Goals goals;
    private final Kpis kpis;
    private final Initiatives initiatives;
    private final Roadmaps roadmaps;
    private final InitiativeLinks links;
    private final Personas personas;
    private final Plans plans;
    private final CheckIns checkIns;
    private final Participation participation;
    private final Insights insights;
    private final AlignmentScores scores;
    private final KpiTrends kpiTrends;

    Dashboards(
            Workspaces workspaces,
            app.tandem.goal.Goals goals,
            Kpis kpis,
            Initiatives initiatives,
            Roadmaps roadmaps,
            InitiativeLinks links,
            Personas personas,
            Plans plans,
            CheckIns checkIns,
            Participation participation,
            Insights insights,
            AlignmentScores scores,
            KpiTrends kpiTrends) {
        this.workspaces = workspaces;
        this.goals = goals;
        this.kpis = kpis;
        this.initiatives = initiatives;
        this.roadmaps = roadmaps;
        this.links = links;
        this.personas = personas;
        this.plans = plans;
        this.checkIns = checkIns;
        this.participation = participation;
        this.insights = insights;
        this.scores = scores;
        this.kpiTrends = kpiTrends;
    }

    /**
     * The dashboard of the workspace, narrowed by the filter; refused naming the field when the team
     * or the goal is not the workspace's or the period is not one of {@link #PERIODS}. One read-only
     * transaction: the parts asked of other modules read the workspace's initiatives and links once
     * ({@link app.tandem.support.ReadOnce}), and they all see the same moment.
     */
    @Transactional(readOnly = true)
    public DashboardView dashboard(String slug, long userId, DashboardFilter filter) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (!PERIODS.contains(filter.days())) {
            throw new InvalidInput("days", "Choose a period of 30 or 90 days.");
        }
        List<TeamView> teams = workspaces.allTeams(context);
        if (filter.teamId() != null && teams.stream().noneMatch(t -> t.id() == filter.teamId())) {
            throw new InvalidInput("team", "Choose one of the workspace's teams.");
        }
        List<GoalView> everyGoal = goals.all(context);
        List<GoalView> allGoals = everyGoal.stream()
                .filter(g -> g.status() != GoalStatus.DROPPED)
                .sorted(Comparator.comparing((GoalView g) -> g.status() != GoalStatus.ACTIVE)
                        .thenComparing(GoalView::periodEnd)
                        .thenComparing(GoalView::id))
                .toList();
        if (filter.goalId() != null && allGoals.stream().noneMatch(g -> g.id() == filter.goalId())) {
            throw new InvalidInput("goal", "Choose one of the workspace's business goals.");
        }
        LocalDate today = roadmaps.today();
        Work work = new Work(roadmaps.work(context), links.all(context), initiatives.atRisk(slug, userId));
        Map<Long, String> teamNames = new LinkedHashMap<>();
        teams.forEach(t -> teamNames.put(t.id(), t.name()));
        Map<Long, GoalStatus> goalStatus = new HashMap<>();
        everyGoal.forEach(g -> goalStatus.put(g.id(), g.status()));
        Map<Long, UserGoalView> userGoals = new HashMap<>();
        personas.allUserGoals(context).forEach(u -> userGoals.put(u.id(), u));
        Set<Long> sharedPersonas = new HashSet<>();
        for (PersonaRef p : personas.refs(context)) {
            if (p.kind() == PersonaKind.SHARED) {
                sharedPersonas.add(p.id());
            }
        }
        Predicate<Long> servesGoal = filter.goalId() == null ? id -> true : id -> work.serves(id, filter.goalId());

        List<GoalView> shownGoals = allGoals.stream()
                .filter(g -> filter.goalId() == null || g.id() == filter.goalId())
                .limit(MAX_GOALS)
                .toList();
        List<GoalNode> tree =
                goalTree(context, shownGoals, filter.teamId(), work, userGoals, sharedPersonas, teamNames);
        List<TeamAlignment> alignment = alignment(
                context, slug, userId, today, teams, filter.teamId(), work, goalStatus, userGoals, sharedPersonas);

        Plans.Glance glance = plans.glance(context);
        Risks risks = risks(context, today, filter, glance, work, servesGoal);
        RoadmapOutlook roadmap = roadmap(slug, userId, today, filter.teamId(), glance, servesGoal);

        return new DashboardView(
                filter,
                today,
                teams.stream().map(t -> new Choice(t.id(), t.name())).toList(),
                allGoals.stream().map(g -> new Choice(g.id(), g.title())).toList(),
                tree,
                alignment,
                kpiTrends.trends(context, filter.teamId(), filter.goalId()),
                risks,
                roadmap,
                participation.matrix(slug, userId, filter.days()),
                insights.evidenceFlow(context, filter.days(), filter.teamId(), evidenceOn(filter.goalId(), work)));
    }

    /**
     * The user goals whose evidence the flow counts when the dashboard is narrowed to a business goal:
     * those its initiatives (not dropped) help, as the goal tree shows them; null: every insight.
     */
    private static @Nullable Set<Long> evidenceOn(@Nullable Long goalId, Work work) {
        if (goalId == null) {
            return null;
        }
        Set<Long> userGoals = new HashSet<>();
        work.serving(goalId).stream()
                .filter(w -> w.status() != InitiativeStatus.DROPPED)
                .forEach(w -> userGoals.addAll(work.helpedUserGoals(w.id())));
        return userGoals;
    }

    // ---- the goal tree ------------------------------------------------------------------------

    private List<GoalNode> goalTree(
            WorkspaceContext context,
            List<GoalView> shown,
            @Nullable Long teamId,
            Work work,
            Map<Long, UserGoalView> userGoals,
            Set<Long> sharedPersonas,
            Map<Long, String> teamNames) {
        List<KpiView> allKpis = kpis.all(context);
        Set<Long> kpiIds = new HashSet<>();
        for (KpiView k : allKpis) {
            if (k.goalIds().stream().anyMatch(id -> shown.stream().anyMatch(g -> g.id() == id))) {
                kpiIds.add(k.id());
            }
        }
        Map<Long, List<MeasurementView>> charts =
                kpiIds.isEmpty() ? Map.of() : kpis.charts(context, kpiIds, SPARK_POINTS);
        List<GoalNode> nodes = new ArrayList<>();
        for (GoalView goal : shown) {
            List<KpiLeaf> leaves = allKpis.stream()
                    .filter(k -> k.goalIds().contains(goal.id()))
                    .map(k -> kpiLeaf(k, charts.getOrDefault(k.id(), List.of())))
                    .toList();
            List<WorkspaceWork.Work> serving = work.serving(goal.id()).stream()
                    .filter(w -> w.status() != InitiativeStatus.DROPPED)
                    .filter(w -> teamId == null || teamId.equals(w.proposingTeamId()))
                    .sorted(Comparator.comparing(WorkspaceWork.Work::dueDate).thenComparing(WorkspaceWork.Work::id))
                    .toList();
            Map<Long, List<WorkspaceWork.Work>> byUserGoal = new LinkedHashMap<>();
            List<WorkspaceWork.Work> without = new ArrayList<>();
            for (WorkspaceWork.Work w : serving) {
                List<Long> helped = work.helpedUserGoals(w.id());
                if (helped.isEmpty()) {
                    without.add(w);
                }
                helped.forEach(u ->
                        byUserGoal.computeIfAbsent(u, x -> new ArrayList<>()).add(w));
            }
            List<UserGoalNode> userGoalNodes = new ArrayList<>();
            byUserGoal.forEach((id, ws) -> {
                UserGoalView u = userGoals.get(id);
                if (u != null) {
                    userGoalNodes.add(new UserGoalNode(
                            u.id(),
                            u.sentence(),
                            u.personaId(),
                            u.personaName(),
                            sharedPersonas.contains(u.personaId()),
                            byTeam(ws, work, teamNames)));
                }
            });
            userGoalNodes.sort(
                    Comparator.comparing((UserGoalNode n) -> !n.shared()).thenComparing(UserGoalNode::id));
            nodes.add(new GoalNode(
                    goal.id(),
                    goal.title(),
                    goal.status().label(),
                    goal.periodEnd(),
                    leaves,
                    userGoalNodes,
                    byTeam(without, work, teamNames)));
        }
        return nodes;
    }

    private static KpiLeaf kpiLeaf(KpiView kpi, List<MeasurementView> measurements) {
        List<Double> spark = measurements.stream()
                .skip(Math.max(0, measurements.size() - 12))
                .map(MeasurementView::value)
                .toList();
        return new KpiLeaf(
                kpi.id(),
                kpi.name(),
                kpi.health().status().css(),
                kpi.health().status().label(),
                kpi.latest() == null
                        ? "no measurement yet"
                        : kpi.format(kpi.latest().value()),
                spark);
    }

    private static List<TeamWork> byTeam(List<WorkspaceWork.Work> ws, Work work, Map<Long, String> teamNames) {
        Map<Long, List<InitiativeLeaf>> byTeam = new LinkedHashMap<>();
        List<InitiativeLeaf> noTeam = new ArrayList<>();
        for (WorkspaceWork.Work w : ws) {
            InitiativeLeaf leaf =
                    new InitiativeLeaf(w.id(), w.title(), w.status().label(), work.atRisk(w.id()));
            Long team = w.proposingTeamId();
            if (team == null || !teamNames.containsKey(team)) {
                noTeam.add(leaf);
            } else {
                byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(leaf);
            }
        }
        List<TeamWork> teams = new ArrayList<>();
        byTeam.entrySet().stream()
                .sorted(Comparator.comparing(e -> teamNames.get(e.getKey()), String.CASE_INSENSITIVE_ORDER))
                .forEach(
                        e -> teams.add(new TeamWork(e.getKey(), teamNames.get(e.getKey()), List.copyOf(e.getValue()))));
        if (!noTeam.isEmpty()) {
            teams.add(new TeamWork(null, "No team", List.copyOf(noTeam)));
        }
        return teams;
    }

    // ---- alignment ----------------------------------------------------------------------------

    private List<TeamAlignment> alignment(
            WorkspaceContext context,
            String slug,
            long userId,
            LocalDate today,
            List<TeamView> teams,
            @Nullable Long teamId,
            Work work,
            Map<Long, GoalStatus> goalStatus,
            Map<Long, UserGoalView> userGoals,
            Set<Long> sharedPersonas) {
        Map<Long, double[]> weeks = new HashMap<>();
        Map<Long, List<Untraced>> untraced = new HashMap<>();
        for (WorkspaceWork.Work w : work.all().initiatives()) {
            if (!COMMITTED.contains(w.status())) {
                continue;
            }
            boolean sharedUserGoal = work.helpedUserGoals(w.id()).stream()
                    .map(userGoals::get)
                    .anyMatch(u -> u != null && sharedPersonas.contains(u.personaId()));
            boolean activeGoal = work.goalsOf(w.id()).stream().anyMatch(g -> goalStatus.get(g) == GoalStatus.ACTIVE);
            w.effort().forEach((team, pw) -> {
                if (pw <= 0) {
                    return;
                }
                double[] figures = weeks.computeIfAbsent(team, t -> new double[2]);
                figures[1] += pw;
                if (sharedUserGoal && activeGoal) {
                    figures[0] += pw;
                } else {
                    untraced.computeIfAbsent(team, t -> new ArrayList<>())
                            .add(new Untraced(w.id(), w.title(), pw, lacks(sharedUserGoal, activeGoal)));
                }
            });
        }
        List<AlignmentScores.Today> recorded = new ArrayList<>();
        weeks.forEach((team, f) -> recorded.add(new AlignmentScores.Today(team, f[0] / f[1], f[0], f[1])));
        scores.record(context.id(), today, recorded);

        Map<Long, List<AlignmentScores.Scored>> trend = scores.at(context.id(), pastCheckIns(slug, userId));
        List<TeamAlignment> result = new ArrayList<>();
        for (TeamView team : teams) {
            if (teamId != null && team.id() != teamId) {
                continue;
            }
            double[] f = weeks.getOrDefault(team.id(), new double[2]);
            Double score = f[1] > 0 ? f[0] / f[1] : null;
            List<Untraced> left = untraced.getOrDefault(team.id(), List.of()).stream()
                    .sorted(Comparator.comparingDouble(Untraced::weeks)
                            .reversed()
                            .thenComparing(Untraced::initiativeId))
                    .toList();
            List<ScoreAt> points = trend.getOrDefault(team.id(), List.of()).stream()
                    .map(s -> new ScoreAt(s.on(), s.score()))
                    .toList();
            result.add(new TeamAlignment(
                    team.id(),
                    team.name(),
                    score,
                    f[0],
                    f[1],
                    left,
                    points,
                    explain(team.name(), score, f, left, points)));
        }
        return result;
    }

    /** The dates of the last check-ins that took place (not cancelled), oldest first. */
    private List<LocalDate> pastCheckIns(String slug, long userId) {
        Instant now = Instant.now();
        List<CheckInSummary> past =
                checkIns
                        .list(slug, userId, now.minusSeconds(400L * 24 * 3600), PageRequest.of(0, 200))
                        .getContent()
                        .stream()
                        .filter(c -> c.startsAt().isBefore(now) && c.state() != CheckInState.CANCELLED)
                        .toList();
        return past.stream()
                .skip(Math.max(0, past.size() - TREND_CHECK_INS))
                .map(CheckInSummary::date)
                .toList();
    }

    private static String lacks(boolean sharedUserGoal, boolean activeGoal) {
        if (!sharedUserGoal && !activeGoal) {
            return "no shared persona's user goal and no active business goal";
        }
        return sharedUserGoal ? "no active business goal" : "no shared persona's user goal";
    }

    static String explain(
            String team, @Nullable Double score, double[] weeks, List<Untraced> untraced, List<ScoreAt> trend) {
        if (score == null) {
            return team + " has no committed or in-progress work with effort, so there is nothing to score yet.";
        }
        StringBuilder words = new StringBuilder()
                .append(weeks(weeks[0]))
                .append(" of ")
                .append(team)
                .append("'s ")
                .append(weeks(weeks[1]))
                .append(" in committed and in-progress work ")
                .append(weeks[0] == 1 ? "serves" : "serve")
                .append(" both a shared persona's user goal and an active business goal: ")
                .append(Math.round(score * 100))
                .append("%.");
        if (!untraced.isEmpty()) {
            Untraced biggest = untraced.getFirst();
            words.append(" The largest piece not traced is “")
                    .append(biggest.title())
                    .append("” (")
                    .append(weeks(biggest.weeks()))
                    .append(", ")
                    .append(biggest.lacks())
                    .append(").");
        }
        if (!trend.isEmpty()) {
            ScoreAt first = trend.getFirst();
            long then = Math.round(first.score() * 100);
            long now = Math.round(score * 100);
            words.append(now == then ? " Unchanged" : now > then ? " Up" : " Down")
                    .append(now == then ? " since " : " from " + then + "% at ")
                    .append("the check-in of ")
                    .append(first.date().getDayOfMonth())
                    .append(' ')
                    .append(first.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                    .append('.');
        }
        return words.toString();
    }

    private static String weeks(double pw) {
        String number = pw == Math.rint(pw) ? String.valueOf((long) pw) : String.format(Locale.ROOT, "%.1f", pw);
        return number + (pw == 1 ? " person-week" : " person-weeks");
    }

    // ---- risks and the roadmap ----------------------------------------------------------------

    private Risks risks(
            WorkspaceContext context,
            LocalDate today,
            DashboardFilter filter,
            Plans.Glance glance,
            Work work,
            Predicate<Long> servesGoal) {
        Predicate<Long> ofTeam = filter.teamId() == null ? id -> true : id -> work.involves(id, filter.teamId());
        List<app.tandem.planning.PlanView.ConflictView> conflicts = glance.conflicts().stream()
                .filter(c -> filter.teamId() == null && filter.goalId() == null
                        || c.initiatives().stream().anyMatch(i -> ofTeam.test(i.id()) && servesGoal.test(i.id())))
                .limit(MAX_RISKS)
                .toList();
        List<DependencyRisk> dependencies = initiatives.dependenciesAtRisk(context, 200).stream()
                .filter(a -> (ofTeam.test(a.provider().id())
                                || ofTeam.test(a.dependant().id()))
                        && (servesGoal.test(a.provider().id())
                                || servesGoal.test(a.dependant().id())))
                .limit(MAX_RISKS)
                .map(a -> new DependencyRisk(
                        a.dependencyId(),
                        a.provider().id(),
                        a.provider().title(),
                        a.dependant().id(),
                        a.dependant().title(),
                        a.kind().label(),
                        a.handoffDue(),
                        a.riskReasons()))
                .toList();
        List<Initiatives.HandOff> handOffs =
                initiatives.handOffsDue(context, today.plusDays(30), filter.goalId(), MAX_RISKS).earliest().stream()
                        .filter(h -> filter.teamId() == null
                                || h.fromTeam() != null && h.fromTeam().id() == filter.teamId()
                                || h.toTeam() != null && h.toTeam().id() == filter.teamId())
                        .toList();
        return new Risks(conflicts, dependencies, handOffs);
    }

    private RoadmapOutlook roadmap(
            String slug,
            long userId,
            LocalDate today,
            @Nullable Long teamId,
            Plans.Glance glance,
            Predicate<Long> servesGoal) {
        LocalDate from = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate to = from.plusMonths(9).minusDays(1);
        Roadmap roadmap = roadmaps.roadmap(slug, userId, from.toString(), to.toString(), false);
        List<Lane> lanes = new ArrayList<>();
        for (Roadmap.Lane lane : roadmap.lanes()) {
            Long laneTeam = lane.team() == null ? null : lane.team().id();
            if (teamId != null && !teamId.equals(laneTeam)) {
                continue;
            }
            List<Bar> bars = lane.bars().stream()
                    .filter(b -> servesGoal.test(b.id()))
                    .map(b -> {
                        Plans.Glance.Dates planned = glance.dates().get(b.id());
                        return new Bar(
                                b.id(),
                                b.title(),
                                b.status().label(),
                                COMMITTED.contains(b.status()),
                                b.startDate(),
                                b.dueDate(),
                                planned == null ? null : planned.start(),
                                planned == null ? null : planned.end());
                    })
                    .toList();
            if (!bars.isEmpty()) {
                lanes.add(new Lane(laneTeam, lane.name(), bars));
            }
        }
        return new RoadmapOutlook(from, to, lanes);
    }

    /** The workspace's work and its links, indexed for the questions the dashboard asks. */
    private static final class Work {

        private final WorkspaceWork all;
        private final Map<Long, WorkspaceWork.Work> byId = new HashMap<>();
        private final Map<Long, List<Long>> goalsOf = new HashMap<>();
        private final Map<Long, List<WorkspaceWork.Work>> serving = new HashMap<>();
        private final Map<Long, List<Long>> helped = new HashMap<>();
        private final Set<Long> atRisk;

        Work(WorkspaceWork all, WorkspaceLinks links, Set<Long> atRisk) {
            this.all = all;
            this.atRisk = atRisk;
            all.initiatives().forEach(w -> byId.put(w.id(), w));
            for (WorkspaceLinks.GoalLink link : links.goals()) {
                WorkspaceWork.Work w = byId.get(link.initiativeId());
                if (w != null
                        && !goalsOf.computeIfAbsent(w.id(), x -> new ArrayList<>())
                                .contains(link.goalId())) {
                    goalsOf.get(w.id()).add(link.goalId());
                    serving.computeIfAbsent(link.goalId(), x -> new ArrayList<>())
                            .add(w);
                }
            }
            for (WorkspaceLinks.UserGoalLink link : links.userGoals()) {
                if (link.effect() == UserGoalEffect.HELPS) {
                    helped.computeIfAbsent(link.initiativeId(), x -> new ArrayList<>())
                            .add(link.userGoalId());
                }
            }
        }

        WorkspaceWork all() {
            return all;
        }

        List<WorkspaceWork.Work> serving(long goalId) {
            return serving.getOrDefault(goalId, List.of());
        }

        List<Long> goalsOf(long initiativeId) {
            return goalsOf.getOrDefault(initiativeId, List.of());
        }

        List<Long> helpedUserGoals(long initiativeId) {
            return helped.getOrDefault(initiativeId, List.of());
        }

        boolean serves(long initiativeId, long goalId) {
            return goalsOf(initiativeId).contains(goalId);
        }

        boolean atRisk(long initiativeId) {
            return atRisk.contains(initiativeId);
        }

        /** Whether the team proposed the initiative or puts effort into it. */
        boolean involves(long initiativeId, long teamId) {
            WorkspaceWork.Work w = byId.get(initiativeId);
            return w != null
                    && (Long.valueOf(teamId).equals(w.proposingTeamId())
                            || w.effort().getOrDefault(teamId, 0.0) > 0);
        }
    }
}
