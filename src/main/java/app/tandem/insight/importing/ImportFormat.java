package app.tandem.insight.importing;

import app.tandem.support.UploadedText;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * The format of an import file: CSV with a header row, or JSON: a list of objects, an object
 * holding one (Zendesk's {@code {"tickets": [...]}}), or JSON Lines (an object per line).
 */
@NamedInterface("importing")
public enum ImportFormat {
    CSV,
    JSON;

    /**
     * By file name or content type: JSON when it ends in {@code json}, {@code jsonl} or {@code
     * ndjson} (a content type's parameters, {@code ; charset=utf-8}, left out), the rest CSV.
     */
    public static ImportFormat of(String nameOrType) {
        String name = nameOrType.toLowerCase(Locale.ROOT);
        int parameters = name.indexOf(';');
        if (parameters >= 0) {
            name = name.substring(0, parameters);
        }
        name = name.strip();
        return name.endsWith("json") || name.endsWith("jsonl") ? JSON : CSV;
    }

    /**
     * The format of the file as its text shows, for a file {@code named} CSV: JSON when its first
     * character other than a space or a line break is {@code [} or {@code {} (a JSON export saved as
     * {@code .txt}, or sent as {@code text/csv}), which no CSV header starts with; else as named.
     */
    public static ImportFormat of(Path file, ImportFormat named) {
        if (named == JSON) {
            return JSON;
        }
        try (Reader text = UploadedText.reader(Files.newInputStream(file))) {
            for (int i = 0; i < 4096; i++) {
                int c = text.read();
                if (c < 0) {
                    return named;
                }
                if (!Character.isWhitespace(c)) {
                    return c == '[' || c == '{' ? JSON : named;
                }
            }
        } catch (IOException e) {
            // not text: reading it as named says so
        }
        return named;
    }
}
