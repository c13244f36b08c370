package app.tandem.cli;

import app.tandem.identity.Users;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.Roadmaps;
import app.tandem.planning.Plans;
import app.tandem.support.Paging;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code tandem bench initiatives}: on a throw-away embedded database, fills a workspace of five
 * teams with {@code initiatives} initiatives over two years around today and {@code dependencies}
 * dependencies without a cycle (see {@link #fill}), then times the calls of {@link Initiatives} the
 * pages and the API make, server side (no HTTP), and prints p50, p95 and max of each against the
 * target. A database kept from an earlier run ({@code --keep}) is only timed.
 */
final class InitiativeBench {

    /** p95 each timed call must stay under, in milliseconds. */
    static final double TARGET_MS = 300;

    static final String EMAIL = "bench@tandem.local";
    static final String SLUG = "bench";
    private static final List<String> TEAMS = List.of("Marketing", "Design", "IT", "Sales", "Support");
    private static final String[] KINDS = {"CAMPAIGN", "FEATURE", "INFRASTRUCTURE", "CONTENT", "RESEARCH"};
    private static final String[] DEPENDENCY_KINDS = {
        "NEEDS_DESIGN_ASSETS", "NEEDS_INFRASTRUCTURE", "NEEDS_FEATURE", "NEEDS_CONTENT", "NEEDS_DECISION"
    };
    private static final String[] CONFIDENCES = {"LOW", "MEDIUM", "HIGH"};
    private static final int PEOPLE = 20;
    private static final int BATCH = 1_000;

    private final PrintWriter out;
    private final int initiativeCount;
    private final int dependencyCount;
    private final int requests;
    private final int warmup;

    /** One timed call: what it is, and the call for the i-th request. */
    record Case(String what, IntConsumer call) {}

    /** What was measured of one case, in milliseconds. */
    record Timing(String what, double p50, double p95, double max) {

        boolean met() {
            return p95 <= TARGET_MS;
        }
    }

    InitiativeBench(PrintWriter out, int initiativeCount, int dependencyCount, int requests, int warmup) {
        this.out = out;
        this.initiativeCount = initiativeCount;
        this.dependencyCount = dependencyCount;
        this.requests = requests;
        this.warmup = warmup;
    }

    int run(Path folder) throws Exception {
        try (ConfigurableApplicationContext context = embedded(folder)) {
            long userId = context.getBean(Users.class).byEmail(EMAIL).id();
            Workspaces workspaces = context.getBean(Workspaces.class);
            if (filledBefore(workspaces, userId)) {
                out.printf("filled before: the workspace in %s, only the calls are timed%n", folder);
            } else {
                fill(context, userId);
            }
            Initiatives initiatives = context.getBean(Initiatives.class);
            out.printf(
                    "at risk:  %,d of %,d initiatives today%n",
                    initiatives.atRisk(SLUG, userId).size(),
                    initiatives
                            .list(SLUG, userId, InitiativeFilter.NONE, Pageable.ofSize(1))
                            .getTotalElements());
            out.flush();
            print(time(cases(context, userId)));
            return 0;
        }
    }

    /**
     * The application without its web server on the throw-away embedded database and Lucene index in
     * the folder (even where a server's database URL or OpenSearch cluster is configured), no demo, the
     * bench's person as the first admin. On a configured cluster the bench would share the server's
     * index: seeing none of its insights in its own empty database, it rebuilt that index at start,
     * which emptied it of every workspace's insights, and its synthetic insights were indexed there.
     */
    static ConfigurableApplicationContext embedded(Path folder) {
        return TandemCommandLine.launcher.tool(TandemCommandLine.benchArgs(
                folder,
                "--tandem.demo.enabled=false",
                "--tandem.admin.email=" + EMAIL,
                "--tandem.admin.password=bench-password-1234",
                "--logging.level.org.hibernate.search=ERROR"));
    }

    /** The calls timed, in the order printed; a new call is one line here. */
    private List<Case> cases(ConfigurableApplicationContext context, long userId) {
        Initiatives initiatives = context.getBean(Initiatives.class);
        Roadmaps roadmaps = context.getBean(Roadmaps.class);
        Plans plans = context.getBean(Plans.class);
        String from = roadmaps.today().toString();
        String to = roadmaps.today().plusMonths(6).toString();
        Pageable firstPage = context.getBean(Paging.class).of(null, null, Sort.unsorted());
        List<Long> ids = initiatives
                .list(SLUG, userId, InitiativeFilter.NONE, Pageable.ofSize(initiativeCount > 0 ? 1_000 : 1))
                .map(i -> i.id())
                .getContent();
        InitiativeFilter atRisk = new InitiativeFilter(null, null, null, null, true);
        InitiativeFilter team = new InitiativeFilter("Design", null, null, null, null);
        int pages = Math.max(1, Math.min(50, initiativeCount / firstPage.getPageSize()));
        return List.of(
                new Case(
                        "list, first page (default size " + firstPage.getPageSize() + ")",
                        i -> initiatives.list(SLUG, userId, InitiativeFilter.NONE, firstPage)),
                new Case(
                        "list, pages 1-" + pages,
                        i -> initiatives.list(SLUG, userId, InitiativeFilter.NONE, firstPage.withPage(i % pages))),
                new Case("list, team=Design", i -> initiatives.list(SLUG, userId, team, firstPage)),
                new Case("list, atRisk=true", i -> initiatives.list(SLUG, userId, atRisk, firstPage)),
                new Case("at-risk initiatives of the workspace", i -> initiatives.atRisk(SLUG, userId)),
                new Case(
                        "an initiative's dependencies both ways",
                        i -> initiatives.dependencies(SLUG, userId, ids.get(i * 7919 % ids.size()))),
                new Case("an initiative", i -> initiatives.get(SLUG, userId, ids.get(i * 7919 % ids.size()))),
                new Case("roadmap, two quarters from today", i -> roadmaps.roadmap(SLUG, userId, from, to, false)),
                new Case("board", i -> roadmaps.board(SLUG, userId)),
                new Case(
                        "an initiative's dependency graph",
                        i -> roadmaps.graph(SLUG, userId, ids.get(i * 7919 % ids.size()))),
                new Case(
                        "the plan, first page (ranked, scheduled, conflicts)",
                        i -> plans.plan(SLUG, userId, null, firstPage)));
    }

    private List<Timing> time(List<Case> cases) {
        List<Timing> timings = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < warmup; i++) {
                c.call().accept(i);
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                c.call().accept(i);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            timings.add(new Timing(
                    c.what(),
                    nanos[nanos.length / 2] / 1e6,
                    nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.95))] / 1e6,
                    nanos[nanos.length - 1] / 1e6));
        }
        return timings;
    }

    private void print(List<Timing> timings) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(
                "machine: %d cores, Java %s (%s), max heap %d MB%n",
                runtime.availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                runtime.maxMemory() / (1024 * 1024));
        out.printf("%d requests per call after %d untimed, target p95 <= %.0f ms%n", requests, warmup, TARGET_MS);
        int width = timings.stream().mapToInt(t -> t.what().length()).max().orElse(10);
        String row = "%-" + width + "s  %9s  %9s  %9s  %s%n";
        out.printf(row, "call", "p50 ms", "p95 ms", "max ms", "");
        for (Timing t : timings) {
            out.printf(
                    row,
                    t.what(),
                    "%.1f".formatted(t.p50()),
                    "%.1f".formatted(t.p95()),
                    "%.1f".formatted(t.max()),
                    t.met() ? "ok" : "MISSED");
        }
        out.flush();
    }

    static boolean filledBefore(Workspaces workspaces, long userId) {
        try {
            workspaces.access(SLUG, userId);
            return true;
        } catch (WorkspaceNotFound e) {
            return false;
        }
    }

    /** An initiative as generated: its row, and what the dependencies need of it. */
    private record Row(long id, LocalDate start, LocalDate due, String status) {}

    /**
     * Creates the workspace, its five teams and twenty members through the services, then writes the
     * initiatives (each with effort for one to three teams, up to three contributors and its first
     * history line) and the dependencies with plain JDBC batches, a fixture: what is timed is reading
     * them. Dates spread over a year before and a year after today, and the status follows them (done
     * or dropped before, in progress across, proposed to committed after). A dependency always runs
     * from a later-starting initiative to an earlier-starting one, so there is no cycle; most are due
     * before the dependant starts, from a provider due by then, and past ones are mostly delivered,
     * so about one in six initiatives is at risk (a provider late, dropped, or due too late).
     */
    void fill(ConfigurableApplicationContext context, long userId) throws SQLException {
        long started = System.nanoTime();
        WorkspaceAdministration administration = context.getBean(WorkspaceAdministration.class);
        Users users = context.getBean(Users.class);
        long workspaceId = administration.create(userId, "Bench", SLUG).id();
        List<Long> teams = new ArrayList<>();
        for (String name : TEAMS) {
            TeamView team = administration.createTeam(SLUG, userId, name, null);
            teams.add(team.id());
        }
        List<Long> people = new ArrayList<>(List.of(userId));
        for (int p = 1; p < PEOPLE; p++) {
            String email = "person" + p + "@bench.local";
            String name = "Person " + p;
            long id = users.findByEmail(email)
                    .orElseGet(() -> users.create(email, name, "bench-password-1234", false))
                    .id();
            administration.invite(SLUG, userId, email, Role.MEMBER);
            people.add(id);
        }

        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Row> rows = new ArrayList<>();
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            connection.setAutoCommit(false);
            long id = next(connection, "initiatives");
            long changeId = next(connection, "initiative_status_changes");
            try (PreparedStatement initiative = connection.prepareStatement(
                            "insert into initiatives (id, workspace_id, title, description, kind, proposing_team_id,"
                                    + " owner_user_id, start_date, due_date, confidence, status, created_at, version)"
                                    + " values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement effort = connection.prepareStatement(
                            "insert into initiative_efforts (initiative_id, team_id, person_weeks) values (?, ?, ?)");
                    PreparedStatement contributor = connection.prepareStatement(
                            "insert into initiative_contributors (initiative_id, user_id, team_id, role)"
                                    + " values (?, ?, ?, ?)");
                    PreparedStatement history = connection.prepareStatement(
                            "insert into initiative_status_changes (id, initiative_id, changed_by, changed_at,"
                                    + " from_status, to_status, reason) values (?, ?, ?, ?, null, 'PROPOSED', null)")) {
                for (int n = 0; n < initiativeCount; n++) {
                    LocalDate start = today.minusDays(365).plusDays(random.nextInt(730));
                    LocalDate due = start.plusDays(14 + random.nextInt(120));
                    String status = status(start, due, today, random);
                    long owner = people.get(random.nextInt(people.size()));
                    long team = teams.get(random.nextInt(teams.size()));
                    initiative.setLong(1, ++id);
                    initiative.setLong(2, workspaceId);
                    initiative.setString(3, "Initiative " + n);
                    initiative.setString(4, KINDS[random.nextInt(KINDS.length)]);
                    initiative.setLong(5, team);
                    initiative.setLong(6, owner);
                    initiative.setObject(7, start);
                    initiative.setObject(8, due);
                    initiative.setString(9, CONFIDENCES[random.nextInt(CONFIDENCES.length)]);
                    initiative.setString(10, status);
                    initiative.setObject(11, now);
                    initiative.addBatch();
                    int teamCount = 1 + random.nextInt(3);
                    for (int t = 0; t < teamCount; t++) {
                        effort.setLong(1, id);
                        effort.setLong(2, teams.get((teams.indexOf(team) + t) % teams.size()));
                        effort.setDouble(3, 1 + random.nextInt(12));
                        effort.addBatch();
                    }
                    Set<Long> helpers = new HashSet<>();
                    for (int c = random.nextInt(4); c > 0; c--) {
                        long person = people.get(random.nextInt(people.size()));
                        if (helpers.add(person)) {
                            contributor.setLong(1, id);
                            contributor.setLong(2, person);
                            contributor.setLong(3, teams.get(random.nextInt(teams.size())));
                            contributor.setString(4, c == 1 ? "RESPONSIBLE" : c == 2 ? "CONSULTED" : "INFORMED");
                            contributor.addBatch();
                        }
                    }
                    history.setLong(1, ++changeId);
                    history.setLong(2, id);
                    history.setLong(3, owner);
                    history.setObject(4, now);
                    history.addBatch();
                    rows.add(new Row(id, start, due, status));
                    if ((n + 1) % BATCH == 0) {
                        executeBatches(initiative, effort, contributor, history);
                    }
                }
                executeBatches(initiative, effort, contributor, history);
            }
            restart(connection, "initiatives", id);
            restart(connection, "initiative_status_changes", changeId);
            connection.commit();
            int written = dependencies(connection, workspaceId, rows, today, now, random);
            connection.commit();
            out.printf(
                    "filled:   %,d initiatives of %d teams, %,d dependencies, in %.1f s%n",
                    rows.size(), teams.size(), written, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Writes the dependencies: each from a later-starting initiative to an earlier-starting one. */
    private int dependencies(
            Connection connection, long workspaceId, List<Row> rows, LocalDate today, OffsetDateTime now, Random random)
            throws SQLException {
        List<Row> byStart = rows.stream()
                .sorted(Comparator.comparing(Row::start).thenComparing(Row::id))
                .toList();
        Set<String> seen = new HashSet<>();
        long id = next(connection, "initiative_dependencies");
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into initiative_dependencies (id, workspace_id, dependant_id, provider_id, kind, handoff_due,"
                        + " state, created_at, delivered_at, delivered_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)")) {
            int attempts = 0;
            while (written < dependencyCount && byStart.size() > 1 && attempts++ < dependencyCount * 20) {
                int d = 1 + random.nextInt(byStart.size() - 1);
                Row dependant = byStart.get(d);
                // mostly one of the 600 initiatives starting just before the dependant that is due by
                // the time it starts; one in thirty any earlier-starting one, most likely late
                int p = Math.max(0, d - 1 - random.nextInt(Math.min(d, 600)));
                boolean anyEarlier = random.nextInt(30) == 0;
                if (anyEarlier) {
                    p = random.nextInt(d);
                }
                Row provider = byStart.get(p);
                if (!provider.start().isBefore(dependant.start())
                        || (!anyEarlier && provider.due().isAfter(dependant.start()))) {
                    continue;
                }
                String kind = DEPENDENCY_KINDS[random.nextInt(DEPENDENCY_KINDS.length)];
                if (!seen.add(dependant.id() + "/" + provider.id() + "/" + kind)) {
                    continue;
                }
                LocalDate handoff = provider.due().isAfter(dependant.start()) && random.nextInt(10) < 8
                        ? dependant.start().minusDays(random.nextInt(7))
                        : provider.due();
                if (handoff.isBefore(provider.start())) {
                    handoff = provider.start();
                }
                boolean delivered = handoff.isBefore(today) && random.nextInt(10) < 9;
                insert.setLong(1, ++id);
                insert.setLong(2, workspaceId);
                insert.setLong(3, dependant.id());
                insert.setLong(4, provider.id());
                insert.setString(5, kind);
                insert.setObject(6, handoff);
                insert.setString(7, delivered ? "DELIVERED" : "OPEN");
                insert.setObject(8, now);
                insert.setObject(9, delivered ? now : null);
                insert.addBatch();
                if (++written % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        restart(connection, "initiative_dependencies", id);
        return written;
    }

    private static String status(LocalDate start, LocalDate due, LocalDate today, Random random) {
        int roll = random.nextInt(20);
        if (due.isBefore(today)) {
            return roll == 0 ? "DROPPED" : roll == 1 ? "IN_PROGRESS" : "DONE";
        }
        if (!start.isAfter(today)) {
            return roll == 0 ? "DROPPED" : "IN_PROGRESS";
        }
        return roll < 8 ? "PROPOSED" : roll < 14 ? "DISCOVERY" : "COMMITTED";
    }

    private static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    /** The highest id of {@code table}, so the rows written follow it. */
    static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Past every id written, and past the block Hibernate's pooled optimizer hands out below it. */
    static void restart(Connection connection, String table, long lastId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter sequence " + table + "_seq restart with " + (lastId + 1_000));
        }
    }
}
