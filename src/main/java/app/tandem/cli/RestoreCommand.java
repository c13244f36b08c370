package app.tandem.cli;

import app.tandem.backup.BackupRefused;
import app.tandem.backup.Backups;
import app.tandem.backup.RestoreSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem restore FILE}: replaces everything in the database with a backup's content. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Replace everything in the database with a backup made by 'tandem backup'. The archive is"
                + " checked completely first; a damaged one, or one from a newer Tandem, is refused before"
                + " anything changes; one from an older Tandem is brought up to this version. Stop every"
                + " server first.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The archive, e.g. tandem-backup.zip")
    Path file;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Option(names = "--yes", description = "Do not ask before replacing what the database holds")
    boolean yes;

    @Option(names = "--check", description = "Only check the archive; change nothing")
    boolean checkOnly;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = TandemCommandLine.archiveTool(data)) {
            Backups backups = context.getBean(Backups.class);
            RowsBar bar = new RowsBar(spec.commandLine().getErr());
            try {
                RestoreSummary checked = backups.check(file, bar);
                bar.end();
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s is a good backup: %d tables, %,d rows, made by Tandem %s at %s.%n",
                                file, checked.tables(), checked.rows(), checked.madeBy(), checked.madeAt());
                if (!checked.upgradedBy().isEmpty()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "It was made by an older Tandem: the restore brings it up to this version with"
                                            + " the migrations it lacks (%s), as a first start of this version does.%n",
                                    String.join(", ", checked.upgradedBy()));
                }
                if (checkOnly) {
                    return 0;
                }
                if (!yes && !confirmed()) {
                    spec.commandLine()
                            .getErr()
                            .println("Nothing restored. Type yes when asked, or add --yes to restore without asking.");
                    return 1;
                }
                RestoreSummary done = backups.restore(file, bar);
                bar.end();
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Restored %d tables, %,d rows, and indexed %,d insights in %.1f s.%n",
                                done.tables(), done.rows(), done.indexed(), done.seconds());
                return 0;
            } catch (BackupRefused refused) {
                bar.end();
                spec.commandLine().getErr().println(refused.getMessage());
                return 1;
            }
        }
    }

    private boolean confirmed() throws IOException {
        spec.commandLine()
                .getOut()
                .print("This replaces everything in the database with the backup's content. Type yes to go on: ");
        spec.commandLine().getOut().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
