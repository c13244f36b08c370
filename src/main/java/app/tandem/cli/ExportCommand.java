package app.tandem.cli;

import app.tandem.discovery.DecisionExports;
import app.tandem.goal.KpiMeasurementExports;
import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.initiative.InitiativeExports;
import app.tandem.insight.InsightExports;
import app.tandem.journey.JourneyStageExports;
import app.tandem.meeting.ActionItemExports;
import app.tandem.persona.PersonaExports;
import app.tandem.persona.UserGoalExports;
import app.tandem.support.DomainException;
import app.tandem.support.export.ExportFormat;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem export LIST --workspace SLUG}: a list as CSV or JSON, as its page's download gives it. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a workspace's list as CSV (UTF-8, formula cells neutralised) or JSON, streamed, as the"
                + " list's page and API give it. On the embedded database, stop the server first.")
final class ExportCommand implements Callable<Integer> {

    @FunctionalInterface
    private interface Access {
        WorkspaceContext check(ApplicationContext context, String slug, long userId);
    }

    @FunctionalInterface
    private interface Writer {
        long write(ApplicationContext context, WorkspaceContext workspace, ExportWriter out);
    }

    /** One list: its columns, who may read it, and its rows. */
    private record Export(List<String> columns, Access access, Writer writer) {}

    private static final Map<String, Export> LISTS = Map.of(
            "insights",
            new Export(
                    InsightExports.COLUMNS,
                    (c, slug, user) -> c.getBean(InsightExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(InsightExports.class).write(w, out)),
            "initiatives",
            new Export(
                    InitiativeExports.COLUMNS,
                    (c, slug, user) -> c.getBean(InitiativeExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(InitiativeExports.class).write(w, out)),
            "kpis",
            new Export(
                    KpiMeasurementExports.COLUMNS,
                    (c, slug, user) -> c.getBean(KpiMeasurementExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(KpiMeasurementExports.class).write(w, out)),
            "personas",
            new Export(
                    PersonaExports.COLUMNS,
                    (c, slug, user) -> c.getBean(PersonaExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(PersonaExports.class).write(w, out)),
            "user-goals",
            new Export(
                    UserGoalExports.COLUMNS,
                    (c, slug, user) -> c.getBean(UserGoalExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(UserGoalExports.class).write(w, out)),
            "journeys",
            new Export(
                    JourneyStageExports.COLUMNS,
                    (c, slug, user) -> c.getBean(JourneyStageExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(JourneyStageExports.class).write(w, out)),
            "decisions",
            new Export(
                    DecisionExports.COLUMNS,
                    (c, slug, user) -> c.getBean(DecisionExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(DecisionExports.class).write(w, out)),
            "action-items",
            new Export(
                    ActionItemExports.COLUMNS,
                    (c, slug, user) -> c.getBean(ActionItemExports.class).access(slug, user),
                    (c, w, out) -> c.getBean(ActionItemExports.class).write(w, out)));

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            description = "What to export: insights, initiatives, kpis (their measurements), personas, user-goals,"
                    + " journeys (their stages), decisions, action-items")
    String list;

    @Option(names = "--workspace", required = true, description = "The workspace's slug, e.g. budgetly")
    String workspace;

    @Option(names = "--format", description = "csv (default) or json")
    @Nullable String format;

    @Option(names = "--out", description = "The file to write (default: the standard output)")
    @Nullable Path out;

    @Option(names = "--as", description = "The email of the person exporting (default: the instance admin)")
    @Nullable String as;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() throws IOException {
        Export export = LISTS.get(list);
        if (export == null) {
            spec.commandLine()
                    .getErr()
                    .println("There is no list " + list + ". Choose one of: "
                            + String.join(", ", LISTS.keySet().stream().sorted().toList()) + ".");
            return 2;
        }
        ExportFormat chosen;
        try {
            chosen = ExportFormat.of(format);
        } catch (DomainException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context =
                TandemCommandLine.launcher.tool(TandemCommandLine.toolArgs(data, "--tandem.backups.cron=-"))) {
            String email =
                    as != null ? as : context.getEnvironment().getProperty("tandem.admin.email", "admin@tandem.local");
            long rows;
            try {
                UserSummary person = context.getBean(Users.class).byEmail(email);
                WorkspaceContext checked = export.access().check(context, workspace, person.id());
                rows = out == null
                        ? toStandardOutput(context, export, checked, chosen)
                        : toFile(context, export, checked, chosen);
            } catch (DomainException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            if (out != null) {
                spec.commandLine().getErr().printf("Exported %,d rows of %s into %s.%n", rows, list, out);
            }
            return 0;
        }
    }

    private long toStandardOutput(ApplicationContext context, Export export, WorkspaceContext checked, ExportFormat as)
            throws IOException {
        PrintStream stdout = System.out;
        OutputStream buffered = new BufferedOutputStream(stdout, 64 * 1024);
        long rows = write(context, export, checked, as, buffered);
        buffered.flush();
        return rows;
    }

    /** Into a file beside the target, moved into place once complete: a failure leaves no half file. */
    private long toFile(ApplicationContext context, Export export, WorkspaceContext checked, ExportFormat as)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
            long rows = write(context, export, checked, as, file);
            file.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private long write(
            ApplicationContext context, Export export, WorkspaceContext checked, ExportFormat as, OutputStream to) {
        ExportWriter file = ExportWriter.open(as, to, export.columns());
        RowsBar bar = new RowsBar(spec.commandLine().getErr());
        long[] written = {0};
        bar.rows("Exporting", 0, -1);
        ExportWriter writer = new ExportWriter() {
            @Override
            public void row(@Nullable Object... cells) {
                file.row(cells);
                bar.rows("Exporting", ++written[0], -1);
            }

            @Override
            public void finish() {
                file.finish();
            }
        };
        long rows = export.writer().write(context, checked, writer);
        writer.finish();
        bar.rows("Exporting", rows, rows);
        bar.end();
        return rows;
    }
}
