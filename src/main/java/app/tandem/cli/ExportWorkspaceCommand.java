package app.tandem.cli;

import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceArchives;
import app.tandem.backup.WorkspaceExportSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem export-workspace SLUG --out FILE}: one workspace into one archive. */
@Command(
        name = "export-workspace",
        mixinStandardHelpOptions = true,
        description = "Write one workspace (its teams, personas, journeys, insights, goals, KPIs, initiatives,"
                + " plans, sessions, check-ins and reviews, and the names and emails of the people in them)"
                + " into one archive, for 'tandem import-workspace' on another instance."
                + " On the embedded database, stop the server first; on PostgreSQL it may run.")
final class ExportWorkspaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The workspace's slug, e.g. budgetly")
    String slug;

    @Option(names = "--out", required = true, description = "The archive to write, e.g. budgetly.zip")
    Path out;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = TandemCommandLine.archiveTool(data)) {
            RowsBar bar = new RowsBar(spec.commandLine().getErr());
            try {
                WorkspaceExportSummary done =
                        context.getBean(WorkspaceArchives.class).export(slug, out, bar);
                bar.end();
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Wrote workspace %s (%d tables, %,d rows, %d people) into %s (%,d bytes) in %.1f s.%n",
                                done.slug(),
                                done.tables(),
                                done.rows(),
                                done.people(),
                                done.file(),
                                done.bytes(),
                                done.seconds());
                return 0;
            } catch (BackupRefused refused) {
                bar.end();
                spec.commandLine().getErr().println(refused.getMessage());
                return 1;
            }
        }
    }
}
