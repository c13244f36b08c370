package app.tandem.support.export;

import app.tandem.support.InvalidInput;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** The formats a list is exported in. */
public enum ExportFormat {
    CSV("csv", MediaType.parseMediaType("text/csv; charset=UTF-8")),
    JSON("json", MediaType.APPLICATION_JSON);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The format named {@code csv} or {@code json} (any case); CSV when none is named. */
    public static ExportFormat of(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new UnknownFormat(value);
    }

    /** A format that is neither {@code csv} nor {@code json}; names the field {@code format}. */
    static final class UnknownFormat extends InvalidInput {
        UnknownFormat(String value) {
            super(
                    "format",
                    String.format(
                            Locale.ROOT,
                            "Export as csv or json; \"%s\" is not a format.",
                            value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }
}
