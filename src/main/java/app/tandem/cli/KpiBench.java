package app.tandem.cli;

import app.tandem.goal.Direction;
import app.tandem.goal.GoalInput;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.identity.Users;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tandem bench kpis}: starts the web application on a throw-away embedded database, fills
 * {@code kpis} KPIs (all measuring one goal) with {@code measurements} daily values each through
 * the same service the API uses, then times over real HTTP the KPI list API, the goals page and
 * KPI pages, and prints p50/p95 of each.
 */
final class KpiBench {

    private static final String TOKEN = "tdm_bench-token-0123456789abcdef";
    private static final String EMAIL = "bench@tandem.local";
    private static final String PASSWORD = "bench-password-1234";
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
        try (ConfigurableApplicationContext context = TandemCommandLine.launcher.web(TandemCommandLine.toolArgs(
                folder,
                "--server.port=0",
                "--tandem.demo.enabled=false",
                "--tandem.admin.email=" + EMAIL,
                "--tandem.admin.password=" + PASSWORD,
                "--tandem.admin.bootstrap-token=" + TOKEN,
                "--logging.level.org.hibernate.search=ERROR"))) {
            long userId = context.getBean(Users.class).byEmail(EMAIL).id();
            context.getBean(WorkspaceAdministration.class).create(userId, "Bench", "bench");
            LocalDate first = LocalDate.of(2000, 1, 1);
            long goal = context.getBean(Goals.class)
                    .create(
                            "bench",
                            userId,
                            new GoalInput("Grow", null, first, first.plusDays(measurements), null, null, null, null))
                    .id();
            Kpis kpis = context.getBean(Kpis.class);
            Random random = new Random(42);
            int chunk = 10_000;
            long started = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < kpiCount; k++) {
                long id = kpis.create(
                                "bench",
                                userId,
                                new KpiInput(
                                        "KPI " + k,
                                        KpiUnit.COUNT,
                                        Direction.HIGHER_IS_BETTER,
                                        100.0,
                                        first,
                                        200.0,
                                        first.plusDays(measurements),
                                        null,
                                        null,
                                        null,
                                        Set.of(goal),
                                        null))
                        .id();
                ids.add(id);
                for (int from = 0; from < measurements; from += chunk) {
                    List<MeasurementInput> values = new ArrayList<>();
                    for (int day = from; day < Math.min(measurements, from + chunk); day++) {
                        values.add(new MeasurementInput(
                                first.plusDays(day), 100.0 + day * 100.0 / measurements + random.nextGaussian(), null));
                    }
                    kpis.record("bench", userId, id, values, MeasurementSource.API);
                }
                if (k == 0 || (k + 1) % 10 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    out.printf(
                            "filled:   %d KPIs x %,d measurements in %.1f s (%,.0f values/s)%n",
                            k + 1, measurements, seconds, (double) (k + 1) * measurements / seconds);
                    out.flush();
                }
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
