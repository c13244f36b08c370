package app.tandem.insight.importing;

import app.tandem.support.CsvSeparator;
import app.tandem.support.CsvValues;
import app.tandem.support.UploadedText;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Streams the rows of an insight export, one at a time, so a file of any size never sits in
 * memory: CSV with a header row (Jackson's CSV parser handles quotes, commas and line breaks in
 * cells; the separator is a comma, a semicolon or a tab, as the header shows; the text is UTF-8,
 * UTF-16 with a byte order mark or Windows-1252, as {@link UploadedText} finds; columns with the
 * same name are one, their cells joined by commas) or a JSON array of objects (read object by
 * object). Each row is its cells by column name and the line it starts on.
 */
public final class InsightFile {

    /**
     * A row: the line it starts on, its cells by column name (JSON arrays become comma-separated
     * text, and a nested object's properties columns of their own, {@code via.channel}), and whether its file is CSV separated by {@code ;} (as Excel writes it where the decimal
     * mark is a comma, and dates are written day first), and the row a spreadsheet shows it on (the
     * line, unless cells before it hold line breaks; a JSON file's record: its line).
     */
    record Row(int line, Map<String, String> cells, boolean semicolons, int row) {

        Row(int line, Map<String, String> cells) {
            this(line, cells, false, line);
        }
    }

    /** The file cannot be read as the format says. */
    public static final class Unreadable extends RuntimeException {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = Math.max(0, line);
        }

        /** The message, after the line it is on when known ("Line 7: ..."). */
        public String describe() {
            return line > 0 ? "Line " + line + ": " + getMessage() : String.valueOf(getMessage());
        }
    }

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InsightFile() {}

    /** The column names: the CSV header, or the keys of the first JSON objects. */
    public static List<String> columns(Path file, ImportFormat format) {
        List<String> columns = new ArrayList<>();
        if (format == ImportFormat.CSV) {
            try (InputStream in = Files.newInputStream(file);
                    MappingIterator<String[]> it = csvRows(in)) {
                if (it.hasNextValue()) {
                    for (String name : it.nextValue()) {
                        String column = stripBom(name).strip();
                        if (!columns.contains(column)) {
                            columns.add(column);
                        }
                    }
                }
            } catch (UploadedText.NotText e) {
                throw notText(e);
            } catch (IOException | JacksonException e) {
                if (e.getCause() instanceof UploadedText.NotText notText) {
                    throw notText(notText);
                }
                throw new Unreadable(1, "The file is not readable CSV: " + e.getMessage());
            }
            return columns;
        }
        int[] seen = {0};
        each(file, format, row -> {
            if (seen[0]++ < 20) {
                row.cells().keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
            }
        });
        return columns;
    }

    /** The first {@code limit} rows (fewer when the file has fewer), read no further. */
    static List<Row> first(Path file, ImportFormat format, int limit) {
        List<Row> rows = new ArrayList<>();
        if (limit <= 0) {
            return rows;
        }
        try {
            each(file, format, row -> {
                rows.add(row);
                if (rows.size() >= limit) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the rows asked for are read; the rest of the file is not
        }
        return rows;
    }

    /** Stops reading once the rows asked for are read. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Calls {@code consumer} with every row, in order. */
    static void each(Path file, ImportFormat format, Consumer<Row> consumer) {
        each(file, format, consumer, bytes -> {});
    }

    /**
     * Calls {@code consumer} with every row, in order, telling {@code bytesRead} before each row how
     * far into the file the parser has read (in steps of its buffer), for progress bars.
     */
    static void each(Path file, ImportFormat format, Consumer<Row> consumer, LongConsumer bytesRead) {
        try (CountingInputStream in =
                new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            Consumer<Row> counted = row -> {
                bytesRead.accept(in.count);
                consumer.accept(row);
            };
            if (format == ImportFormat.CSV) {
                csv(in, counted);
            } else {
                json(in, counted);
            }
        } catch (UploadedText.NotText e) {
            throw notText(e);
        } catch (IOException e) {
            throw new Unreadable(0, "The file cannot be read: " + e.getMessage());
        }
    }

    /**
     * The rows of a CSV file's cells: its text as {@link UploadedText} reads it (UTF-8, UTF-16 with a
     * byte order mark, or Windows-1252), separated by the separator its start holds most of outside
     * quotes ({@link CsvSeparator}: Excel writes {@code ;} where the decimal mark is a comma).
     */
    private static MappingIterator<String[]> csvRows(InputStream in) throws IOException {
        BufferedReader text = new BufferedReader(UploadedText.reader(in), CsvSeparator.LOOK_AT);
        return csvRows(text, CsvSeparator.ahead(text));
    }

    private static MappingIterator<String[]> csvRows(BufferedReader text, char separator) throws IOException {
        return CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text);
    }

    private static Unreadable notText(UploadedText.NotText e) {
        return new Unreadable(e.line(), "The file " + e.getMessage());
    }

    private static void csv(InputStream in, Consumer<Row> consumer) throws IOException {
        List<String> header = null;
        boolean rowsSeen = false;
        BufferedReader text = new BufferedReader(UploadedText.reader(in), CsvSeparator.LOOK_AT);
        char separator = CsvSeparator.ahead(text);
        int record = 0;
        try (MappingIterator<String[]> it = csvRows(text, separator)) {
            while (it.hasNextValue()) {
                int line = it.currentLocation().getLineNr();
                String[] cells = it.nextValue();
                record++;
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    // a blank line, or a row of empty cells (what Excel writes for a cleared row)
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    for (String name : cells) {
                        header.add(stripBom(name).strip());
                    }
                    continue;
                }
                if (!rowsSeen && answerKinds(cells)) {
                    // SurveyMonkey's second header row: under each question what its cells hold
                    rowsSeen = true;
                    continue;
                }
                rowsSeen = true;
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length && i < header.size(); i++) {
                    row.merge(header.get(i), CsvValues.unneutralised(cells[i]), InsightFile::joined);
                }
                if (cells.length > header.size()) {
                    row.put("__extra__", String.valueOf(cells.length));
                }
                consumer.accept(new Row(line, row, separator == ';', record));
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof UploadedText.NotText notText) {
                throw notText(notText);
            }
            throw new Unreadable(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "The file is not readable CSV: " + e.getOriginalMessage());
        }
    }

    /**
     * True for a row that says under each question what kind of answer its column holds, as the
     * second header row of SurveyMonkey's export does ("Response", "Open-Ended Response"), with the
     * respondent's columns before them empty.
     */
    static boolean answerKinds(String[] cells) {
        boolean kinds = false;
        for (String cell : cells) {
            String value = cell.strip();
            if (value.equalsIgnoreCase("Response") || value.equalsIgnoreCase("Open-Ended Response")) {
                kinds = true;
            }
        }
        return kinds && cells[0].isBlank();
    }

    private static void json(InputStream in, Consumer<Row> consumer) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new Unreadable(1, "A JSON import is an array of insight objects: [ {\"title\": ...}, ... ].");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                Map<String, String> row = new LinkedHashMap<>();
                flatten("", node, row, 0);
                consumer.accept(new Row(line, row));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new Unreadable(
                        parser.currentLocation().getLineNr(), "Every element of the array must be an object.");
            }
        } catch (JacksonException e) {
            throw new Unreadable(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "The file is not readable JSON: " + e.getOriginalMessage());
        }
    }

    /** How deep a JSON object's nesting becomes columns; deeper, a value is its JSON text. */
    static final int MAX_NESTING = 3;

    /**
     * An object's properties as cells: a value as it is; a list of values joined by commas; an
     * object (a tool's own nesting, {@code "via": {"channel": "web"}}) as a column per property
     * ({@code via.channel}), so a mapping can take the text inside it and never the object's JSON;
     * a list of objects ({@code "tags": [{"name": "billing"}, {"name": "refund"}]}) as a column per
     * property, its values joined by commas ({@code tags.name}: "billing,refund").
     */
    private static void flatten(String prefix, JsonNode object, Map<String, String> row, int depth) {
        object.propertyStream().forEach(e -> {
            String column = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject() && depth < MAX_NESTING) {
                flatten(column + ".", value, row, depth + 1);
            } else if (value.isArray()
                    && depth < MAX_NESTING
                    && value.valueStream().anyMatch(JsonNode::isObject)) {
                // the list's values under its own name, its objects' properties under theirs
                List<String> values = new ArrayList<>();
                Map<String, String> joined = new LinkedHashMap<>();
                value.valueStream().forEach(element -> {
                    if (!element.isObject()) {
                        values.add(scalar(element));
                        return;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    flatten(column + ".", element, cells, depth + 1);
                    cells.forEach(
                            (k, v) -> joined.merge(k, v, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "," + b));
                });
                if (!values.isEmpty()) {
                    row.putIfAbsent(column, String.join(",", values));
                }
                joined.forEach(row::putIfAbsent);
            } else {
                // (a property named with dots, "via.channel", and a nested one: the first in the file)
                row.putIfAbsent(column, text(value));
            }
        });
    }

    /** A value as a cell: a list's elements joined by commas; deeper nesting as its JSON. */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.valueStream().forEach(v -> parts.add(scalar(v)));
            return String.join(",", parts);
        }
        return scalar(value);
    }

    private static String scalar(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isContainer() ? value.toString() : value.asString();
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * The cells of columns with the same name, as one: Jira, for one, writes a "Labels" column per
     * label of the issue that has most. The cells that are not blank, separated by commas.
     */
    private static String joined(String earlier, String later) {
        if (later.isBlank()) {
            return earlier;
        }
        return earlier.isBlank() ? later : earlier + ", " + later;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
