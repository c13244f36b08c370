package app.tandem.dashboard;

import app.tandem.dashboard.HomeView.AgendaLine;
import app.tandem.dashboard.HomeView.Changes;
import app.tandem.dashboard.HomeView.KpiChange;
import app.tandem.dashboard.HomeView.Link;
import app.tandem.dashboard.HomeView.NeedsMe;
import app.tandem.dashboard.HomeView.NewInsights;
import app.tandem.dashboard.HomeView.NextCheckIn;
import app.tandem.dashboard.HomeView.Slipped;
import app.tandem.dashboard.HomeView.SlippedInitiative;
import app.tandem.dashboard.HomeView.TeamCard;
import app.tandem.dashboard.HomeView.Teams;
import app.tandem.dashboard.HomeView.ThemeGroup;
import app.tandem.dashboard.HomeView.Upcoming;
import app.tandem.dashboard.internal.HomeVisits;
import app.tandem.goal.Health;
import app.tandem.goal.Kpis;
import app.tandem.initiative.Initiatives;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckInView;
import app.tandem.meeting.CheckIns;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The workspace's home page for the person who opens it: what needs them (their open work of this
 * workspace, from every {@link WorkForMe}), what changed since their last visit (KPI health, new
 * insights by theme, initiatives that slipped), the next check-in with its agenda so far, and the
 * teams. Opening it records the visit ({@link HomeVisits}).
 *
 * <p>It only reads other modules' public APIs, each a few bounded queries. Not transactional: the
 * visit is recorded on its own, and each module's service reads in its own transaction.
 */
@Service
public class Homes {

    /** The most items read from each source of work in this workspace: a person with more sees a count of at least this. */
    static final int READ_PER_SOURCE = 100;

    /** The newest insights grouped by theme; more are counted, not read. */
    static final int INSIGHTS_READ = 200;

    /** How many of a theme's new insights are named. */
    static final int INSIGHTS_NAMED = 3;

    /** How many of the next check-in's agenda items are listed. */
    static final int AGENDA_SHOWN = 8;

    private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing((WorkItem w) -> !w.overdue())
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Workspaces workspaces;
    private final ObjectProvider<WorkForMe> work;
    private final Kpis kpis;
    private final Insights insights;
    private final Initiatives initiatives;
    private final CheckIns checkIns;
    private final HomeVisits visits;
    private final HomeProperties properties;
    private final Clock clock = Clock.systemUTC();

    Homes(
            Workspaces workspaces,
            ObjectProvider<WorkForMe> work,
            Kpis kpis,
            Insights insights,
            Initiatives initiatives,
            CheckIns checkIns,
            HomeVisits visits,
            HomeProperties properties) {
        this.workspaces = workspaces;
        this.work = work;
        this.kpis = kpis;
        this.insights = insights;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.visits = visits;
        this.properties = properties;
    }

    /**
     * The home page of the workspace for {@code userId}, a member (a viewer too), and the visit
     * recorded: "what changed" counts from the start of their previous visit.
     */
    public HomeView open(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Instant now = clock.instant();
        HomeVisits.Visit visit = visits.record(userId, context.id(), now, properties.visitPause());
        Instant since = visit.previous() != null
                ? visit.previous()
                : LocalDate.ofInstant(now, ZoneOffset.UTC)
                        .minusDays(properties.firstVisitDays())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
        Changes changes = new Changes(
                since,
                visit.previous() == null,
                properties.firstVisitDays(),
                kpiChanges(context, since),
                newInsights(context, since),
                slipped(context, since));
        return new HomeView(
                context.slug(),
                context.name(),
                context.role().name(),
                context.canChange(),
                needsMe(context, userId),
                changes,
                nextCheckIn(context, userId, now),
                teams(context, userId));
    }

    private NeedsMe needsMe(WorkspaceContext context, long userId) {
        List<WorkItem> mine = new ArrayList<>();
        work.stream()
                .sorted(Comparator.comparingInt(WorkForMe::order).thenComparing(WorkForMe::heading))
                .forEach(source -> mine.addAll(source.openIn(userId, context, READ_PER_SOURCE)));
        // a stable sort: within the same urgency and date, the sources' order (action items first)
        mine.sort(MOST_URGENT_FIRST);
        return new NeedsMe(mine.size(), mine.subList(0, Math.min(mine.size(), properties.needsMe())));
    }

    private List<KpiChange> kpiChanges(WorkspaceContext context, Instant since) {
        String base = "/w/" + context.slug() + "/kpis/";
        return kpis.healthSince(context, since, null).stream()
                .filter(move -> move.kpi().health().status() != move.then())
                .map(move -> {
                    Health now = move.kpi().health().status();
                    Health then = move.then();
                    boolean worse = then != Health.NO_DATA && now.ordinal() > then.ordinal();
                    return new KpiChange(
                            move.kpi().id(),
                            move.kpi().name(),
                            base + move.kpi().id(),
                            then.css(),
                            then.label(),
                            now.css(),
                            now.label(),
                            worse);
                })
                .sorted(Comparator.comparing((KpiChange k) -> !k.worse()).thenComparing(KpiChange::name))
                .limit(properties.changesShown())
                .toList();
    }

    private NewInsights newInsights(WorkspaceContext context, Instant since) {
        String base = "/w/" + context.slug();
        Insights.Captured captured = insights.capturedSince(context, since, INSIGHTS_READ);
        Map<Long, List<InsightView>> byTheme = new LinkedHashMap<>();
        List<InsightView> noTheme = new ArrayList<>();
        for (InsightView insight : captured.newest()) {
            if (insight.theme() == null) {
                noTheme.add(insight);
            } else {
                byTheme.computeIfAbsent(insight.theme().id(), id -> new ArrayList<>())
                        .add(insight);
            }
        }
        List<ThemeGroup> groups = new ArrayList<>();
        byTheme.values().stream()
                .sorted(Comparator.comparing((List<InsightView> list) -> -list.size())
                        .thenComparing(list -> list.getFirst().theme().name()))
                .limit(properties.changesShown())
                .forEach(list -> {
                    long themeId = list.getFirst().theme().id();
                    groups.add(new ThemeGroup(
                            themeId,
                            list.getFirst().theme().name(),
                            base + "/themes/" + themeId,
                            list.size(),
                            named(base, list)));
                });
        if (!noTheme.isEmpty()) {
            groups.add(new ThemeGroup(null, "In no theme yet", null, noTheme.size(), named(base, noTheme)));
        }
        return new NewInsights(captured.total(), captured.newest().size(), base + "/insights", groups);
    }

    private static List<Link> named(String base, List<InsightView> newestFirst) {
        return newestFirst.stream()
                .limit(INSIGHTS_NAMED)
                .map(i -> new Link(i.title(), base + "/insights/" + i.id()))
                .toList();
    }

    private Slipped slipped(WorkspaceContext context, Instant since) {
        String base = "/w/" + context.slug() + "/initiatives/";
        Initiatives.SlippedSince slipped = initiatives.slippedSince(context, since, null, properties.changesShown());
        return new Slipped(
                slipped.total(),
                slipped.initiatives().stream()
                        .map(s -> new SlippedInitiative(
                                s.initiative().id(),
                                s.initiative().title(),
                                base + s.initiative().id(),
                                s.initiative().status().label(),
                                s.initiative().dueDate(),
                                s.becameAtRisk(),
                                s.becameLate(),
                                s.riskReasons()))
                        .toList());
    }

    private NextCheckIn nextCheckIn(WorkspaceContext context, long userId, Instant now) {
        String base = "/w/" + context.slug() + "/check-ins";
        CheckInSummary next = checkIns.list(context.slug(), userId, now, PageRequest.of(0, 10)).stream()
                .filter(c -> c.state() != CheckInState.CANCELLED)
                .findFirst()
                .orElse(null);
        if (next == null) {
            boolean cadences = !checkIns.cadences(context.slug(), userId).isEmpty();
            return new NextCheckIn(null, cadences, base, base + "/cadences/new");
        }
        CheckInView view = checkIns.get(context.slug(), userId, next.id());
        boolean ready = view.agendaGeneratedAt() != null;
        List<AgendaLine> agenda = view.agenda().stream()
                .limit(AGENDA_SHOWN)
                .map(item -> new AgendaLine(item.sectionLabel(), item.title(), item.detail(), item.path()))
                .toList();
        return new NextCheckIn(
                new Upcoming(
                        next.id(),
                        next.title(),
                        next.date(),
                        next.startTime(),
                        next.timeZone(),
                        next.place(),
                        base + "/" + next.id(),
                        ready,
                        view.agenda().size(),
                        agenda),
                true,
                base,
                base + "/cadences/new");
    }

    private Teams teams(WorkspaceContext context, long userId) {
        String base = "/w/" + context.slug() + "/teams";
        long members =
                workspaces.members(context.slug(), userId, PageRequest.of(0, 1)).getTotalElements();
        return new Teams(
                members,
                base,
                workspaces.allTeams(context).stream()
                        .map(t -> new TeamCard(t.id(), t.name(), t.members().size(), base + "/" + t.id()))
                        .toList());
    }
}
