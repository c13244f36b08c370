package app.tandem.cli;

import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceArchives;
import app.tandem.backup.WorkspaceImportSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem import-workspace FILE}: adds a workspace from its archive to this instance. */
@Command(
        name = "import-workspace",
        mixinStandardHelpOptions = true,
        description = "Add a workspace from an archive made by 'tandem export-workspace' (on this instance or"
                + " another) next to the workspaces this instance has. People are matched by email; one this"
                + " instance does not know gets an account to which an admin sends a password link. The"
                + " archive is checked completely first; a damaged one changes nothing."
                + " On the embedded database, stop the server first; on PostgreSQL it may run.")
final class ImportWorkspaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The archive, e.g. budgetly.zip")
    Path file;

    @Option(names = "--slug", description = "The workspace's address here (default: the one it had)")
    @Nullable String slug;

    @Option(names = "--name", description = "The workspace's name here (default: the one it had)")
    @Nullable String name;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = TandemCommandLine.archiveTool(data)) {
            RowsBar bar = new RowsBar(spec.commandLine().getErr());
            try {
                WorkspaceImportSummary done =
                        context.getBean(WorkspaceArchives.class).importArchive(file, slug, name, bar);
                bar.end();
                var out = spec.commandLine().getOut();
                out.printf(
                        "Imported workspace %s (%s): %,d rows in %.1f s.%n",
                        done.slug(), done.name(), done.rows(), done.seconds());
                out.printf(
                        "People: %d found here by email, %d added (they sign in once an admin sends them a"
                                + " password link).%n",
                        done.peopleMatched(), done.peopleAdded());
                if (!done.upgradedBy().isEmpty()) {
                    out.printf(
                            "It was made by an older Tandem: brought up to this version with the migrations it lacked"
                                    + " (%s).%n",
                            String.join(", ", done.upgradedBy()));
                }
                if (done.linksLeftOut() > 0) {
                    out.printf("Left out %,d links to rows outside the workspace.%n", done.linksLeftOut());
                }
                out.printf("Not carried by a workspace's archive: %s.%n", String.join("; ", done.notCarried()));
                return 0;
            } catch (BackupRefused refused) {
                bar.end();
                spec.commandLine()
                        .getErr()
                        .println(refused.getMessage()
                                + ("slug".equals(refused.field()) ? " Choose one with --slug." : ""));
                return 1;
            }
        }
    }
}
