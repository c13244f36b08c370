package app.tandem.backup;

import app.tandem.backup.internal.ArchiveUpgrade;
import app.tandem.backup.internal.DatabaseArchive;
import app.tandem.insight.InsightIndex;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/**
 * Backs up the whole instance into one archive, and restores one: the database's tables (H2 or
 * PostgreSQL; an archive from one restores into the other), after which the search index is built
 * again from the restored insights. An archive an older Tandem made is first brought up to this
 * version ({@link ArchiveUpgrade}). Run it with the servers stopped (the command line does).
 */
@Service
public class Backups {

    private final DataSource dataSource;
    private final InsightIndex index;
    private final Flyway flyway;
    private final String version;

    Backups(DataSource dataSource, InsightIndex index, Flyway flyway, ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.index = index;
        this.flyway = flyway;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    /** Writes the whole database into {@code file} (replacing it when the backup is complete). */
    public BackupSummary backup(Path file) {
        return backup(file, BackupProgress.NONE);
    }

    /** As {@link #backup(Path)}, telling {@code progress} of the rows read. */
    public BackupSummary backup(Path file, BackupProgress progress) {
        return DatabaseArchive.write(dataSource, file.toAbsolutePath(), version, progress);
    }

    /**
     * Checks the archive completely (an older Tandem's brought up to this version first), and only
     * then replaces everything in the database with its content, in one transaction; builds the
     * search index again.
     *
     * @throws BackupRefused when the archive is damaged, not a backup, from a newer Tandem, or does
     *     not fit this database; nothing changed then
     */
    public RestoreSummary restore(Path file) {
        return restore(file, BackupProgress.NONE);
    }

    /** As {@link #restore(Path)}, telling {@code progress} of the rows checked and restored. */
    public RestoreSummary restore(Path file, BackupProgress progress) {
        long started = System.nanoTime();
        try (ArchiveUpgrade ready = ArchiveUpgrade.of(dataSource, file.toAbsolutePath(), flyway, version, progress)) {
            DatabaseArchive.Checked checked = DatabaseArchive.check(dataSource, ready.archive(), progress);
            long rows = DatabaseArchive.restore(dataSource, ready.archive(), checked, progress);
            long indexed = index.rebuild();
            return summary(ready, checked.columns().size(), rows, indexed, started);
        }
    }

    /** Checks an archive as a restore would, changing nothing: what it holds. */
    public RestoreSummary check(Path file) {
        return check(file, BackupProgress.NONE);
    }

    /** As {@link #check(Path)}, telling {@code progress} of the rows checked. */
    public RestoreSummary check(Path file, BackupProgress progress) {
        long started = System.nanoTime();
        try (ArchiveUpgrade ready = ArchiveUpgrade.of(dataSource, file.toAbsolutePath(), flyway, version, progress)) {
            DatabaseArchive.Checked checked = DatabaseArchive.check(dataSource, ready.archive(), progress);
            return summary(ready, checked.columns().size(), checked.rows(), 0, started);
        }
    }

    private static RestoreSummary summary(ArchiveUpgrade ready, int tables, long rows, long indexed, long started) {
        return new RestoreSummary(
                ready.manifest().path("tandemVersion").asString(),
                ready.manifest().path("createdAt").asString(),
                tables,
                rows,
                indexed,
                ready.migrations(),
                (System.nanoTime() - started) / 1e9);
    }
}
