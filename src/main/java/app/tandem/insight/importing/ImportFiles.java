package app.tandem.insight.importing;

import app.tandem.support.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files, kept in {@code DATA_DIR/imports} between the upload and the import
 * (the mapping step). A file is named by a random id; ids are checked against a strict pattern, so
 * a request can never name another path. Files older than a day are removed.
 */
@Component
public class ImportFiles {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}\\.(csv|json)");

    private final Path folder;

    ImportFiles(@Value("${tandem.data-dir}") String dataDir) {
        this.folder = Path.of(dataDir, "imports").toAbsolutePath().normalize();
    }

    /** Stores the stream; returns the file's id. */
    public String store(InputStream content, ImportFormat format) {
        try {
            Files.createDirectories(folder);
            removeOld();
            String id = UUID.randomUUID() + (format == ImportFormat.JSON ? ".json" : ".csv");
            Files.copy(content, folder.resolve(id), StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }

    public Path path(String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidInput("file", "This upload is unknown or expired. Upload the file again.");
        }
        Path path = folder.resolve(id);
        if (!Files.exists(path)) {
            throw new InvalidInput("file", "This upload is unknown or expired. Upload the file again.");
        }
        return path;
    }

    public static ImportFormat format(String id) {
        return id.endsWith(".json") ? ImportFormat.JSON : ImportFormat.CSV;
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            // an old upload left behind is removed after a day
        }
    }

    private void removeOld() throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toInstant().isBefore(dayAgo);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(f -> f.toFile().delete());
        }
    }
}
