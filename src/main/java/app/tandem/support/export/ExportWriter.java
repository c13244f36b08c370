package app.tandem.support.export;

import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a list's rows to a stream one at a time, as CSV or as a JSON array of objects, keeping no
 * more than a small buffer in memory. The cells of a row come in the order of the columns; a cell may
 * be null, a number, a boolean, a collection (a list of values) or anything else (written as its
 * text). {@link #finish()} ends the document and flushes; the stream itself is left open.
 */
public interface ExportWriter {

    /** One row, its cells in the order of the columns. */
    void row(@Nullable Object... cells);

    /** Ends the document (the closing bracket of JSON) and flushes what is buffered. */
    void finish();

    /** A writer of {@code format} with these column names (the CSV header, the JSON keys). */
    static ExportWriter open(ExportFormat format, OutputStream out, List<String> columns) {
        return switch (format) {
            case CSV -> new CsvExportWriter(out, columns);
            case JSON -> new JsonExportWriter(out, columns);
        };
    }
}
