package app.tandem.backup;

import app.tandem.backup.internal.ArchiveUpgrade;
import app.tandem.backup.internal.WorkspaceArchive;
import app.tandem.insight.InsightIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/**
 * One workspace as one archive, and its import into another instance: {@link WorkspaceArchive}
 * holds the format and the rules (new ids, references rewritten, people matched by email). An import
 * then indexes the new workspace's insights for search; an archive an older Tandem made is first
 * brought up to this version ({@link ArchiveUpgrade#ofWorkspace}). Both work while the servers run.
 */
@Service
public class WorkspaceArchives {

    private final DataSource dataSource;
    private final InsightIndex index;
    private final Flyway flyway;
    private final String version;

    WorkspaceArchives(DataSource dataSource, InsightIndex index, Flyway flyway, ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.index = index;
        this.flyway = flyway;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    /**
     * Writes workspace {@code slug} into {@code file} (replacing it when the archive is complete).
     * The caller checks who may: a workspace's admins.
     *
     * @throws BackupRefused when there is no such workspace
     */
    public WorkspaceExportSummary export(String slug, Path file, BackupProgress progress) {
        WorkspaceArchive.Written written =
                WorkspaceArchive.write(dataSource, slug, file.toAbsolutePath(), version, progress);
        return new WorkspaceExportSummary(
                written.file(),
                written.slug(),
                written.tables(),
                written.rows(),
                written.people(),
                written.bytes(),
                written.seconds());
    }

    /**
     * Adds the archive's workspace to this instance under {@code slug} and {@code name} (the
     * archive's own when null), checked completely first and added in one transaction; then indexes
     * its insights.
     *
     * @throws BackupRefused when the archive is damaged, not a workspace's archive, from a newer
     *     Tandem, or the address is taken; nothing changed then
     */
    public WorkspaceImportSummary importArchive(
            Path file, @Nullable String slug, @Nullable String name, BackupProgress progress) {
        return importArchive(file, slug, name, null, progress);
    }

    /**
     * As {@link #importArchive(Path, String, String, BackupProgress)}, for the instance admin {@code
     * importer}, who becomes an admin of the workspace unless the archive made them a member. The
     * caller checks that they are an instance admin.
     */
    public WorkspaceImportSummary importArchive(
            Path file, @Nullable String slug, @Nullable String name, @Nullable Long importer, BackupProgress progress) {
        WorkspaceImportSummary summary;
        try (ArchiveUpgrade ready =
                ArchiveUpgrade.ofWorkspace(dataSource, file.toAbsolutePath(), flyway, version, progress)) {
            summary = WorkspaceArchive.importInto(dataSource, ready.archive(), slug, name, importer, progress)
                    .upgradedBy(ready.migrations());
        }
        index.repair(Instant.now(), List.of(summary.workspaceId()));
        return summary;
    }
}
