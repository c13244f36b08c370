package app.tandem.cli;

import app.tandem.identity.Users;
import app.tandem.insight.InsightIndex;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.Insights;
import app.tandem.insight.SourceType;
import app.tandem.insight.importing.ImportFormat;
import app.tandem.insight.importing.ImportProgress;
import app.tandem.insight.importing.InsightImport;
import app.tandem.support.ImportMode;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem bench insights --rows N}: on a fresh embedded database in a temporary folder,
 * generates N synthetic insights as a CSV export, imports it (rows/s, indexing included), rebuilds
 * the index (index time), and runs searches (p50/p95 latency). With {@code --keep DIR} the database
 * stays in DIR, and a later run with the same DIR only times the searches.
 *
 * <p>{@code tandem bench kpis [--kpis 100] [--measurements 100000] [--requests 200] [--keep DIR]}:
 * see {@link KpiBench}.
 *
 * <p>{@code tandem bench initiatives [--initiatives 5000] [--dependencies 15000] [--requests 200]
 * [--keep DIR]}: see {@link InitiativeBench}.
 *
 * <p>{@code tandem bench dashboard [--dashboard-initiatives 1000] [--kpis 100] [--insights 100000]
 * [--requests 200] [--keep DIR]}: see {@link DashboardBench}.
 *
 * <p>{@code tandem bench export [--insights 100000] [--keep DIR]}: see {@link ExportBench}.
 *
 * <p>{@code tandem bench load [--clients 64] [--seconds 60] [--phase-seconds 10] [--db-url URL
 * --db-user U --db-password P] [--rate-limits off|memory|database]}: see {@link LoadBench}.
 *
 * <p>{@code tandem bench plan [--sizes 10000,100000,1000000] [--runs 7]}: the planning core alone, no
 * database and no Spring; see {@link PlanBench}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure speed on a throw-away embedded database (plan: in memory, no database).")
final class BenchCommand implements Callable<Integer> {

    private static final String[] WORDS =
            ("budget savings goal onboarding email jargon envelope rollover bank sync export "
                            + "accountant paycheck buffer anxiety spreadsheet category report premium trial conversion retention mobile "
                            + "password form landing campaign referral notification reminder bill income freelancer gig driver courier "
                            + "couple dashboard chart weekly summary habit streak privacy security trust pricing monthly annual")
                    .split(" ");

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            description = "What to measure: insights, kpis, initiatives, dashboard, export, load or plan")
    String what = "";

    @Option(names = "--rows", description = "How many synthetic insights (default 100000)")
    int rows = 100_000;

    @Option(names = "--searches", description = "How many searches to time (default 300)")
    int searches = 300;

    @Option(
            names = "--warmup",
            description = "How many searches to run untimed first, so the JIT compiler has compiled "
                    + "the search code as in a server that has been running (default 100)")
    int warmup = 100;

    @Option(
            names = "--vocabulary",
            description =
                    "Distinct words in the synthetic text. 0 (default): the 55 product words, "
                            + "drawn uniformly, so every word is in about half the insights and every search matches most of them (the worst case). "
                            + "N > 0: N words drawn with Zipf's law (s = 1), as in real text, the product words the most frequent.")
    int vocabulary = 0;

    @Option(
            names = "--keep",
            description =
                    "Keep the database in this folder instead of a temporary one. "
                            + "When the folder holds a database from an earlier run, only the searches (or requests) are timed.")
    @Nullable Path keep;

    @Option(names = "--kpis", description = "kpis: how many KPIs (default 100)")
    int kpis = 100;

    @Option(names = "--measurements", description = "kpis: daily measurements per KPI (default 100000)")
    int measurements = 100_000;

    @Option(names = "--requests", description = "kpis, initiatives: timed requests per page or call (default 200)")
    int requests = 200;

    @Option(names = "--initiatives", description = "initiatives: how many initiatives (default 5000)")
    int initiatives = 5_000;

    @Option(
            names = "--dependencies",
            description = "initiatives: how many dependencies between them, without a cycle (default 15000)")
    int dependencies = 15_000;

    @Option(names = "--dashboard-initiatives", description = "dashboard: how many initiatives (default 1000)")
    int dashboardInitiatives = 1_000;

    @Option(names = "--insights", description = "dashboard, export: how many insights (default 100000)")
    int insights = 100_000;

    @Option(
            names = "--sizes",
            split = ",",
            description = "plan: how many initiatives, one workspace per size (default 10000,100000,1000000)")
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

    @Option(
            names = "--runs",
            description = "plan: timed runs per size, after min(--warmup, 3) untimed ones (default 7)")
    int runs = 7;

    @Option(
            names = "--warmup-seconds",
            description = "plan: each side's untimed runs go on at least this long, so the JIT compiler has"
                    + " compiled it (default 10)")
    double warmupSeconds = PlanBench.WARMUP_SECONDS;

    @Option(names = "--clients", description = "load: clients sending at once (default 64)")
    int clients = 64;

    @Option(names = "--seconds", description = "load: length of the mixed load in seconds (default 60)")
    int seconds = 60;

    @Option(
            names = "--phase-seconds",
            description = "load: length of each one-call phase (health, one insight, KPI list, search) in seconds"
                    + " (default 10)")
    int phaseSeconds = 10;

    @Option(
            names = "--db-url",
            description = "load: a PostgreSQL database to run on (JDBC URL) instead of a throw-away embedded one")
    @Nullable String dbUrl;

    @Option(names = "--db-user", description = "load: the database user")
    @Nullable String dbUser;

    @Option(names = "--db-password", description = "load: the database password")
    @Nullable String dbPassword;

    @Option(
            names = "--rate-limits",
            description = "load: off (default), or memory or database: the rate limits counted in that store,"
                    + " with limits no client reaches, to measure what counting costs")
    String rateLimits = "off";

    /** The words of the synthetic text and how to draw one. */
    private Words words = new Words(WORDS, 0);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ("kpis".equals(what)) {
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
            try {
                return new KpiBench(out, kpis, measurements, requests, Math.min(warmup, 50)).run(folder);
            } finally {
                if (keep == null) {
                    deleteQuietly(folder);
                }
            }
        }
        if ("initiatives".equals(what)) {
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
            try {
                return new InitiativeBench(out, initiatives, dependencies, requests, Math.min(warmup, 50)).run(folder);
            } finally {
                if (keep == null) {
                    deleteQuietly(folder);
                }
            }
        }
        if ("dashboard".equals(what)) {
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
            try {
                return new DashboardBench(out, dashboardInitiatives, kpis, insights, requests, Math.min(warmup, 20))
                        .run(folder);
            } finally {
                if (keep == null) {
                    deleteQuietly(folder);
                }
            }
        }
        if ("export".equals(what)) {
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
            try {
                return new ExportBench(out, insights).run(folder);
            } finally {
                if (keep == null) {
                    deleteQuietly(folder);
                }
            }
        }
        if ("load".equals(what)) {
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
            try {
                return new LoadBench(out, clients, seconds, phaseSeconds, dbUrl, dbUser, dbPassword, rateLimits)
                        .run(folder);
            } finally {
                if (keep == null) {
                    deleteQuietly(folder);
                }
            }
        }
        if ("plan".equals(what)) {
            return new PlanBench(out, sizes, runs, Math.min(warmup, 3), warmupSeconds).run();
        }
        if (!"insights".equals(what)) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "Measure insights, kpis, initiatives, dashboard, export, load or plan: tandem bench insights"
                                    + " --rows 100000, tandem bench load --clients 64 --seconds 60,"
                                    + " tandem bench kpis --kpis 100, tandem bench initiatives --initiatives 5000,"
                                    + " tandem bench plan --sizes 10000,100000");
            return 2;
        }
        words = new Words(WORDS, vocabulary);
        boolean reuse = keep != null && Files.exists(keep.resolve("tandem.mv.db"));
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tandem-bench-");
        Path csv = folder.resolve("insights.csv");
        Random random = new Random(42);
        if (!reuse) {
            writeCsv(csv, random);
        }
        String admin = "bench@tandem.local";
        try (ConfigurableApplicationContext context = TandemCommandLine.launcher.tool(TandemCommandLine.benchArgs(
                folder,
                "--tandem.demo.enabled=false",
                "--tandem.admin.email=" + admin,
                "--tandem.admin.password=bench-password-1234",
                "--logging.level.org.hibernate.search=ERROR",
                "--logging.level.app.tandem.insight.importing.InsightImport=INFO",
                "--logging.level.app.tandem.insight.InsightIndex=INFO"))) {
            long userId = context.getBean(Users.class).byEmail(admin).id();
            Runtime runtime = Runtime.getRuntime();
            if (!reuse) {
                context.getBean(WorkspaceAdministration.class).create(userId, "Bench", "bench");
                long started = System.nanoTime();
                InsightImport.Report report = context.getBean(InsightImport.class)
                        .run(
                                "bench",
                                userId,
                                csv,
                                ImportFormat.CSV,
                                Map.of(),
                                new InsightImport.Defaults(null, null),
                                ImportMode.ALL_OR_NOTHING,
                                ImportProgress.NONE);
                double importSeconds = (System.nanoTime() - started) / 1e9;
                long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                out.printf("insights: %,d rows (file %,d KB)%n", report.imported(), Files.size(csv) / 1024);
                out.printf(
                        "import:   %.1f s, %,.0f rows/s (checking, saving, indexing, routing), heap in use after: %d MB of max %d MB%n",
                        importSeconds, report.imported() / importSeconds, usedMb, runtime.maxMemory() / (1024 * 1024));
                out.flush();

                started = System.nanoTime();
                context.getBean(InsightIndex.class).rebuild();
                out.printf("reindex:  %.1f s for all rows%n", (System.nanoTime() - started) / 1e9);
                out.flush();
                Files.deleteIfExists(csv);
            }

            Insights insights = context.getBean(Insights.class);
            Random queries = new Random(7);
            for (int i = 0; i < warmup; i++) {
                insights.search("bench", userId, query(queries), 0, 20);
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                long t = System.nanoTime();
                insights.search("bench", userId, query(queries), 0, 20);
                nanos.add(System.nanoTime() - t);
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf(
                    "search:   p50 %.1f ms, p95 %.1f ms over %d searches after %d untimed (words, filters, highlights, facets)%n",
                    sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, searches, warmup);
            return 0;
        } finally {
            if (keep == null) {
                deleteQuietly(folder);
            }
        }
    }

    private void writeCsv(Path csv, Random random) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(csv)) {
            writer.write("id,title,body,source_type,created_at,tags,sentiment,reach\n");
            for (int i = 0; i < rows; i++) {
                writer.write("B-" + i + "," + sentence(random, 6) + "," + sentence(random, 40) + ","
                        + SourceType.values()[random.nextInt(SourceType.values().length)] + ",2026-0"
                        + (1 + random.nextInt(9))
                        + "-1" + random.nextInt(10) + "," + words.draw(random) + "," + (random.nextInt(5) - 2) + ","
                        + random.nextInt(500) + "\n");
            }
        }
    }

    private InsightSearch query(Random random) {
        String q = words.draw(random) + (random.nextBoolean() ? " " + words.draw(random) : "");
        SourceType type =
                random.nextInt(3) == 0 ? SourceType.values()[random.nextInt(SourceType.values().length)] : null;
        return new InsightSearch(q, type, null, null, null, null, null, null, null, null, null);
    }

    private String sentence(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(words.draw(random));
        }
        return text.toString();
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /**
     * Draws words: uniformly from the product words, or from a vocabulary of {@code size} words
     * (the product words first, then made-up ones) with Zipf's law, the k-th word with weight 1/k.
     */
    static final class Words {
        private final String[] vocabulary;
        private final double @Nullable [] cumulative;

        Words(String[] productWords, int size) {
            if (size <= 0) {
                vocabulary = productWords;
                cumulative = null;
                return;
            }
            vocabulary = new String[Math.max(size, productWords.length)];
            for (int k = 0; k < vocabulary.length; k++) {
                vocabulary[k] = k < productWords.length ? productWords[k] : "term" + Integer.toString(k, 36);
            }
            cumulative = new double[vocabulary.length];
            double sum = 0;
            for (int k = 0; k < vocabulary.length; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
        }

        String draw(Random random) {
            if (cumulative == null) {
                return vocabulary[random.nextInt(vocabulary.length)];
            }
            int k = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return vocabulary[k >= 0 ? k : Math.min(-k - 1, vocabulary.length - 1)];
        }
    }
}
