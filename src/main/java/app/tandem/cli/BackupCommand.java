package app.tandem.cli;

import app.tandem.backup.BackupSummary;
import app.tandem.backup.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem backup --out FILE}: the whole database into one archive. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Write the whole instance (every table of the database) into one archive."
                + " On the embedded database, stop the server first; on PostgreSQL it may run.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "The archive to write, e.g. tandem-backup.zip")
    Path out;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = TandemCommandLine.archiveTool(data)) {
            RowsBar bar = new RowsBar(spec.commandLine().getErr());
            BackupSummary done = context.getBean(Backups.class).backup(out, bar);
            bar.end();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Backed up %d tables, %,d rows, into %s (%,d bytes) in %.1f s.%n",
                            done.tables(), done.rows(), done.file(), done.bytes(), done.seconds());
            return 0;
        }
    }
}
