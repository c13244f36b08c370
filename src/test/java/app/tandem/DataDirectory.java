package app.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A data folder of its own under {@code target/} for a test's application context: the H2
 * database and the search index live there, so two cached contexts never share a Lucene
 * {@code write.lock}. Create it once per test class (a static field), not in a property supplier.
 */
public final class DataDirectory {

    private DataDirectory() {}

    public static Path create(String prefix) {
        try {
            Path target = Paths.get("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points {@code tandem.data-dir} (database and index) at the folder. */
    public static void register(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("tandem.data-dir", dataDir::toString);
    }
}
