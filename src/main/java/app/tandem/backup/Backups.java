package app.tandem.backup;

import app.tandem.backup.internal.DatabaseArchive;
import app.tandem.insight.InsightIndex;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/**
 * Backs up the whole instance into one archive, and restores one: the database's tables (H2 or
 * PostgreSQL; an archive from one restores into the other), after which the search index is built
 * again from the restored insights. Run it with the servers stopped (the command line does).
 */
@Service
public class Backups {

    private final DataSource dataSource;
    private final InsightIndex index;
    private final String version;

    Backups(DataSource dataSource, InsightIndex index, ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.index = index;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    /** Writes the whole database into {@code file} (replacing it when the backup is complete). */
    public BackupSummary backup(Path file) {
        return DatabaseArchive.write(dataSource, file.toAbsolutePath(), version);
    }

    /**
     * Checks the archive completely, and only then replaces everything in the database with its
     * content, in one transaction; builds the search index again.
     *
     * @throws BackupRefused when the archive is damaged, not a backup, from a newer Tandem, or does
     *     not fit this database; nothing changed then
     */
    public RestoreSummary restore(Path file) {
        long started = System.nanoTime();
        DatabaseArchive.Checked checked = DatabaseArchive.check(dataSource, file.toAbsolutePath());
        long rows = DatabaseArchive.restore(dataSource, file.toAbsolutePath(), checked);
        long indexed = index.rebuild();
        return new RestoreSummary(
                checked.manifest().path("tandemVersion").asString(),
                checked.manifest().path("createdAt").asString(),
                checked.columns().size(),
                rows,
                indexed,
                (System.nanoTime() - started) / 1e9);
    }

    /** Checks an archive as a restore would, changing nothing: what it holds. */
    public RestoreSummary check(Path file) {
        long started = System.nanoTime();
        DatabaseArchive.Checked checked = DatabaseArchive.check(dataSource, file.toAbsolutePath());
        return new RestoreSummary(
                checked.manifest().path("tandemVersion").asString(),
                checked.manifest().path("createdAt").asString(),
                checked.columns().size(),
                checked.rows(),
                0,
                (System.nanoTime() - started) / 1e9);
    }
}
