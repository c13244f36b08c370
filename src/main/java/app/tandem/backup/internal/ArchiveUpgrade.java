package app.tandem.backup.internal;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * An archive ready to restore into this database: the archive itself when this version of Tandem
 * made it, or, when an older one did, a new archive of the same data brought up to this version.
 *
 * <p>Bringing it up happens in an embedded database of its own, in a temporary folder: the
 * migrations the archive's database had make the schema its rows were written from; the archive is
 * checked and restored there; this version's other migrations then run, data migrations included
 * (an IT team gets its mark as a server upgraded in place gave it); and that database is written as
 * a new archive, which the restore checks and restores like any other. Nothing in the instance's
 * database changes before that last restore, which is one transaction.
 */
public final class ArchiveUpgrade implements AutoCloseable {

    private final Path archive;
    private final JsonNode manifest;
    private final List<String> migrations;
    private final Path folder;

    private ArchiveUpgrade(Path archive, JsonNode manifest, List<String> migrations, Path folder) {
        this.archive = archive;
        this.manifest = manifest;
        this.migrations = migrations;
        this.folder = folder;
    }

    /**
     * The archive to restore into {@code target}, brought up to this version when an older Tandem
     * made it. Close it to delete what bringing it up wrote.
     *
     * @param flyway the application's migrations (its settings and Java migrations)
     * @throws BackupRefused when the archive is not a backup, comes from a newer Tandem, is damaged,
     *     or cannot be brought up to this version
     */
    public static ArchiveUpgrade of(DataSource target, Path archive, Flyway flyway, String version) {
        return of(target, archive, flyway, version, BackupProgress.NONE);
    }

    /**
     * As {@link #of(DataSource, Path, Flyway, String)}, telling {@code progress} of the older
     * archive's rows as they are checked ("Checking"), brought up ("Upgrading") and written out again
     * ("Rewriting").
     */
    public static ArchiveUpgrade of(
            DataSource target, Path archive, Flyway flyway, String version, BackupProgress progress) {
        return upgrade(target, archive, flyway, DatabaseArchive.INSTANCE, new Steps() {
            @Override
            public void load(DataSource scratch) {
                DatabaseArchive.Checked checked = DatabaseArchive.check(scratch, archive, progress);
                DatabaseArchive.restore(
                        scratch, archive, checked, (phase, done, total) -> progress.rows("Upgrading", done, total));
            }

            @Override
            public void writeOut(DataSource scratch, JsonNode manifest, Path upgraded) {
                DatabaseArchive.write(
                        scratch, upgraded, version, (phase, done, total) -> progress.rows("Rewriting", done, total));
            }
        });
    }

    /**
     * One workspace's archive ready to import into {@code target}: the archive itself when this
     * version of Tandem made it, or, when an older one did, the same workspace brought up to this
     * version. That happens as for a backup, in an embedded database of its own: the archive's
     * migrations, the workspace imported there, this version's other migrations (data migrations
     * included), and the workspace written out again. Close it to delete what that wrote.
     *
     * @throws BackupRefused when the archive is not one workspace's, comes from a newer Tandem, is
     *     damaged, or cannot be brought up to this version
     */
    public static ArchiveUpgrade ofWorkspace(
            DataSource target, Path archive, Flyway flyway, String version, BackupProgress progress) {
        return upgrade(target, archive, flyway, DatabaseArchive.WORKSPACE, new Steps() {
            @Override
            public void load(DataSource scratch) {
                WorkspaceArchive.importInto(
                        scratch,
                        archive,
                        null,
                        null,
                        null,
                        (phase, done, total) ->
                                progress.rows(phase.equals("Importing") ? "Upgrading" : phase, done, total));
            }

            @Override
            public void writeOut(DataSource scratch, JsonNode manifest, Path upgraded) {
                WorkspaceArchive.write(
                        scratch,
                        manifest.path("workspace").path("slug").asString(),
                        upgraded,
                        version,
                        (phase, done, total) -> progress.rows("Rewriting", done, total));
            }
        });
    }

    /** How an archive of one scope is loaded into the scratch database, and written out of it again. */
    private interface Steps {
        void load(DataSource scratch);

        void writeOut(DataSource scratch, JsonNode manifest, Path upgraded);
    }

    private static ArchiveUpgrade upgrade(DataSource target, Path archive, Flyway flyway, String scope, Steps steps) {
        JsonNode manifest = readManifest(archive, scope);
        List<String> lacking = DatabaseArchive.lacking(target, archive, scope);
        if (lacking.isEmpty()) {
            return new ArchiveUpgrade(archive, manifest, List.of(), archive);
        }
        Path folder = temporaryFolder();
        try {
            Set<String> theirs = new HashSet<>();
            manifest.path("migrations").forEach(m -> theirs.add(m.asString()));
            Configuration settings = flyway.getConfiguration();
            DataSource scratch = schemaOf(folder, settings, theirs);
            steps.load(scratch);
            // and the rest, as a server of this version does at its first start on an older database
            Flyway.configure()
                    .configuration(settings)
                    .dataSource(scratch)
                    .outOfOrder(true)
                    .load()
                    .migrate();
            Path upgraded = folder.resolve("upgraded.zip");
            steps.writeOut(scratch, manifest, upgraded);
            return new ArchiveUpgrade(upgraded, manifest, lacking, folder);
        } catch (BackupRefused refused) {
            delete(folder);
            throw refused;
        } catch (RuntimeException e) {
            delete(folder);
            throw new BackupRefused("The archive was made by an older Tandem ("
                    + manifest.path("tandemVersion").asString() + ") and could not be brought up to this version"
                    + " (migrations " + String.join(", ", lacking) + "): " + e.getMessage() + " Nothing changed.");
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tandem-upgrade-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder to bring the archive up to this version in", e);
        }
    }

    /** An embedded database in {@code folder} with the schema of the migrations {@code theirs} only. */
    static DataSource schemaOf(Path folder, Configuration settings, Set<String> theirs) {
        DataSource scratch =
                new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("upgrade") + ";WRITE_DELAY=0", "sa", "");
        Flyway.configure()
                .configuration(settings)
                .dataSource(scratch)
                .locations("filesystem:" + copyScripts(settings, theirs, folder.resolve("migrations")))
                .javaMigrations(Stream.of(settings.getJavaMigrations())
                        .filter(m -> m.getVersion() != null
                                && theirs.contains(m.getVersion().getVersion()))
                        .toArray(JavaMigration[]::new))
                .load()
                .migrate();
        return scratch;
    }

    /** The archive to check and restore. */
    public Path archive() {
        return archive;
    }

    /** The manifest of the archive as it was given (its Tandem version and time). */
    public JsonNode manifest() {
        return manifest;
    }

    /** The migrations that brought the archive up to this version, in order; empty when none were needed. */
    public List<String> migrations() {
        return migrations;
    }

    @Override
    public void close() {
        if (!migrations.isEmpty()) {
            delete(folder);
        }
    }

    private static JsonNode readManifest(Path archive, String scope) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupRefused("There is no file " + archive + ".");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return DatabaseArchive.manifest(zip, archive, scope);
        } catch (IOException e) {
            throw new BackupRefused(archive + " is not a Tandem backup (not a ZIP archive): " + e.getMessage());
        }
    }

    /**
     * Copies the SQL migrations whose versions are in {@code versions} from the application's
     * locations into {@code into}, for a Flyway that should know no others.
     */
    private static Path copyScripts(Configuration settings, Set<String> versions, Path into) {
        String prefix = settings.getSqlMigrationPrefix();
        String separator = settings.getSqlMigrationSeparator();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> copied = new ArrayList<>();
        try {
            Files.createDirectories(into);
            for (Location location : settings.getLocations()) {
                String pattern = (location.isClassPath() ? "classpath*:" : "file:")
                        + location.getRootPath().replaceAll("/+$", "") + "/**/*.sql";
                for (Resource script : resolver.getResources(pattern)) {
                    String name = script.getFilename();
                    if (name == null || !name.startsWith(prefix) || !name.contains(separator)) {
                        continue;
                    }
                    String version = name.substring(prefix.length(), name.indexOf(separator))
                            .replace('_', '.')
                            .toLowerCase(Locale.ROOT);
                    if (versions.contains(version) && !copied.contains(name)) {
                        try (InputStream in = script.getInputStream()) {
                            Files.copy(in, into.resolve(name));
                        }
                        copied.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The migrations could not be read: " + e.getMessage(), e);
        }
        return into.toAbsolutePath();
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a file left in the temporary folder; the system's clean-up takes it
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
