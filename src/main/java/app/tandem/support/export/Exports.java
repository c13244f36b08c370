package app.tandem.support.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An export as a download: the rows are written to the response as they are read, on the request's
 * own thread (no asynchronous dispatch, so the signed-in person and the checks made before stay as
 * they were), with the file name {@code <workspace>-<list>-<date>.<csv|json>}. Check the format and
 * the access first: once the first byte is written, a refusal can no longer be answered.
 */
public final class Exports {

    private Exports() {}

    /** Where the rows come from: writes every row to the writer (as they are read, never all at once). */
    @FunctionalInterface
    public interface Rows {
        void writeTo(ExportWriter writer);
    }

    /** Writes the list named {@code list} of workspace {@code slug} to the response as a download. */
    public static void download(
            HttpServletResponse response,
            String slug,
            String list,
            ExportFormat format,
            List<String> columns,
            Rows rows)
            throws IOException {
        response.setContentType(format.mediaType().toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename(slug, list, LocalDate.now(ZoneOffset.UTC), format))
                        .build()
                        .toString());
        OutputStream out = response.getOutputStream();
        ExportWriter writer = ExportWriter.open(format, out, columns);
        rows.writeTo(writer);
        writer.finish();
        out.flush();
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
