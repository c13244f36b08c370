package app.tandem.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tandem bench load}: starts the web application with the demo workspace (on a throw-away
 * embedded database, or on the PostgreSQL database given with {@code --db-url}) and sends it real
 * HTTP from {@code clients} clients at once, each on its own virtual thread, through the API with one
 * token. The rate limits are off for the run, or ({@code rateLimits} {@code memory} or {@code
 * database}) counted in that store with limits no client reaches, to show what counting costs.
 *
 * <ol>
 *   <li>One phase per simple call, {@code phaseSeconds} each, all clients sending only that call: the
 *       health endpoint (the ceiling: no workspace data read, only the database's validation query),
 *       one insight, the KPI list, and a search of the demo. Prints requests/s, p50 and p95 and the ratio to the health endpoint's throughput
 *       against the targets (one insight and the KPI list at least half of it, search a fifth).
 *   <li>The mix, {@code seconds} long: search, reading an insight or the KPI list, capturing an
 *       insight, recording a KPI value and editing an initiative (read, then replace with the version
 *       read: a 409 when another client changed it first is an expected answer, not an error).
 *   <li>Every write the server acknowledged is read back: each captured insight by its id, each KPI
 *       value on its day, and each initiative shows the last acknowledged edit. A write missing is a
 *       lost write.
 * </ol>
 *
 * Answers 0 when no answer was a server error (5xx or no answer) and no write was lost, 1 otherwise.
 * The clients run in the server's process on the same cores, so the throughput is what the machine
 * gives both; the ratios compare like with like.
 */
final class LoadBench {

    static final String TOKEN = "tdm_load-bench-token-0123456789abcdef";
    private static final String EMAIL = "load@tandem.local";
    private static final String WORKSPACE = "/api/v1/workspaces/budgetly";
    private static final String[] SEARCHES = {
        "onboarding", "savings goal", "bank sync", "jargon", "export", "premium", "envelope", "notification"
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintWriter out;
    private final int clients;
    private final int seconds;
    private final int phaseSeconds;
    private final @Nullable String dbUrl;
    private final @Nullable String dbUser;
    private final @Nullable String dbPassword;
    private final String rateLimits;

    LoadBench(
            PrintWriter out,
            int clients,
            int seconds,
            int phaseSeconds,
            @Nullable String dbUrl,
            @Nullable String dbUser,
            @Nullable String dbPassword,
            String rateLimits) {
        if (!List.of("off", "memory", "database").contains(rateLimits)) {
            throw new IllegalArgumentException("--rate-limits is off, memory or database, not " + rateLimits);
        }
        this.rateLimits = rateLimits;
        this.out = out;
        this.clients = clients;
        this.seconds = seconds;
        this.phaseSeconds = phaseSeconds;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    int run(Path folder) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--tandem.demo.enabled=true",
                "--tandem.rate-limit.enabled=" + !rateLimits.equals("off"),
                "--tandem.rate-limit.store=" + (rateLimits.equals("database") ? "database" : "memory"),
                "--tandem.rate-limit.api-per-token=1000000",
                "--tandem.admin.email=" + EMAIL,
                "--tandem.admin.password=load-bench-password-1234",
                "--tandem.admin.bootstrap-token=" + TOKEN,
                "--logging.level.org.hibernate.search=ERROR"));
        if (dbUrl != null) {
            args.add("--spring.datasource.url=" + dbUrl);
            args.add("--spring.datasource.username=" + (dbUser == null ? "" : dbUser));
            args.add("--spring.datasource.password=" + (dbPassword == null ? "" : dbPassword));
        }
        try (ConfigurableApplicationContext context =
                TandemCommandLine.launcher.web(TandemCommandLine.benchArgs(folder, args.toArray(String[]::new)))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            Client setup = new Client(http, base);
            Demo demo = Demo.read(setup, clients);
            out.printf(
                    "database: %s; %d clients; rate limits: %s; the demo: %d insights read, %d KPIs, %d initiatives"
                            + " to edit%n",
                    dbUrl == null ? "embedded H2 in " + folder : dbUrl,
                    clients,
                    rateLimits,
                    demo.insights().size(),
                    demo.kpis().size(),
                    demo.initiatives().size());
            out.flush();

            // a short untimed warm-up of every call, so the first phase does not pay for the JIT alone
            phase(
                    http,
                    base,
                    demo,
                    "warm-up",
                    Math.max(2, phaseSeconds / 2),
                    Op.HEALTH,
                    Op.INSIGHT,
                    Op.KPIS,
                    Op.SEARCH);
            Map<Op, Stats> single = new LinkedHashMap<>();
            for (Op op : List.of(Op.HEALTH, Op.INSIGHT, Op.KPIS, Op.SEARCH)) {
                single.putAll(phase(http, base, demo, op.what, phaseSeconds, op));
            }
            Writes writes = new Writes();
            Map<Op, Stats> mix = phase(http, base, demo, writes, "the mix", seconds, Op.values());
            int lost = writes.readBack(setup, demo, out);
            return print(single, mix, lost) ? 0 : 1;
        }
    }

    // ---- the calls ----------------------------------------------------------------------------

    /** A call of the bench, with its share of the mix (health has none: it is only the ceiling). */
    enum Op {
        HEALTH("health (GET /actuator/health)", 0),
        INSIGHT("one insight (GET .../insights/{id})", 20),
        KPIS("the KPI list (GET .../kpis)", 15),
        SEARCH("search (GET .../insights?q=)", 30),
        CAPTURE("capture an insight (POST .../insights)", 15),
        MEASURE("record a KPI value (POST .../kpis/{id}/measurements)", 10),
        EDIT("edit an initiative (GET, then PUT with its version)", 10);

        final String what;
        final int share;

        Op(String what, int share) {
            this.what = what;
            this.share = share;
        }
    }

    /** What the demo holds that the calls use. */
    record Demo(List<Long> insights, List<Long> kpis, List<Long> initiatives, long teamId, long me) {

        /** Reads the insights and KPIs, and makes one initiative per eight clients for them to edit. */
        static Demo read(Client setup, int clients) throws Exception {
            Instant deadline = Instant.now().plusSeconds(120);
            while (setup.send("GET", WORKSPACE + "/insights?size=50", null).status() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the demo workspace did not appear in 120 s");
                }
                Thread.sleep(500);
            }
            List<Long> insights = new ArrayList<>();
            setup.json(WORKSPACE + "/insights?size=50")
                    .path("items")
                    .forEach(hit -> insights.add(hit.path("insight").path("id").asLong()));
            List<Long> kpis = ids(setup.json(WORKSPACE + "/kpis?size=100").path("items"));
            long team = setup.json(WORKSPACE + "/teams")
                    .path("items")
                    .get(0)
                    .path("id")
                    .asLong();
            long me = setup.json("/api/v1/me").path("id").asLong();
            LocalDate start = LocalDate.now(ZoneOffset.UTC);
            List<Long> initiatives = new ArrayList<>();
            for (int i = 0; i < Math.max(1, clients / 8); i++) {
                Answer created = setup.send(
                        "POST", WORKSPACE + "/initiatives", """
                        {"title":"Load bench initiative %d","kind":"OTHER","proposingTeamId":%d,"ownerId":%d,\
                        "startDate":"%s","dueDate":"%s"}""".formatted(i, team, me, start, start.plusDays(60)));
                if (created.status() != 201) {
                    throw new IllegalStateException("could not create an initiative: " + created.body());
                }
                initiatives.add(JSON.readTree(created.body()).path("id").asLong());
            }
            if (insights.isEmpty() || kpis.isEmpty()) {
                throw new IllegalStateException("the demo workspace has no insights or no KPIs");
            }
            return new Demo(insights, kpis, initiatives, team, me);
        }

        private static List<Long> ids(JsonNode items) {
            List<Long> ids = new ArrayList<>();
            items.forEach(item -> ids.add(item.path("id").asLong()));
            return ids;
        }
    }

    record Answer(int status, String body) {}

    /** Sends API calls with the token; a call that gets no answer counts as status 0. */
    record Client(HttpClient http, String base) {

        Answer send(String method, String path, @Nullable String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Accept", "application/json");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, "interrupted");
            } catch (java.io.IOException e) {
                return new Answer(0, String.valueOf(e));
            }
        }

        JsonNode json(String path) {
            Answer answer = send("GET", path, null);
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return JSON.readTree(answer.body());
        }
    }

    // ---- phases -------------------------------------------------------------------------------

    /** Latencies and answers of one call in one phase. */
    static final class Stats {
        private long[] nanos = new long[1024];
        private int count;
        int serverErrors;
        int conflicts;
        int otherRefusals;
        int seconds = 1;

        @Nullable String firstError;

        double perSecond() {
            return count / (double) seconds;
        }

        void add(long elapsed, int status, String body) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsed;
            if (status == 0 || status >= 500) {
                serverErrors++;
                if (firstError == null) {
                    firstError = status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
                }
            } else if (status == 409) {
                conflicts++;
            } else if (status >= 400) {
                otherRefusals++;
                if (firstError == null) {
                    firstError = status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
                }
            }
        }

        void merge(Stats other) {
            for (int i = 0; i < other.count; i++) {
                add(other.nanos[i], 200, "");
            }
            serverErrors += other.serverErrors;
            conflicts += other.conflicts;
            otherRefusals += other.otherRefusals;
            if (firstError == null) {
                firstError = other.firstError;
            }
        }

        int count() {
            return count;
        }

        double percentileMs(double p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return count == 0 ? 0 : sorted[Math.min(count - 1, (int) (count * p))] / 1e6;
        }
    }

    private Map<Op, Stats> phase(HttpClient http, String base, Demo demo, String name, int length, Op... ops)
            throws Exception {
        return phase(http, base, demo, null, name, length, ops);
    }

    /** All clients send the calls (drawn by their shares when there are several) for {@code length} s. */
    private Map<Op, Stats> phase(
            HttpClient http, String base, Demo demo, @Nullable Writes writes, String name, int length, Op... ops)
            throws Exception {
        out.printf("%s: %d s…%n", name, length);
        out.flush();
        long end = System.nanoTime() + length * 1_000_000_000L;
        List<Future<Map<Op, Stats>>> running = new ArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(threads.submit(() -> {
                    Client api = new Client(http, base);
                    Map<Op, Stats> mine = new LinkedHashMap<>();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        Op op = ops.length == 1 || writes == null ? ops[random.nextInt(ops.length)] : draw(random);
                        long started = System.nanoTime();
                        Answer answer = call(api, op, demo, writes, client, sequence, random);
                        mine.computeIfAbsent(op, o -> new Stats())
                                .add(System.nanoTime() - started, answer.status(), answer.body());
                    }
                    return mine;
                }));
            }
            Map<Op, Stats> all = new LinkedHashMap<>();
            for (Future<Map<Op, Stats>> f : running) {
                f.get()
                        .forEach((op, stats) ->
                                all.computeIfAbsent(op, o -> new Stats()).merge(stats));
            }
            all.values().forEach(s -> s.seconds = length);
            return all;
        }
    }

    private static Op draw(ThreadLocalRandom random) {
        int pick = random.nextInt(100);
        for (Op op : Op.values()) {
            if (pick < op.share) {
                return op;
            }
            pick -= op.share;
        }
        return Op.SEARCH;
    }

    private Answer call(
            Client api,
            Op op,
            Demo demo,
            @Nullable Writes writes,
            int client,
            AtomicInteger sequence,
            ThreadLocalRandom random) {
        return switch (op) {
            case HEALTH -> api.send("GET", "/actuator/health", null);
            case INSIGHT ->
                api.send(
                        "GET",
                        WORKSPACE + "/insights/"
                                + demo.insights()
                                        .get(random.nextInt(demo.insights().size())),
                        null);
            case KPIS -> api.send("GET", WORKSPACE + "/kpis", null);
            case SEARCH ->
                api.send(
                        "GET",
                        WORKSPACE + "/insights?q="
                                + URLEncoder.encode(SEARCHES[random.nextInt(SEARCHES.length)], StandardCharsets.UTF_8),
                        null);
            case CAPTURE -> {
                String title = "Load bench insight " + client + "-" + sequence.incrementAndGet();
                Answer answer = api.send(
                        "POST",
                        WORKSPACE + "/insights",
                        "{\"title\":\"" + title + "\",\"text\":\"Captured under load by client " + client + ".\"}");
                if (answer.status() == 201 && writes != null) {
                    writes.insights.put(JSON.readTree(answer.body()).path("id").asLong(), title);
                }
                yield answer;
            }
            case MEASURE -> {
                // every value on a day of its own, so each acknowledged value must be the one kept
                int n = sequence.incrementAndGet();
                long kpi = demo.kpis().get(n % demo.kpis().size());
                LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(400L + n);
                double value = 10 + (n % 80) + 0.25;
                Answer answer = api.send(
                        "POST",
                        WORKSPACE + "/kpis/" + kpi + "/measurements",
                        "{\"date\":\"" + day + "\",\"value\":" + value + "}");
                if (answer.status() == 201 && writes != null) {
                    writes.measurements.put(kpi + "@" + day, value);
                }
                yield answer;
            }
            case EDIT -> edit(api, demo, writes, client, sequence);
        };
    }

    /** Reads one of the shared initiatives and replaces its description, sending the version read. */
    private Answer edit(Client api, Demo demo, @Nullable Writes writes, int client, AtomicInteger sequence) {
        long id = demo.initiatives().get(client % demo.initiatives().size());
        Answer read = api.send("GET", WORKSPACE + "/initiatives/" + id, null);
        if (read.status() != 200) {
            return read;
        }
        JsonNode initiative = JSON.readTree(read.body());
        String description = "Edited by client " + client + ", edit " + sequence.incrementAndGet();
        Answer answer = api.send("PUT", WORKSPACE + "/initiatives/" + id, """
                {"title":%s,"description":"%s","kind":"OTHER","proposingTeamId":%d,"ownerId":%d,\
                "startDate":"%s","dueDate":"%s","version":%d}""".formatted(
                        JSON.writeValueAsString(initiative.path("title").asString()),
                        description,
                        demo.teamId(),
                        demo.me(),
                        initiative.path("startDate").asString(),
                        initiative.path("dueDate").asString(),
                        initiative.path("version").asLong()));
        if (answer.status() == 200 && writes != null) {
            long version = JSON.readTree(answer.body()).path("version").asLong();
            writes.edits.merge(id, new Edit(version, description), (a, b) -> a.version() >= b.version() ? a : b);
        }
        return answer;
    }

    record Edit(long version, String description) {}

    /** Every write the server acknowledged in the mix, to read back. */
    static final class Writes {
        final Map<Long, String> insights = new ConcurrentHashMap<>();
        final Map<String, Double> measurements = new ConcurrentHashMap<>();
        final Map<Long, Edit> edits = new ConcurrentHashMap<>();

        /** Reads back every acknowledged write; answers how many are missing or different. */
        int readBack(Client api, Demo demo, PrintWriter out) {
            int lost = 0;
            for (Map.Entry<Long, String> insight : insights.entrySet()) {
                Answer answer = api.send("GET", WORKSPACE + "/insights/" + insight.getKey(), null);
                if (answer.status() != 200
                        || !insight.getValue()
                                .equals(JSON.readTree(answer.body())
                                        .path("title")
                                        .asString())) {
                    lost++;
                }
            }
            Map<Long, Map<String, Double>> kept = new LinkedHashMap<>();
            for (long kpi : demo.kpis()) {
                Map<String, Double> byDay = new LinkedHashMap<>();
                api.json(WORKSPACE + "/kpis/" + kpi + "/measurements")
                        .forEach(m -> byDay.put(
                                m.path("date").asString(), m.path("value").asDouble()));
                kept.put(kpi, byDay);
            }
            for (Map.Entry<String, Double> m : measurements.entrySet()) {
                String[] kpiAndDay = m.getKey().split("@");
                Double value = kept.get(Long.parseLong(kpiAndDay[0])).get(kpiAndDay[1]);
                if (value == null || Math.abs(value - m.getValue()) > 1e-9) {
                    lost++;
                }
            }
            for (Map.Entry<Long, Edit> edit : edits.entrySet()) {
                JsonNode now = api.json(WORKSPACE + "/initiatives/" + edit.getKey());
                if (now.path("version").asLong() != edit.getValue().version()
                        || !edit.getValue()
                                .description()
                                .equals(now.path("description").asString())) {
                    lost++;
                }
            }
            out.printf(
                    "read back: %,d insights captured, %,d KPI values, %d initiatives' last edits: %d lost%n",
                    insights.size(), measurements.size(), edits.size(), lost);
            return lost;
        }
    }

    // ---- the report ---------------------------------------------------------------------------

    private boolean print(Map<Op, Stats> single, Map<Op, Stats> mix, int lost) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(
                "machine: %d cores (load average %.1f), Java %s, max heap %d MB%n",
                runtime.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024));
        double health = single.get(Op.HEALTH).perSecond();
        String row = "%-56s  %9s  %8s  %8s  %7s  %9s  %s%n";
        out.printf("one call at a time, %d clients, %d s each:%n", clients, phaseSeconds);
        out.printf(row, "call", "req/s", "p50 ms", "p95 ms", "5xx", "refused", "target");
        Map<Op, Double> targets = Map.of(Op.INSIGHT, 0.5, Op.KPIS, 0.5, Op.SEARCH, 0.2);
        boolean ok = true;
        for (Map.Entry<Op, Stats> e : single.entrySet()) {
            Double target = targets.get(e.getKey());
            String verdict = "";
            if (target != null) {
                double ratio = e.getValue().perSecond() / health;
                verdict = "%.2f of health, target %.1f %s".formatted(ratio, target, ratio >= target ? "ok" : "MISSED");
            }
            ok &= line(row, e.getKey().what, e.getValue(), verdict);
        }
        out.printf("the mix, %d clients, %d s:%n", clients, seconds);
        out.printf(row, "call", "req/s", "p50 ms", "p95 ms", "5xx", "409/other", "");
        int total = 0;
        for (Map.Entry<Op, Stats> e : mix.entrySet()) {
            total += e.getValue().count();
            ok &= line(row, e.getKey().what, e.getValue(), "");
        }
        out.printf("the mix in all: %,.0f requests/s; lost writes: %d%n", total / (double) seconds, lost);
        out.printf(ok && lost == 0 ? "no server error, no lost write%n" : "FAILED: server errors or lost writes%n");
        out.flush();
        return ok && lost == 0;
    }

    private boolean line(String row, String what, Stats stats, String verdict) {
        out.printf(
                row,
                what,
                "%,.0f".formatted(stats.perSecond()),
                "%.1f".formatted(stats.percentileMs(0.5)),
                "%.1f".formatted(stats.percentileMs(0.95)),
                stats.serverErrors,
                stats.conflicts + "/" + stats.otherRefusals,
                verdict);
        if (stats.firstError != null) {
            out.printf("    first error or refusal: %s%n", stats.firstError.replaceAll("\\s+", " "));
        }
        return stats.serverErrors == 0;
    }
}
