package app.tandem.support.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvGenerator;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * CSV in UTF-8 with a byte order mark first (Excel reads a file without one in the computer's own
 * code page, and garbles every accent), a header row, fields quoted where they must be (RFC 4180,
 * by Jackson's CSV generator). A text cell that a spreadsheet would run as a formula is neutralised
 * with a leading single quote ({@link #neutralised}); numbers are written as they are.
 */
final class CsvExportWriter implements ExportWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What separates the values of a collection in one cell. */
    static final String LIST_SEPARATOR = "; ";

    private static final CsvMapper CSV =
            CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final CsvGenerator csv;
    private final int columns;

    CsvExportWriter(OutputStream out, List<String> columns) {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = (CsvGenerator) CSV.createGenerator(out);
        this.columns = columns.size();
        csv.writeStartArray();
        row(columns.toArray());
    }

    @Override
    public void row(@Nullable Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells for " + columns + " columns");
        }
        csv.writeStartArray();
        for (Object cell : cells) {
            if (cell == null) {
                csv.writeString("");
            } else if (cell instanceof Number number) {
                csv.writeNumber(number.toString());
            } else if (cell instanceof Collection<?> values) {
                csv.writeString(
                        neutralised(values.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR))));
            } else {
                csv.writeString(neutralised(cell.toString()));
            }
        }
        csv.writeEndArray();
    }

    @Override
    public void finish() {
        csv.writeEndArray();
        csv.close();
    }

    /**
     * The text, with a single quote before it when it starts with a character a spreadsheet takes
     * as the start of a formula ({@code = + - @}) or with a tab or carriage return, as the OWASP
     * guidance on CSV injection says. The spreadsheet shows the text; the quote is not shown.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
