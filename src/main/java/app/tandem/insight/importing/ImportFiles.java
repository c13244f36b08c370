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
 * a request can never name another path. An upload belongs to the person who sent it and the
 * workspace it was sent to: it is stored under a name that holds both, so the same id asked for by
 * anyone else, or in another workspace, is "unknown or expired". Files older than a day are removed,
 * and a file whose upload failed half-way is removed at once.
 */
@Component
public class ImportFiles {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}\\.(csv|json)");

    private final Path folder;

    ImportFiles(@Value("${tandem.data-dir}") String dataDir) {
        this.folder = Path.of(dataDir, "imports").toAbsolutePath().normalize();
    }

    /**
     * Stores the stream as the person's upload into the workspace; returns the file's id, which says
     * its format: as {@code format} names it, or JSON when its text shows it is ({@link
     * ImportFormat#of(Path, ImportFormat)}).
     */
    public String store(InputStream content, ImportFormat format, long workspaceId, long userId) {
        String name = UUID.randomUUID().toString();
        String id = name + (format == ImportFormat.JSON ? ".json" : ".csv");
        Path file = folder.resolve(stored(id, workspaceId, userId));
        try {
            Files.createDirectories(folder);
            removeOld();
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            if (ImportFormat.of(file, format) != format) {
                String json = name + ".json";
                file = Files.move(file, folder.resolve(stored(json, workspaceId, userId)));
                return json;
            }
            return id;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io
                    ? new UncheckedIOException("The upload could not be stored", io)
                    : (RuntimeException) e;
        }
    }

    /** The file of the person's upload into the workspace; any other id is "unknown or expired". */
    public Path path(String id, long workspaceId, long userId) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidInput("file", "This upload is unknown or expired. Upload the file again.");
        }
        Path path = folder.resolve(stored(id, workspaceId, userId));
        if (!Files.exists(path)) {
            throw new InvalidInput("file", "This upload is unknown or expired. Upload the file again.");
        }
        return path;
    }

    /** The name an upload is stored under: its workspace, its person, its id. */
    private static String stored(String id, long workspaceId, long userId) {
        return "w" + workspaceId + "-u" + userId + "-" + id;
    }

    /**
     * A name a person chose (an uploaded file's), safe to write to a log: control characters (a line
     * break that would forge a log line) become '?', and it is cut at 200 characters.
     */
    public static String forLog(String name) {
        String safe = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
        return safe.length() <= 200 ? safe : safe.substring(0, 200) + "…";
    }

    public static ImportFormat format(String id) {
        return id.endsWith(".json") ? ImportFormat.JSON : ImportFormat.CSV;
    }

    public void delete(String id, long workspaceId, long userId) {
        try {
            Files.deleteIfExists(path(id, workspaceId, userId));
        } catch (IOException | InvalidInput e) {
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
