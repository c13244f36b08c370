package app.tandem.cli;

import app.tandem.goal.Direction;
import app.tandem.goal.GoalInput;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.identity.Users;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tandem bench kpis}: starts the web application on a throw-away embedded database, creates
 * {@code kpis} KPIs (all measuring one goal) with {@code measurements} daily values each (see
 * {@link #fill}), then times over real HTTP the KPI list API, the goals page, KPI pages and the
 * goal page, and prints p50/p95 of each. A database kept from an earlier run ({@code --keep}) is
 * only timed.
 */
final class KpiBench {

    private static final String TOKEN = "tdm_bench-token-0123456789abcdef";
    private static final String EMAIL = "bench@tandem.local";
    private static final String PASSWORD = "bench-password-1234";
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final int BATCH = 10_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final PrintWriter out;
    private final int kpiCount;
    private final int measurements;
    private final int requests;
    private final int warmup;

    KpiBench(PrintWriter out, int kpiCount, int measurements, int requests, int warmup) {
        this.out = out;
        this.kpiCount = kpiCount;
        this.measurements = measurements;
        this.requests = requests;
        this.warmup = warmup;
    }

    int run(Path folder) throws Exception {
        try (ConfigurableApplicationContext context = TandemCommandLine.launcher.web(TandemCommandLine.benchArgs(
                folder,
                "--server.port=0",
                "--tandem.demo.enabled=false",
                // the daily values run from 2000 onwards, at 100,000 a KPI far past today
                "--tandem.kpi.allow-future-measurements=true",
                "--tandem.admin.email=" + EMAIL,
                "--tandem.admin.password=" + PASSWORD,
                "--tandem.admin.bootstrap-token=" + TOKEN,
                "--logging.level.org.hibernate.search=ERROR"))) {
            long userId = context.getBean(Users.class).byEmail(EMAIL).id();
            Workspaces workspaces = context.getBean(Workspaces.class);
            Kpis kpis = context.getBean(Kpis.class);
            long goal;
            List<Long> ids;
            if (filledBefore(workspaces, userId)) {
                WorkspaceContext bench = workspaces.access("bench", userId);
                goal = context.getBean(Goals.class).all(bench).getFirst().id();
                ids = kpis.measuring(bench, goal).stream().map(KpiView::id).toList();
                out.printf("filled before: %d KPIs in %s, only the requests are timed%n", ids.size(), folder);
                out.flush();
            } else {
                context.getBean(WorkspaceAdministration.class).create(userId, "Bench", "bench");
                goal = context.getBean(Goals.class)
                        .create(
                                "bench",
                                userId,
                                new GoalInput(
                                        "Grow", null, FIRST, FIRST.plusDays(measurements), null, null, null, null))
                        .id();
                ids = fill(kpis, context.getBean(DataSource.class), userId, goal);
            }

            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            signIn(http, base);
            time(
                    http,
                    "KPI list API (GET /api/v1/workspaces/bench/kpis?size=100)",
                    i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/workspaces/bench/kpis?size=100"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .build());
            time(
                    http,
                    "goals page (GET /w/bench/goals)",
                    i -> HttpRequest.newBuilder(URI.create(base + "/w/bench/goals"))
                            .build());
            time(
                    http,
                    "KPI page (GET /w/bench/kpis/{id})",
                    i -> HttpRequest.newBuilder(URI.create(base + "/w/bench/kpis/" + ids.get(i % ids.size())))
                            .build());
            time(
                    http,
                    "goal page (GET /w/bench/goals/{id}, every KPI's chart)",
                    i -> HttpRequest.newBuilder(URI.create(base + "/w/bench/goals/" + goal))
                            .build());
            return 0;
        }
    }

    private static boolean filledBefore(Workspaces workspaces, long userId) {
        try {
            workspaces.access("bench", userId);
            return true;
        } catch (WorkspaceNotFound e) {
            return false;
        }
    }

    /**
     * Creates the KPIs through {@link Kpis} and gives each {@code measurements} daily values. All
     * but the last day are a fixture written with plain JDBC batches straight into {@code
     * kpi_measurements} (what is timed is reading ten million of them, not writing them); the last day is recorded through {@link Kpis#record}, as the API does, so
     * each KPI's health is assessed from its latest value.
     */
    private List<Long> fill(Kpis kpis, DataSource dataSource, long userId, long goal) throws SQLException {
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            ids.add(kpis.create(
                            "bench",
                            userId,
                            new KpiInput(
                                    "KPI " + k,
                                    KpiUnit.COUNT,
                                    Direction.HIGHER_IS_BETTER,
                                    100.0,
                                    FIRST,
                                    200.0,
                                    FIRST.plusDays(measurements),
                                    null,
                                    null,
                                    null,
                                    Set.of(goal),
                                    null))
                    .id());
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id;
            try (Statement statement = connection.createStatement();
                    ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from kpi_measurements")) {
                max.next();
                id = max.getLong(1);
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into kpi_measurements (id, kpi_id, measured_on, measured, note, source, recorded_at, version)"
                            + " values (?, ?, ?, ?, null, 'API', ?, 0)")) {
                for (int k = 0; k < ids.size(); k++) {
                    for (int day = 0; day < measurements - 1; day++) {
                        insert.setLong(1, ++id);
                        insert.setLong(2, ids.get(k));
                        insert.setObject(3, FIRST.plusDays(day));
                        insert.setDouble(4, value(day, random));
                        insert.setObject(5, now);
                        insert.addBatch();
                        if ((day + 1) % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                    connection.commit();
                    if (k == 0 || (k + 1) % 10 == 0) {
                        progress(k + 1, started);
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                // past every id written, and past the block Hibernate's pooled optimizer hands out below it
                statement.execute("alter sequence kpi_measurements_seq restart with " + (id + 1_000));
            }
            connection.commit();
        }
        for (Long kpi : measurements > 0 ? ids : List.<Long>of()) {
            kpis.record(
                    "bench",
                    userId,
                    kpi,
                    List.of(new MeasurementInput(
                            FIRST.plusDays(measurements - 1), value(measurements - 1, random), null)),
                    MeasurementSource.API);
        }
        progress(ids.size(), started);
        return ids;
    }

    /** A value rising from 100 to 200 over the days, with noise. */
    private double value(int day, Random random) {
        return 100.0 + day * 100.0 / measurements + random.nextGaussian();
    }

    private void progress(int filled, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "filled:   %d KPIs x %,d measurements in %.1f s (%,.0f values/s)%n",
                filled, measurements, seconds, (double) filled * measurements / seconds);
        out.flush();
    }

    private void signIn(HttpClient http, String base) throws IOException, InterruptedException {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in: " + signedIn.statusCode());
        }
    }

    private void time(HttpClient http, String what, IntFunction<HttpRequest> request)
            throws IOException, InterruptedException {
        long[] nanos = new long[requests];
        for (int i = -warmup; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request.apply(i + warmup), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        out.printf(
                "%s: p50 %.1f ms, p95 %.1f ms over %d requests after %d untimed%n",
                what, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, requests, warmup);
        out.flush();
    }
}
