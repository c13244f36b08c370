package app.tandem.support.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An export as a download: the rows are written to the response as they are read (a {@link
 * StreamingResponseBody}), with the file name {@code <workspace>-<list>-<date>.<csv|json>}.
 */
public final class Exports {

    private Exports() {}

    /** Where the rows come from: writes every row to the writer (reading them in pages, never all at once). */
    @FunctionalInterface
    public interface Rows {
        void writeTo(ExportWriter writer);
    }

    /** The download of a list named {@code list} of workspace {@code slug}, its rows written by {@code rows}. */
    public static ResponseEntity<StreamingResponseBody> download(
            String slug, String list, ExportFormat format, List<String> columns, Rows rows) {
        StreamingResponseBody body = out -> {
            ExportWriter writer = ExportWriter.open(format, out, columns);
            rows.writeTo(writer);
            writer.finish();
        };
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename(slug, list, LocalDate.now(ZoneOffset.UTC), format))
                                .build()
                                .toString())
                .body(body);
    }

    /** {@code budgetly-insights-2026-12-02.csv}: only lower-case letters, digits and hyphens before the extension. */
    static String filename(String slug, String list, LocalDate day, ExportFormat format) {
        String name = (slug + "-" + list)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-");
        return name + "-" + day + "." + format.extension();
    }
}
