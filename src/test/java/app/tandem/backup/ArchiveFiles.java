package app.tandem.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** For the tests of archives: an empty instance to restore or import into, and an archive edited. */
public final class ArchiveFiles {

    private ArchiveFiles() {}

    /** An empty instance's database in {@code folder}: embedded, its schema made by the application's Flyway. */
    public static DataSource emptyInstance(Flyway flyway, Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("tandem") + ";WRITE_DELAY=0");
        h2.setUser("sa");
        h2.setPassword("");
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .dataSource(h2)
                .load()
                .migrate();
        return h2;
    }

    /** What becomes of each entry of an archive copied. */
    public interface Edit {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    /** A copy of the archive {@code from} at {@code to}, each entry's bytes passed through {@code edit}. */
    public static Path rewrite(Path from, Path to, Edit edit) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(edit.apply(entry.getName(), bytes));
                out.closeEntry();
            }
        }
        return to;
    }
}
