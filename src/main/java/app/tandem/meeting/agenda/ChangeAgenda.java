package app.tandem.meeting.agenda;

import app.tandem.goal.Goals;
import app.tandem.goal.Kpis;
import app.tandem.initiative.Initiatives;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.planning.Plans;
import app.tandem.planning.core.PlanChanges;
import app.tandem.planning.core.PlanOutline;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generated agenda: reads what changed since the last check-in through the public APIs of the
 * insight, goal, initiative and planning modules and lets {@link AgendaRules} write it. Each read is
 * bounded (at most {@link #READ} of a kind, the rest only counted).
 *
 * <p>With a business goal, only its KPIs, the initiatives serving it, and the hand-offs, conflicts and
 * plan moves involving them are kept; insights are not filtered (see {@link AgendaRules}). What the
 * modules do not keep a history of is told as well as it can be: a KPI's health then is computed from
 * the measurements recorded before then ({@link Kpis#healthSince}); an initiative's status then comes
 * from its history, but whether it was at risk then is told from the dependencies made before then with
 * today's dates ({@link Initiatives#slippedSince}); the plan moves are counted from its latest saved
 * snapshot, whenever that was taken ({@link Plans#sinceLatestSnapshot}).
 */
@Service
@Transactional(readOnly = true)
public class ChangeAgenda implements Agendas {

    /** The most records of one kind read for an agenda (the rest are counted, not read). */
    static final int READ = 200;

    /** The most new insights grouped into teams and themes. */
    static final int INSIGHTS_READ = 2_000;

    private final Workspaces workspaces;
    private final Insights insights;
    private final Kpis kpis;
    private final Goals goals;
    private final Initiatives initiatives;
    private final Plans plans;
    private final AgendaRules rules;
    private final Clock clock = Clock.systemUTC();

    ChangeAgenda(
            Workspaces workspaces,
            Insights insights,
            Kpis kpis,
            Goals goals,
            Initiatives initiatives,
            Plans plans,
            AgendaProperties properties) {
        this.workspaces = workspaces;
        this.insights = insights;
        this.kpis = kpis;
        this.goals = goals;
        this.initiatives = initiatives;
        this.plans = plans;
        this.rules = new AgendaRules(properties.unacknowledgedAfterDays());
    }

    /**
     * {@inheritDoc} A {@code goalId} of no goal of the workspace is refused ({@code GoalNotFound}); a
     * {@code since} after now leaves nothing new.
     */
    @Override
    public List<AgendaEntry> changesSince(
            WorkspaceContext workspace, Instant since, LocalDate nextCheckIn, @Nullable Long goalId) {
        Instant now = clock.instant();
        AgendaRules.Scope scope = AgendaRules.Scope.WORKSPACE;
        if (goalId != null) {
            goals.get(workspace.slug(), workspace.userId(), goalId);
            scope = new AgendaRules.Scope(goalId, initiatives.serving(workspace, goalId));
        }
        Map<Long, String> teamNames = workspaces.allTeams(workspace).stream()
                .collect(Collectors.toMap(TeamView::id, TeamView::name, (a, b) -> a));

        Insights.Captured captured = insights.capturedSince(workspace, since, INSIGHTS_READ);
        List<AgendaRules.NewInsight> newInsights =
                captured.newest().stream().map(ChangeAgenda::newInsight).toList();

        Insights.Waiting waiting =
                insights.unacknowledged(workspace, now.minus(Duration.ofDays(rules.unacknowledgedAfterDays())), READ);
        List<AgendaRules.Waiting> waitingList = waiting.longest().stream()
                .map(w -> new AgendaRules.Waiting(w.insightId(), w.title(), w.teamId(), w.routedAt()))
                .toList();

        List<AgendaRules.KpiHealth> kpiHealth = kpis.healthSince(workspace, since, goalId).stream()
                .map(h -> new AgendaRules.KpiHealth(
                        h.kpi().id(),
                        h.kpi().name(),
                        h.then(),
                        h.kpi().health().status(),
                        h.kpi().health().explanation(),
                        h.kpi().goalIds(),
                        h.kpi().teamIds()))
                .toList();

        Initiatives.SlippedSince slipped = initiatives.slippedSince(workspace, since, goalId, READ);
        List<AgendaRules.Slipped> slippedList = slipped.initiatives().stream()
                .map(s -> new AgendaRules.Slipped(
                        s.initiative().id(),
                        s.initiative().title(),
                        s.initiative().proposingTeam() == null
                                ? null
                                : s.initiative().proposingTeam().id(),
                        s.initiative().status(),
                        s.initiative().dueDate(),
                        s.becameAtRisk(),
                        s.becameLate(),
                        s.riskReasons()))
                .toList();

        Initiatives.HandOffsDue handOffs = initiatives.handOffsDue(workspace, nextCheckIn, goalId, READ);
        List<AgendaRules.HandOff> handOffList = handOffs.earliest().stream()
                .map(h -> new AgendaRules.HandOff(
                        h.dependency().dependant().id(),
                        h.dependency().dependant().title(),
                        h.dependency().provider().id(),
                        h.dependency().provider().title(),
                        h.dependency().kind().words(),
                        h.dependency().handoffDue(),
                        h.fromTeam() == null ? null : h.fromTeam().id(),
                        h.toTeam() == null ? null : h.toTeam().id(),
                        h.dependency().riskReasons()))
                .toList();

        PlanOutline outline = plans.outline(workspace);
        PlanChanges moves = plans.sinceLatestSnapshot(workspace);
        Map<Long, String> titles = new HashMap<>();
        outline.entries().forEach(e -> titles.put(e.itemId(), e.title()));
        AgendaRules.PlanState plan = new AgendaRules.PlanState(outline.conflicts(), titles, moves);

        return rules.agenda(
                new AgendaRules.Changes(
                        workspace.slug(),
                        since,
                        now,
                        nextCheckIn,
                        teamNames,
                        newInsights,
                        captured.total(),
                        waitingList,
                        waiting.total(),
                        kpiHealth,
                        slippedList,
                        slipped.total(),
                        handOffList,
                        handOffs.total(),
                        plan),
                scope);
    }

    private static AgendaRules.NewInsight newInsight(InsightView insight) {
        return new AgendaRules.NewInsight(
                insight.id(),
                insight.title(),
                insight.teamId(),
                insight.theme() == null ? null : insight.theme().id(),
                insight.theme() == null ? null : insight.theme().name());
    }
}
