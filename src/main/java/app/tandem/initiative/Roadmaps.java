package app.tandem.initiative;

import app.tandem.initiative.internal.DependencyRepository;
import app.tandem.initiative.internal.DependencyRow;
import app.tandem.initiative.internal.Initiative;
import app.tandem.initiative.internal.InitiativeDirectory;
import app.tandem.initiative.internal.InitiativeRepository;
import app.tandem.initiative.internal.InitiativeRow;
import app.tandem.initiative.internal.InitiativeViewsRepository;
import app.tandem.initiative.internal.WorkStore;
import app.tandem.initiative.rules.StatusRules;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The views of a workspace's initiatives: the roadmap over a window of days, the board by status, and
 * the dependency graph around one initiative. Read only; each reads in a few queries however many
 * initiatives there are, and checks first that the person may see the workspace (viewers may).
 * "Today" is the day in UTC, as for {@link Initiatives}.
 */
@Service
@Transactional(readOnly = true)
public class Roadmaps {

    private static final List<InitiativeStatus> BOARD = List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.DISCOVERY,
            InitiativeStatus.COMMITTED,
            InitiativeStatus.IN_PROGRESS,
            InitiativeStatus.DONE);

    private final Workspaces workspaces;
    private final InitiativeViewsRepository views;
    private final InitiativeRepository initiatives;
    private final DependencyRepository dependencies;
    private final InitiativeDirectory directory;
    private final WorkStore work;
    private final ObjectProvider<PlannedDates> plannedDates;
    private final Clock clock = Clock.systemUTC();

    Roadmaps(
            Workspaces workspaces,
            InitiativeViewsRepository views,
            InitiativeRepository initiatives,
            DependencyRepository dependencies,
            InitiativeDirectory directory,
            WorkStore work,
            ObjectProvider<PlannedDates> plannedDates) {
        this.workspaces = workspaces;
        this.plannedDates = plannedDates;
        this.work = work;
        this.views = views;
        this.initiatives = initiatives;
        this.dependencies = dependencies;
        this.directory = directory;
    }

    /** The day the at-risk rules and the "today" line use. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The roadmap of the initiatives that run on a day from {@code from} to {@code to} ({@code
     * YYYY-MM-DD}, as {@link RoadmapWindow#of} reads them; refused naming the field), dropped ones only
     * {@code withDropped}, with the dependencies among those drawn.
     */
    public Roadmap roadmap(String slug, long userId, @Nullable String from, @Nullable String to, boolean withDropped) {
        WorkspaceContext context = workspaces.access(slug, userId);
        LocalDate today = today();
        RoadmapWindow window = RoadmapWindow.of(from, to, today);
        List<InitiativeRow> rows = views.overlapping(
                context.id(), window.from(), window.to(), withDropped, PageRequest.of(0, Roadmap.MAX_BARS));
        long omitted = rows.size() < Roadmap.MAX_BARS
                ? 0
                : views.countOverlapping(context.id(), window.from(), window.to(), withDropped) - rows.size();

        Map<Long, List<Roadmap.Bar>> byTeam = new LinkedHashMap<>();
        Map<Long, String> teamNames = new LinkedHashMap<>();
        for (TeamView team : workspaces.allTeams(context)) {
            teamNames.put(team.id(), team.name());
        }
        List<Roadmap.Bar> noTeam = new ArrayList<>();
        Set<Long> drawn = new HashSet<>();
        Map<Long, PlannedDates.Planned> planned = rows.isEmpty()
                ? Map.of()
                : plannedDates
                        .orderedStream()
                        .findFirst()
                        .map(p -> p.of(context))
                        .orElse(Map.of());
        for (InitiativeRow row : rows) {
            PlannedDates.Planned plan = planned.get(row.id());
            Roadmap.Bar bar = new Roadmap.Bar(
                    row.id(),
                    row.title(),
                    row.kind(),
                    row.status(),
                    row.startDate(),
                    row.dueDate(),
                    plan == null ? null : plan.start(),
                    plan == null ? null : plan.end());
            Long team = row.proposingTeamId();
            if (team == null || !teamNames.containsKey(team)) {
                noTeam.add(bar);
            } else {
                byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(bar);
            }
            drawn.add(row.id());
        }
        List<Roadmap.Lane> lanes = new ArrayList<>();
        teamNames.entrySet().stream()
                .filter(t -> byTeam.containsKey(t.getKey()))
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> lanes.add(new Roadmap.Lane(
                        new Ref(t.getKey(), t.getValue()), t.getValue(), List.copyOf(byTeam.get(t.getKey())))));
        if (!noTeam.isEmpty()) {
            lanes.add(new Roadmap.Lane(null, "No team", List.copyOf(noTeam)));
        }

        List<Roadmap.Arrow> arrows = new ArrayList<>();
        if (!drawn.isEmpty()) {
            for (DependencyRow row : views.dependenciesWithin(context.id(), window.from(), window.to())) {
                if (drawn.contains(row.provider().id())
                        && drawn.contains(row.dependant().id())) {
                    List<String> reasons = row.riskReasons(today);
                    arrows.add(new Roadmap.Arrow(
                            row.id(),
                            row.provider(),
                            row.dependant(),
                            row.kind(),
                            row.handoffDue(),
                            row.state(),
                            !reasons.isEmpty(),
                            reasons));
                }
            }
        }
        return new Roadmap(
                window.from(), window.to(), today, withDropped, List.copyOf(lanes), List.copyOf(arrows), omitted);
    }

    /**
     * Every initiative of the workspace with its efforts and IT review state, and every dependency:
     * what planning ranks and schedules. The caller has checked access to the workspace.
     */
    public WorkspaceWork work(WorkspaceContext context) {
        return work.read(context.id());
    }

    /** The board: a column for each status but dropped, each with its first cards, the earliest due first. */
    public Board board(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Map<InitiativeStatus, Long> counts = new EnumMap<>(InitiativeStatus.class);
        for (Object[] pair : views.countByStatus(context.id())) {
            counts.put((InitiativeStatus) pair[0], (Long) pair[1]);
        }
        Map<InitiativeStatus, List<InitiativeRow>> rows = new EnumMap<>(InitiativeStatus.class);
        List<Long> ids = new ArrayList<>();
        for (InitiativeStatus status : BOARD) {
            List<InitiativeRow> cards = counts.getOrDefault(status, 0L) == 0
                    ? List.of()
                    : views.withStatus(context.id(), status, PageRequest.of(0, Board.CARDS_PER_COLUMN));
            rows.put(status, cards);
            cards.forEach(c -> ids.add(c.id()));
        }
        Set<Long> atRisk = ids.isEmpty() ? Set.of() : new HashSet<>(dependencies.atRiskAmong(ids, today()));
        InitiativeDirectory.Snapshot names = directory.of(context);
        names.knowing(rows.values().stream()
                .flatMap(Collection::stream)
                .map(InitiativeRow::ownerUserId)
                .toList());
        List<Board.Column> columns = BOARD.stream()
                .map(status -> new Board.Column(
                        status,
                        rows.get(status).stream()
                                .map(r -> new Board.Card(
                                        r.id(),
                                        r.title(),
                                        r.kind(),
                                        names.team(r.proposingTeamId()),
                                        names.person(r.ownerUserId()),
                                        r.dueDate(),
                                        atRisk.contains(r.id()),
                                        StatusRules.next(r.status()),
                                        r.version()))
                                .toList(),
                        counts.getOrDefault(status, 0L)))
                .toList();
        return new Board(columns, counts.getOrDefault(InitiativeStatus.DROPPED, 0L));
    }

    /**
     * The initiative with what it needs and what needs it, up to {@link DependencyGraph#DEPTH} steps
     * each way and {@link DependencyGraph#MAX_NODES} initiatives, the nearest first.
     */
    public DependencyGraph graph(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Initiative initiative = initiatives
                .findByIdAndWorkspaceId(initiativeId, context.id())
                .orElseThrow(() -> new InitiativeNotFound(initiativeId));
        InitiativeRef center = new InitiativeRef(
                initiative.id(), initiative.title(), initiative.status(), initiative.startDate(), initiative.dueDate());
        Map<Long, DependencyGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put(center.id(), new DependencyGraph.Node(center, 0));
        Set<Long> found = new HashSet<>(nodes.keySet());
        Map<Long, DependencyRow> rows = new LinkedHashMap<>();
        // layer by layer, nearest first: what it needs (left) and what needs it (right), one query each a layer
        List<Long> needing = List.of(center.id());
        List<Long> needed = List.of(center.id());
        for (int depth = 1; depth <= DependencyGraph.DEPTH; depth++) {
            needing = layer(
                    needing.isEmpty() ? List.of() : views.needs(context.id(), needing),
                    DependencyRow::provider,
                    -depth,
                    nodes,
                    found,
                    rows);
            needed = layer(
                    needed.isEmpty() ? List.of() : views.neededBy(context.id(), needed),
                    DependencyRow::dependant,
                    depth,
                    nodes,
                    found,
                    rows);
        }
        LocalDate today = today();
        List<DependencyGraph.Edge> edges = rows.values().stream()
                .filter(r -> nodes.containsKey(r.provider().id())
                        && nodes.containsKey(r.dependant().id()))
                .map(r -> {
                    List<String> reasons = r.riskReasons(today);
                    return new DependencyGraph.Edge(
                            r.id(),
                            r.provider().id(),
                            r.dependant().id(),
                            r.kind(),
                            r.handoffDue(),
                            r.state(),
                            !reasons.isEmpty(),
                            reasons);
                })
                .toList();
        return new DependencyGraph(center, List.copyOf(nodes.values()), edges, found.size() - nodes.size());
    }

    /**
     * Adds the initiatives {@code rows} lead to (by {@code next}) as nodes of {@code layer}, as long as
     * there is room; answers those added, the next layer's starting points.
     */
    private static List<Long> layer(
            List<DependencyRow> found,
            Function<DependencyRow, InitiativeRef> next,
            int layer,
            Map<Long, DependencyGraph.Node> nodes,
            Set<Long> seen,
            Map<Long, DependencyRow> rows) {
        List<Long> reached = new ArrayList<>();
        for (DependencyRow row : found) {
            rows.putIfAbsent(row.id(), row);
            InitiativeRef other = next.apply(row);
            if (seen.add(other.id()) && nodes.size() < DependencyGraph.MAX_NODES) {
                nodes.put(other.id(), new DependencyGraph.Node(other, layer));
                reached.add(other.id());
            }
        }
        return reached;
    }
}
