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
     * The format of the file as its text shows, for a file {@code named} CSV: JSON when it starts as
     * JSON does (a JSON export saved as {@code .txt}, or sent as {@code text/csv}): {@code [} before
     * a record, a value or the list's end, or {@code {} before a property's name in double quotes or
     * the object's end; a CSV header such as {@code [id],title} or {@code {weird},title} does not.
     * Else as named.
     */
    public static ImportFormat of(Path file, ImportFormat named) {
        if (named == JSON) {
            return JSON;
        }
        try (Reader text = UploadedText.reader(Files.newInputStream(file))) {
            int first = nextNonSpace(text);
            if (first != '[' && first != '{') {
                return named;
            }
            int second = nextNonSpace(text);
            boolean json = first == '['
                    ? second >= 0 && "{[]\"-0123456789tfn".indexOf(second) >= 0
                    : second == '"' || second == '}';
            return json ? JSON : named;
        } catch (IOException e) {
            // not text: reading it as named says so
        }
        return named;
    }

    /** The next character that is not a space or a line break, within the next 4,096; -1 for none. */
    private static int nextNonSpace(Reader text) throws IOException {
        for (int i = 0; i < 4096; i++) {
            int c = text.read();
            if (c < 0 || !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }
}
