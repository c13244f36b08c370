package app.tandem.cli;

import app.tandem.identity.Users;
import app.tandem.insight.InsightExports;
import app.tandem.support.export.ExportFormat;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tandem bench export [--insights 100000] [--keep DIR]}: on a throw-away embedded database,
 * a workspace of {@code insights} insights (written in JDBC batches), then exported as CSV and as
 * JSON to a stream that only counts the bytes, as the download does. Prints rows/s and MB/s of each,
 * and the heap in use after a full collection before the export and at its highest during it
 * (sampled every {@link #SAMPLE_EVERY} rows in a second, untimed pass): the export's memory does
 * not grow with the number of rows. A database kept from an earlier run ({@code --keep}) is only
 * exported.
 */
final class ExportBench {

    static final int SAMPLE_EVERY = 50_000;
    private static final int BATCH = 5_000;
    private static final String[] SOURCES = {"SUPPORT_TICKET", "USABILITY_TEST", "SURVEY", "INTERVIEW", "ANALYTICS"};

    private final PrintWriter out;
    private final int insightCount;

    ExportBench(PrintWriter out, int insightCount) {
        this.out = out;
        this.insightCount = insightCount;
    }

    int run(Path folder) throws Exception {
        try (ConfigurableApplicationContext context = InitiativeBench.embedded(folder)) {
            long userId =
                    context.getBean(Users.class).byEmail(InitiativeBench.EMAIL).id();
            Workspaces workspaces = context.getBean(Workspaces.class);
            if (InitiativeBench.filledBefore(workspaces, userId)) {
                out.printf("filled before: the workspace in %s, only the export is timed%n", folder);
            } else {
                long started = System.nanoTime();
                context.getBean(WorkspaceAdministration.class).create(userId, "Bench", InitiativeBench.SLUG);
                fill(context.getBean(DataSource.class), workspaces.access(InitiativeBench.SLUG, userId));
                out.printf("filled in %.1f s: %,d insights%n", (System.nanoTime() - started) / 1e9, insightCount);
            }
            out.flush();
            InsightExports exports = context.getBean(InsightExports.class);
            WorkspaceContext workspace = exports.access(InitiativeBench.SLUG, userId);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            out.printf(
                    "heap: max %,d MB; in use after a full collection before the export %,d MB%n",
                    memory.getHeapMemoryUsage().getMax() >> 20, liveHeap(memory) >> 20);
            for (ExportFormat format : ExportFormat.values()) {
                Counting bytes = new Counting();
                long started = System.nanoTime();
                ExportWriter writer = ExportWriter.open(format, bytes, InsightExports.COLUMNS);
                long rows = exports.write(workspace, writer);
                writer.finish();
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(
                        "%-4s %,d rows, %,d MB in %.1f s: %,.0f rows/s, %.0f MB/s%n",
                        format.extension(),
                        rows,
                        bytes.count >> 20,
                        seconds,
                        rows / seconds,
                        (bytes.count >> 20) / seconds);
                out.flush();
                Sampling sampling = new Sampling(
                        ExportWriter.open(format, OutputStream.nullOutputStream(), InsightExports.COLUMNS), memory);
                exports.write(workspace, sampling);
                sampling.finish();
                out.printf(
                        "%-4s heap in use after a full collection, every %,d rows: at most %,d MB (%d samples)%n",
                        format.extension(), SAMPLE_EVERY, sampling.peak >> 20, sampling.samples);
                out.flush();
            }
            return 0;
        }
    }

    private static long liveHeap(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void fill(DataSource dataSource, WorkspaceContext workspace) throws SQLException {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id = InitiativeBench.next(connection, "insights");
            try (PreparedStatement insight = connection.prepareStatement(
                    "insert into insights (id, workspace_id, title, body, source_type, observed_on, sentiment,"
                            + " reach, evidence_strength, content_hash, tags, created_at, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'ANECDOTE', ?, ?, ?, 0)")) {
                for (int n = 0; n < insightCount; n++) {
                    int daysAgo = random.nextInt(365);
                    insight.setLong(1, ++id);
                    insight.setLong(2, workspace.id());
                    insight.setString(3, (n % 100 == 0 ? "=" : "") + "Insight " + n + ", about \"export\"");
                    insight.setString(
                            4,
                            "What users said, number " + n
                                    + ": the monthly report is hard to find, and the export to a spreadsheet "
                                    + "loses the accents of ünïcode names.\nA second line.");
                    insight.setString(5, SOURCES[random.nextInt(SOURCES.length)]);
                    insight.setObject(6, today.minusDays(daysAgo));
                    insight.setInt(7, random.nextInt(5) - 2);
                    insight.setInt(8, 1 + random.nextInt(50));
                    insight.setString(9, "%064x".formatted(n));
                    insight.setString(10, random.nextBoolean() ? "export report" : "");
                    insight.setObject(11, now.minusDays(daysAgo));
                    insight.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        insight.executeBatch();
                        connection.commit();
                    }
                }
                insight.executeBatch();
                connection.commit();
            }
            InitiativeBench.restart(connection, "insights", id);
            connection.commit();
        }
    }

    /** A stream that only counts what is written to it. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Passes rows on, and every {@link #SAMPLE_EVERY} rows collects the garbage and notes the heap in use. */
    private static final class Sampling implements ExportWriter {
        private final ExportWriter writer;
        private final MemoryMXBean memory;
        private long rows;
        private long peak;
        private int samples;

        Sampling(ExportWriter writer, MemoryMXBean memory) {
            this.writer = writer;
            this.memory = memory;
        }

        @Override
        public void row(@Nullable Object... cells) {
            writer.row(cells);
            if (++rows % SAMPLE_EVERY == 0) {
                peak = Math.max(peak, liveHeap(memory));
                samples++;
            }
        }

        @Override
        public void finish() {
            writer.finish();
        }
    }
}
