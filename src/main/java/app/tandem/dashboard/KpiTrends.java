package app.tandem.dashboard;

import app.tandem.goal.Health;
import app.tandem.goal.KpiChart;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementView;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.WorkspaceLinks;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.support.DayWords;
import app.tandem.workspace.WorkspaceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's KPI trends: every KPI of the workspace (those a team owns, or those measuring a
 * goal, when narrowed), the ones that need attention first, each with its health, latest value and
 * target in words, a small chart and the same chart in words, and the initiatives expected to move
 * it. Read in a fixed number of queries however many KPIs there are: the KPIs, their charts in one
 * batch, every goal link of the workspace and every initiative's title and status.
 */
@Service
public class KpiTrends {

    /** The most KPIs the dashboard draws; past it, the healthiest are left to the KPI list. */
    public static final int MAX = 120;

    /**
     * The latest measurements a small chart draws: 30 (a month of daily values, two years of monthly
     * ones) keeps the dashboard of 100 KPIs within its time; the KPI page draws more.
     */
    static final int CHART_POINTS = 30;

    /** Worst first: what needs a team's attention leads. */
    private static final List<Health> ATTENTION =
            List.of(Health.GUARDRAIL_BREACHED, Health.OFF_TRACK, Health.AT_RISK, Health.NO_DATA, Health.ON_TRACK);

    private final Kpis kpis;
    private final InitiativeLinks links;
    private final Roadmaps roadmaps;
    private final JsonMapper json;

    KpiTrends(Kpis kpis, InitiativeLinks links, Roadmaps roadmaps, JsonMapper json) {
        this.kpis = kpis;
        this.links = links;
        this.roadmaps = roadmaps;
        this.json = json;
    }

    /**
     * The trends of the workspace's KPIs, narrowed to those a team owns ({@code teamId}) and those
     * measuring a goal ({@code goalId}) when given; the caller has checked access to the workspace.
     */
    public List<KpiTrend> trends(WorkspaceContext context, @Nullable Long teamId, @Nullable Long goalId) {
        List<KpiView> shown = kpis.all(context).stream()
                .filter(k -> teamId == null || k.teamIds().contains(teamId))
                .filter(k -> goalId == null || k.goalIds().contains(goalId))
                .sorted(Comparator.comparingInt(
                                (KpiView k) -> ATTENTION.indexOf(k.health().status()))
                        .thenComparing(KpiView::name, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX)
                .toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MeasurementView>> charts =
                kpis.charts(context, shown.stream().map(KpiView::id).toList(), CHART_POINTS);
        Map<Long, List<KpiTrend.Mover>> movers = movers(context, shown);
        List<KpiTrend> trends = new ArrayList<>();
        for (KpiView kpi : shown) {
            List<MeasurementView> chart = charts.getOrDefault(kpi.id(), List.of());
            trends.add(new KpiTrend(
                    kpi.id(),
                    kpi.name(),
                    kpi.health().status().css(),
                    kpi.health().status().label(),
                    kpi.latest() == null
                            ? "No measurement yet"
                            : kpi.format(kpi.latest().value()) + " on "
                                    + DayWords.of(kpi.latest().date()),
                    kpi.format(kpi.targetValue()) + " by " + DayWords.of(kpi.targetDate()),
                    KpiChart.of(kpi, chart).json(json),
                    KpiChart.describe(kpi, chart, CHART_POINTS),
                    movers.getOrDefault(kpi.id(), List.of())));
        }
        return trends;
    }

    /**
     * The initiatives linked to a goal with one of these KPIs, by KPI: not dropped ones, each once
     * per KPI (the first link that says how much it should move the KPI), by title.
     */
    private Map<Long, List<KpiTrend.Mover>> movers(WorkspaceContext context, List<KpiView> shown) {
        Map<Long, KpiView> byId = shown.stream().collect(Collectors.toMap(KpiView::id, Function.identity()));
        List<WorkspaceLinks.GoalLink> toKpis = links.all(context).goals().stream()
                .filter(l -> l.kpiId() != null && byId.containsKey(l.kpiId()))
                .toList();
        if (toKpis.isEmpty()) {
            return Map.of();
        }
        Map<Long, WorkspaceWork.Work> work = roadmaps.work(context).initiatives().stream()
                .collect(Collectors.toMap(WorkspaceWork.Work::id, Function.identity()));
        Map<Long, Map<Long, KpiTrend.Mover>> movers = new LinkedHashMap<>();
        // links that name a change first, so a second link without one does not hide it
        List<WorkspaceLinks.GoalLink> ordered = toKpis.stream()
                .sorted(Comparator.comparing((WorkspaceLinks.GoalLink l) -> l.expectedChange() == null))
                .toList();
        for (WorkspaceLinks.GoalLink link : ordered) {
            WorkspaceWork.Work initiative = work.get(link.initiativeId());
            Long kpiId = link.kpiId();
            if (initiative == null || kpiId == null || initiative.status() == InitiativeStatus.DROPPED) {
                continue;
            }
            movers.computeIfAbsent(kpiId, k -> new LinkedHashMap<>())
                    .putIfAbsent(
                            initiative.id(),
                            new KpiTrend.Mover(
                                    initiative.id(),
                                    initiative.title(),
                                    initiative.status().label(),
                                    expected(byId.get(kpiId), link, initiative.dueDate())));
        }
        Map<Long, List<KpiTrend.Mover>> sorted = new LinkedHashMap<>();
        movers.forEach((kpiId, byInitiative) -> sorted.put(
                kpiId,
                byInitiative.values().stream()
                        .sorted(Comparator.comparing(KpiTrend.Mover::title, String.CASE_INSENSITIVE_ORDER)
                                .thenComparingLong(KpiTrend.Mover::id))
                        .toList()));
        return sorted;
    }

    /** "+2 points by 31 Mar 2027", as the initiative's page says it; null when no change was given. */
    private static @Nullable String expected(KpiView kpi, WorkspaceLinks.GoalLink link, LocalDate due) {
        Double change = link.expectedChange();
        if (change == null) {
            return null;
        }
        LocalDate by = link.byDate() == null ? due : link.byDate();
        return kpi.unit().formatChange(change) + " by " + DayWords.of(by);
    }
}
