package app.tandem.insight.importing;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** The format of an import file: CSV with a header row, or a JSON array of objects. */
@NamedInterface("importing")
public enum ImportFormat {
    CSV,
    JSON;

    /** By file name or content type: anything ending in {@code json} is JSON, the rest CSV. */
    public static ImportFormat of(String nameOrType) {
        return nameOrType.toLowerCase(Locale.ROOT).strip().endsWith("json") ? JSON : CSV;
    }
}
