package app.tandem.cli;

import app.tandem.goal.KpiImport;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementImport;
import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.initiative.InitiativeImport;
import app.tandem.insight.SourceType;
import app.tandem.insight.importing.ImportDates;
import app.tandem.insight.importing.ImportFormat;
import app.tandem.insight.importing.ImportProgress;
import app.tandem.insight.importing.InsightImport;
import app.tandem.support.CsvImportReport;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.support.RowError;
import app.tandem.support.UploadedText;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tandem import insights FILE --workspace SLUG}: imports a CSV or JSON export, with progress;
 * {@code tandem import measurements FILE --workspace SLUG [--kpi ID]}: KPI values from CSV ({@code
 * kpi,date,value[,note]}, or {@code date,value} for the KPI given); {@code tandem import initiatives
 * FILE --workspace SLUG}: proposals from CSV ({@link InitiativeImport}); {@code tandem import kpis FILE
 * --workspace SLUG}: KPI definitions from CSV ({@link KpiImport}). All report every wrong row by
 * line and import nothing unless every row is good or {@code --good-rows} is given. Exit codes: 0
 * imported, 1 nothing imported (wrong rows, an unknown workspace or KPI), 2 a wrong command line.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import data. Stop the server first when it uses the embedded database.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "What to import: insights, measurements, initiatives or kpis")
    String what = "";

    @Parameters(index = "1", description = "The CSV (with a header row) or JSON (an array of objects) file")
    Path file = Path.of("");

    @Option(names = "--workspace", required = true, description = "The workspace's slug, e.g. budgetly")
    String workspace = "";

    @Option(
            names = "--kpi",
            description = "measurements: the id of the KPI a date,value file is for (a kpi column names it otherwise)")
    @Nullable Long kpi;

    @Option(
            names = "--mapping",
            description =
                    "A JSON file mapping insight fields to columns, e.g. {\"title\": \"subject\", \"body\": \"description\"}")
    @Nullable Path mapping;

    @Option(
            names = "--good-rows",
            description = "Import the good rows even when some are wrong (default: nothing when any row is wrong)")
    boolean goodRows;

    @Option(names = "--source-type", description = "Source type of rows without one: ${COMPLETION-CANDIDATES}")
    @Nullable SourceType sourceType;

    @Option(
            names = "--date-format",
            description =
                    "How the file's dates are written: " + ImportDates.SPELLINGS + "; the import says how it read them")
    @Nullable String dateFormat;

    @Option(
            names = "--kind",
            description = "initiatives: the kind of the rows without one (feature, campaign, infrastructure, content,"
                    + " research, monetisation or other); the file then needs no kind column")
    @Nullable String kind;

    @Option(
            names = "--team",
            description = "initiatives: the proposing team (name or id) of the rows without one; the file then needs"
                    + " no team column")
    @Nullable String team;

    @Option(names = "--as", description = "The email of the person importing (default: the instance admin)")
    @Nullable String as;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("insights", "measurements", "initiatives", "kpis").contains(what)) {
            err.println("There is nothing called " + what + " to import. Choose insights, measurements, initiatives or"
                    + " kpis: tandem import insights|measurements|initiatives|kpis FILE --workspace SLUG");
            return 2;
        }
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file.toAbsolutePath());
            return 2;
        }
        if ("measurements".equals(what)) {
            return measurements(out, err);
        }
        if ("initiatives".equals(what)) {
            return initiatives(out, err);
        }
        if ("kpis".equals(what)) {
            return csv(
                    out,
                    err,
                    "Checking the rows, then defining the good ones",
                    "Defined %d KPIs",
                    (context, userId, csv, mode) -> {
                        CsvImportReport report =
                                context.getBean(KpiImport.class).importCsv(workspace, userId, csv, mode);
                        return new Outcome(
                                report.imported(), report.rejected(), report.errors(), List.of(), report.anyGood());
                    });
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (mapping != null) {
            fields.putAll(JsonMapper.builder()
                    .build()
                    .readValue(mapping.toFile(), new TypeReference<Map<String, String>>() {}));
        }
        try (ConfigurableApplicationContext context =
                TandemCommandLine.launcher.tool(TandemCommandLine.toolArgs(data))) {
            UserSummary person = person(context);
            long started = System.nanoTime();
            Instant since = Instant.now();
            InsightImport.Report report = context.getBean(InsightImport.class)
                    .run(
                            workspace,
                            person.id(),
                            file,
                            ImportFormat.of(file, ImportFormat.of(file.toString())),
                            fields,
                            new InsightImport.Defaults(sourceType, null, ImportDates.format(dateFormat)),
                            goodRows ? ImportMode.GOOD_ROWS : ImportMode.ALL_OR_NOTHING,
                            new ProgressBar(err, started));
            err.println();
            awaitListeners(context, since);
            out.println(report.dates());
            out.println(report.text());
            // (a field as people call it: "Observed on", not the API's observedOn)
            report.errors()
                    .forEach(e -> out.printf(
                            "line %s, %s: %s%n", e.where(), InsightImport.Target.labelOf(e.field()), e.message()));
            if (!report.applied()) {
                out.printf(
                        report.badRows() == report.rows()
                                ? "%d of %d rows are wrong; nothing was imported. Fix them.%n"
                                : "%d of %d rows are wrong; nothing was imported. Fix them, or use --good-rows.%n",
                        report.badRows(),
                        report.rows());
                return 1;
            }
            out.printf(
                    "Imported %d insights, skipped %d imported before, left out %d wrong rows.%n",
                    report.imported(), report.duplicates(), report.badRows());
            return 0;
        } catch (DomainException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Waits, at most a minute, until the event listeners the import set off (webhook deliveries,
     * notifications, the routing of insights) have handled its events: each event published since
     * {@code since} is in Spring Modulith's publication table ({@code event_publication}) until its
     * listener completes it (or fails it). Closing the command's context while they ran cut them off, once per initiative of an
     * import ("EntityManagerFactory is closed").
     */
    static void awaitListeners(ConfigurableApplicationContext context, Instant since) throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline
                && jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and publication_date >= :since and (status is null or status <> 'FAILED')")
                                .param("since", java.sql.Timestamp.from(since))
                                .query(Long.class)
                                .single()
                        > 0) {
            Thread.sleep(100);
        }
    }

    /** What a CSV import of measurements or initiatives did, as the command reports it. */
    private record Outcome(
            int saved, boolean rejected, List<RowError> errors, List<RowError> warnings, boolean anyGood) {}

    /** Reads the file as UTF-8 and imports it as the person named, with the mode asked for. */
    private interface CsvImport {
        Outcome run(ConfigurableApplicationContext context, long userId, Reader csv, ImportMode mode);
    }

    private int measurements(PrintWriter out, PrintWriter err) throws Exception {
        return csv(
                out,
                err,
                "Checking the rows, then saving the good ones",
                "Recorded %d values",
                (context, userId, csv, mode) -> {
                    MeasurementImport report = context.getBean(Kpis.class).importCsv(workspace, userId, csv, kpi, mode);
                    return new Outcome(
                            report.saved(), report.rejected(), report.errors(), report.warnings(), report.anyGood());
                });
    }

    private int initiatives(PrintWriter out, PrintWriter err) throws Exception {
        return csv(
                out,
                err,
                "Checking the rows, then proposing the good ones",
                "Proposed %d initiatives",
                (context, userId, csv, mode) -> {
                    CsvImportReport report = context.getBean(InitiativeImport.class)
                            .importCsv(workspace, userId, csv, mode, new InitiativeImport.Defaults(kind, team));
                    return new Outcome(
                            report.imported(), report.rejected(), report.errors(), List.of(), report.anyGood());
                });
    }

    private int csv(PrintWriter out, PrintWriter err, String doing, String done, CsvImport importer) throws Exception {
        try (ConfigurableApplicationContext context =
                TandemCommandLine.launcher.tool(TandemCommandLine.toolArgs(data))) {
            UserSummary person = person(context);
            Instant since = Instant.now();
            Outcome outcome;
            try (Reader csv =
                    UploadedText.reader(new ReadingBar(Files.newInputStream(file), Files.size(file), doing, err))) {
                outcome = importer.run(
                        context, person.id(), csv, goodRows ? ImportMode.GOOD_ROWS : ImportMode.ALL_OR_NOTHING);
            }
            err.println();
            awaitListeners(context, since);
            outcome.errors().forEach(e -> out.println(e.describe()));
            outcome.warnings().forEach(w -> out.println("Warning: " + w.describe()));
            long wrong =
                    outcome.errors().stream().map(RowError::line).distinct().count();
            if (outcome.rejected()) {
                if (RowError.aboutTheFile(outcome.errors())) {
                    out.println("The file cannot be read as it is; nothing was imported.");
                } else {
                    out.printf(
                            !outcome.anyGood()
                                    ? "%d rows are wrong and no row of the file is good; nothing was imported. Fix them.%n"
                                    : "%d rows are wrong; nothing was imported. Fix them, or use --good-rows.%n",
                            wrong);
                }
                return 1;
            }
            out.printf(done + ", left out %d wrong rows.%n", outcome.saved(), wrong);
            return 0;
        } catch (DomainException e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        }
    }

    private UserSummary person(ConfigurableApplicationContext context) {
        String email =
                as != null ? as : context.getEnvironment().getProperty("tandem.admin.email", "admin@tandem.local");
        return context.getBean(Users.class).byEmail(email);
    }

    /**
     * The progress of a CSV import of records on standard error: "Reading [#####.....] 50%" as the
     * file is read and its rows checked (by the bytes read, at most every tenth of a second), then
     * what is done with the good rows once the whole file is read. These imports read and check every
     * row before they save any, in one transaction.
     */
    static final class ReadingBar extends FilterInputStream {
        private final long size;
        private final String doing;
        private final PrintWriter err;
        private long read;
        private long shown = -1;
        private long shownAt;
        private boolean ended;

        ReadingBar(InputStream in, long size, String doing, PrintWriter err) {
            super(in);
            this.size = size;
            this.doing = doing;
            this.err = err;
            show(true);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            advance(n);
            return n;
        }

        private void advance(int n) {
            if (n < 0) {
                if (!ended) {
                    ended = true;
                    read = size;
                    show(true);
                    err.printf("%nFile read. %s…", doing);
                    err.flush();
                }
                return;
            }
            read += n;
            show(false);
        }

        private void show(boolean now) {
            long at = System.nanoTime();
            if (!now && (read == shown || at - shownAt < 100_000_000L)) {
                return;
            }
            shown = read;
            shownAt = at;
            err.printf(
                    "\rReading  %s %,d of %,d bytes   ",
                    ProgressBar.bar(size == 0 ? 1 : read / (double) size), read, size);
            err.flush();
        }
    }

    /** A progress bar on standard error: "Checking [#####.....] 50%", then "Saving", then "Indexing". */
    static final class ProgressBar implements ImportProgress {
        private final PrintWriter err;
        private final long started;

        ProgressBar(PrintWriter err, long started) {
            this.err = err;
            this.started = started;
        }

        static String bar(double share) {
            int filled = (int) Math.round(Math.max(0, Math.min(1, share)) * 30);
            return "[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] "
                    + String.format("%3d%%", Math.round(share * 100));
        }

        @Override
        public void checking(long rows, double fileShare) {
            err.printf("\rChecking %s %,d rows   ", bar(fileShare), rows);
            err.flush();
        }

        @Override
        public void saving(long done, long goodRows) {
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            err.printf(
                    "\rSaving   %s %,d of %,d rows (%,.0f rows/s)   ",
                    bar(goodRows == 0 ? 1 : done / (double) goodRows), done, goodRows, done / seconds);
            err.flush();
        }

        @Override
        public void indexing() {
            err.printf("%nWriting the search index…");
            err.flush();
        }
    }
}
