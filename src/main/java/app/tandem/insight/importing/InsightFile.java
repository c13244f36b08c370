package app.tandem.insight.importing;

import app.tandem.support.CsvRows;
import app.tandem.support.CsvSeparator;
import app.tandem.support.CsvValues;
import app.tandem.support.Problems;
import app.tandem.support.RowError;
import app.tandem.support.UploadedText;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
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
    /**
     * A record of the file: its cells by column, or what keeps it from being one ({@code problem}: a
     * CSV row with more cells than the header names columns, a line of JSON Lines no parser reads),
     * kept apart from the cells, whose names are the file's.
     */
    record Row(
            int line,
            Map<String, String> cells,
            boolean semicolons,
            int row,
            @Nullable String problem) {

        Row(int line, Map<String, String> cells, boolean semicolons, int row) {
            this(line, cells, semicolons, row, null);
        }

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
    /** How deep a record's values may be nested. */
    static final int MAX_DEPTH = 100;

    /**
     * Reads JSON records: a property given twice in one is refused (which one a tool meant is a
     * guess), and so is nesting deeper than {@link #MAX_DEPTH}.
     */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InsightFile() {}

    /** The column names: the CSV header, or the keys of the first JSON objects. */
    public static List<String> columns(Path file, ImportFormat format) {
        List<String> columns = new ArrayList<>();
        if (format == ImportFormat.CSV) {
            try (InputStream in = Files.newInputStream(file);
                    MappingIterator<String[]> it = csvRows(in)) {
                String[] header = it.hasNextValue() ? it.nextValue() : new String[0];
                while ((CsvSeparator.isSeparatorHint(header)
                                || Arrays.stream(header).allMatch(String::isBlank))
                        && it.hasNextValue()) {
                    header = it.nextValue();
                }
                for (String name : header) {
                    String column = stripBom(name).strip();
                    if (!columns.contains(column)) {
                        columns.add(column);
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
        for (Row row : first(file, format, 20)) {
            row.cells().keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
        }
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
                json(UploadedText.reader(in), jsonShape(file), counted);
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
        // (a workbook, a picture: about the whole file, not its first line)
        return new Unreadable(e.line() > 1 ? e.line() : 0, "The file " + e.getMessage());
    }

    private static void csv(InputStream in, Consumer<Row> consumer) throws IOException {
        List<String> header = null;
        boolean rowsSeen = false;
        BufferedReader text = new BufferedReader(UploadedText.reader(in), CsvSeparator.LOOK_AT);
        char separator = CsvSeparator.ahead(text);
        int record = 0;
        int rowStart = 1;
        try (MappingIterator<String[]> it = csvRows(text, separator)) {
            while (it.hasNextValue()) {
                int line = it.currentLocation().getLineNr();
                rowStart = line;
                String[] cells = it.nextValue();
                record++;
                if (Arrays.stream(cells).allMatch(String::isBlank)
                        || (header == null && CsvSeparator.isSeparatorHint(cells))) {
                    // a blank line, or a row of empty cells (what Excel writes for a cleared row), or
                    // Excel's separator hint above the header (sep=;)
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
                consumer.accept(new Row(
                        line,
                        row,
                        separator == ';',
                        record,
                        cells.length > header.size() ? "has more cells than the header has columns." : null));
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof UploadedText.NotText notText) {
                throw notText(notText);
            }
            // (a quote never closed: on the line of the row it opens in, not at the file's end)
            RowError unreadable = CsvRows.unreadable(e, rowStart);
            throw new Unreadable(unreadable.line(), "The file " + unreadable.message());
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

    /** What a JSON import file holds at its top. */
    enum JsonShape {
        /** Nothing but spaces. */
        EMPTY,
        /** A list of records: {@code [ {...}, {...} ]}. */
        LIST,
        /**
         * An object holding the list of records, as APIs answer and tools export: Zendesk's {@code
         * {"tickets": [...], "next_page": ...}}, Intercom's {@code {"conversations": [...]}},
         * Typeform's {@code {"items": [...]}}, {@code {"data": [...]}}; or several such objects, the
         * pages of an answer saved one after another. An object is one when a property holds a list
         * (of objects, or empty) and none holds text but its kind and its paging ({@link
         * #PAGING}): a record has text (a ticket's subject), and may hold lists of its own.
         */
        WRAPPED,
        /**
         * JSON Lines: an object per line, nothing around them; read line by line, so that a line that
         * cannot be read is that row's error (a line cut short at the end of a file does not refuse
         * the others when the good rows are saved).
         */
        LINES,
        /** Objects one after another, each over several lines. */
        OBJECTS,
        /** One object: one record. */
        ONE
    }

    /**
     * Words in the names of the properties with text an object holding a list of records has besides
     * it: its kind and version, its paging (Zendesk's {@code next_page} and {@code after_cursor},
     * Intercom's {@code scroll_param}, a {@code nextPageToken}).
     */
    private static final java.util.regex.Pattern PAGING = java.util.regex.Pattern.compile(
            "(?i).*(type|object|kind|version|next|prev|cursor|after|before|url|status|page|token|scroll|offset"
                    + "|continuation).*");

    /** Whether a property with this name and text is about paging, not a record's text; a link is. */
    private static boolean paging(String name, String text) {
        return PAGING.matcher(name).matches() || text.startsWith("http://") || text.startsWith("https://");
    }

    /** What a JSON file holds at its top, read ahead of its records. */
    static JsonShape jsonShape(Path file) {
        JsonToken first = null;
        try (Reader text = UploadedText.reader(Files.newInputStream(file));
                JsonParser parser = JSON.createParser(text)) {
            first = parser.nextToken();
            if (first == null) {
                return JsonShape.EMPTY;
            }
            if (first != JsonToken.START_OBJECT) {
                return JsonShape.LIST; // a list, or something else, which reading it names
            }
            int firstLine = parser.currentLocation().getLineNr();
            int lists = 0;
            boolean words = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    JsonToken element = parser.nextToken();
                    if (element == JsonToken.START_OBJECT || element == JsonToken.END_ARRAY) {
                        lists++;
                    }
                } else if (value == JsonToken.VALUE_STRING && !paging(name, parser.getString())) {
                    words = true;
                }
                skipValue(parser);
            }
            boolean wrapper = lists >= 1 && !words;
            boolean oneLine = parser.currentLocation().getLineNr() == firstLine;
            boolean more;
            try {
                more = parser.nextToken() != null;
            } catch (JacksonException e) {
                more = true; // a line after the first that is no JSON: that row's error
            }
            if (more) {
                return wrapper ? JsonShape.WRAPPED : oneLine ? JsonShape.LINES : JsonShape.OBJECTS;
            }
            return wrapper ? JsonShape.WRAPPED : JsonShape.ONE;
        } catch (IOException | JacksonException e) {
            if (first == JsonToken.START_OBJECT && linesAfterTheFirstAreRecords(file)) {
                return JsonShape.LINES; // JSON Lines whose first line is broken: that row's error
            }
            // reading the records says what is wrong, and where (an object cut short: as it began)
            return first == JsonToken.START_OBJECT ? JsonShape.WRAPPED : JsonShape.LIST;
        }
    }

    /** How many lines after a file's first {@link #linesAfterTheFirstAreRecords} looks at. */
    private static final int LINES_LOOKED_AT = 20;

    /**
     * Whether most lines after the first of a file whose first object cannot be read are whole objects,
     * each on its line: JSON Lines whose first line is broken. A pretty-printed object has lines that
     * are no object by themselves (its properties, its brackets, a record followed by a comma).
     */
    private static boolean linesAfterTheFirstAreRecords(Path file) {
        try (BufferedReader lines = new BufferedReader(UploadedText.reader(Files.newInputStream(file)))) {
            lines.readLine();
            int looked = 0;
            int records = 0;
            for (String line = lines.readLine(); line != null && looked < LINES_LOOKED_AT; line = lines.readLine()) {
                String content = line.strip();
                if (content.isEmpty()) {
                    continue;
                }
                looked++;
                if (content.startsWith("{") && content.endsWith("}") && isObject(content)) {
                    records++;
                }
            }
            return records * 2 > looked;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isObject(String content) {
        try {
            return JSON.readTree(content).isObject();
        } catch (JacksonException e) {
            return false;
        }
    }

    /**
     * Skips the rest of the value the parser is in or on: a scalar, a whole object or list, or (on an
     * element of a list) the rest of that list, leaving the parser on the value's last token.
     */
    private static void skipValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        }
        if (parser.streamReadContext().inArray()) {
            // on an element of a list (its first, looked at): the rest of the list
            while (true) {
                JsonToken next = parser.nextToken();
                if (next == null || next == JsonToken.END_ARRAY) {
                    return;
                }
                if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
        }
    }

    private static final String JSON_FORMS = "a list of records ([ {\"title\": ...}, ... ]), an object holding one"
            + " ({\"tickets\": [ ... ]}) or JSON Lines (an object per line)";

    private static void json(Reader text, JsonShape shape, Consumer<Row> consumer) {
        if (shape == JsonShape.LINES) {
            jsonLines(text, consumer);
            return;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            new JsonRecords(parser, consumer).read(shape);
        }
    }

    /** The records of a JSON Lines file, a line each; a line that is no object is its row's error ({@link Row#problem}). */
    private static void jsonLines(Reader text, Consumer<Row> consumer) {
        BufferedReader lines = new BufferedReader(text, 64 * 1024);
        int line = 0;
        int record = 0;
        try {
            for (String content = lines.readLine(); content != null; content = lines.readLine()) {
                line++;
                if (content.isBlank()) {
                    continue;
                }
                record++;
                Map<String, String> row = new LinkedHashMap<>();
                String problem = null;
                try {
                    JsonNode node = JSON.readTree(content);
                    if (node.isObject()) {
                        flatten("", node, row, 0);
                    } else {
                        problem = "is " + kind(node.asToken()) + ", not an object: each line of a JSON Lines"
                                + " file is a record, {...}.";
                    }
                } catch (JacksonException e) {
                    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                    problem = "is not readable JSON" + (column > 0 ? " (column " + column + ")" : "") + ": "
                            + plainJson(e) + ".";
                }
                consumer.accept(new Row(line, row, false, record, problem));
            }
        } catch (UploadedText.NotText e) {
            throw notText(e);
        } catch (IOException e) {
            throw new Unreadable(line, "The file cannot be read: " + e.getMessage());
        }
    }

    /** Reads the records of a JSON file, numbering them, so that any problem names the record it is in. */
    private static final class JsonRecords {
        private final JsonParser parser;
        private final Consumer<Row> consumer;
        /** The records begun so far: the last is the one being read. */
        private int record;

        JsonRecords(JsonParser parser, Consumer<Row> consumer) {
            this.parser = parser;
            this.consumer = consumer;
        }

        void read(JsonShape shape) {
            try {
                JsonToken first = parser.nextToken();
                switch (shape) {
                    case EMPTY -> throw new Unreadable(1, "The file is empty. A JSON import is " + JSON_FORMS + ".");
                    case LIST -> {
                        if (first != JsonToken.START_ARRAY) {
                            throw new Unreadable(
                                    parser.currentLocation().getLineNr(),
                                    "The file holds " + kind(first) + ", not records. A JSON import is " + JSON_FORMS
                                            + ".");
                        }
                        list("list");
                        nothingAfter("the list's end");
                    }
                    case LINES, OBJECTS -> {
                        for (JsonToken token = first; token != null; token = nextOrMore()) {
                            if (token != JsonToken.START_OBJECT) {
                                throw new Unreadable(
                                        parser.currentLocation().getLineNr(),
                                        "Record " + (record + 1) + " is " + kind(token)
                                                + ", not an object: each line of a JSON Lines file is a record, {...}.");
                            }
                            record();
                        }
                    }
                    case ONE -> {
                        record();
                        nothingAfter("the object's end");
                    }
                    case WRAPPED -> {
                        for (JsonToken token = first; token != null; token = nextOrMore()) {
                            if (token != JsonToken.START_OBJECT) {
                                throw new Unreadable(
                                        parser.currentLocation().getLineNr(),
                                        "After the object with the records comes " + kind(token)
                                                + ": a file holds objects with lists of records, one after another.");
                            }
                            wrapper();
                        }
                    }
                }
            } catch (JacksonException e) {
                throw unreadableJson(e, record);
            }
        }

        /** The records of the object the parser is on: its one list of objects; its paging passed over. */
        private void wrapper() {
            String list = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_OBJECT) {
                    if (list != null) {
                        throw new Unreadable(
                                parser.currentLocation().getLineNr(),
                                "The file's object holds two lists of records, '" + list + "' and '" + name
                                        + "': import a file with one list.");
                    }
                    list = name;
                    record();
                    list("list '" + name + "'");
                } else {
                    skipValue(parser);
                }
            }
        }

        /** The records of the list the parser is in (its start, or its first record, read), up to its end. */
        private void list(String list) {
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                record();
            }
            if (token != JsonToken.END_ARRAY) {
                throw new Unreadable(
                        parser.currentLocation().getLineNr(),
                        "Record " + (record + 1) + " of the " + list + " is " + kind(token)
                                + ", not an object: each record is {\"title\": ...}.");
            }
        }

        /** The record whose start the parser is on, as a row: its line, its cells, its place. */
        private void record() {
            int line = parser.currentLocation().getLineNr();
            int place = ++record;
            JsonNode node = JSON.readTree(parser);
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", node, row, 0);
            consumer.accept(new Row(line, row, false, place));
        }

        /** The next value at the file's top, or null at its end; text that is no JSON is named as more. */
        private @Nullable JsonToken nextOrMore() {
            try {
                return parser.nextToken();
            } catch (JacksonException e) {
                throw new Unreadable(
                        e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "After record " + record + " comes text that is no JSON: " + plainJson(e) + ".");
            }
        }

        /** Fails when anything but spaces follows {@code end}: a second list, or text a tool left behind. */
        private void nothingAfter(String end) {
            int line = parser.currentLocation().getLineNr();
            JsonToken more;
            try {
                more = parser.nextToken();
            } catch (JacksonException e) {
                more = JsonToken.NOT_AVAILABLE;
            }
            if (more != null) {
                throw new Unreadable(
                        line,
                        "There is more after " + end + ": the file holds one list of records. Join the lists into"
                                + " one, or import each file by itself.");
            }
        }
    }

    /** A JSON token as people say what it is. */
    private static String kind(@Nullable JsonToken token) {
        if (token == null) {
            return "nothing (the file ends)";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "not a value";
        };
    }

    /**
     * JSON the parser cannot read, named on its line and column (and the record it is in, {@code
     * record} when one was begun: a one-line file's column alone finds nothing), in plain words.
     */
    private static Unreadable unreadableJson(JacksonException e, int record) {
        if (e.getCause() instanceof UploadedText.NotText notText) {
            return notText(notText);
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String where = column > 0 ? "column " + column : "";
        if (record > 0) {
            where += (where.isEmpty() ? "" : ", ") + "in or after record " + record;
        }
        return new Unreadable(
                line,
                "The file is not readable JSON" + (where.isEmpty() ? "" : " (" + where + ")") + ": " + plainJson(e)
                        + ".");
    }

    /** What the JSON parser said, in words for people rather than programmers. */
    static String plainJson(JacksonException e) {
        String said = Problems.parserSaid(e.getOriginalMessage());
        String plain;
        java.util.regex.Matcher unexpected = java.util.regex.Pattern.compile(
                        "(?s)Unexpected character \\('(.+?)' \\(code \\d+\\)\\):?\\s*(.*)")
                .matcher(said);
        if (said.contains("Duplicate Object property") || said.contains("Duplicate field")) {
            plain = said.replaceFirst(
                    "(?s).*Duplicate (?:Object property|field) (\"[^\"]*\").*",
                    "the property $1 is given twice in one record");
        } else if (said.contains("MaxNestingDepth") || said.contains("nesting depth")) {
            plain = "its values are nested too deeply (more than " + MAX_DEPTH + " levels)";
        } else if (said.contains("comment")) {
            plain = "it holds a comment, which JSON has not";
        } else if (said.contains("NaN") || said.contains("Infinity")) {
            plain = "NaN and Infinity are no JSON numbers (write null, or leave the property out)";
        } else if (said.contains("double-quote to start property name")
                || said.contains("double-quote to start field name")) {
            plain = "a property's name must be in double quotes (or a comma is left before a })";
        } else if (said.contains("end-of-input")) {
            plain = "the file ends in the middle of a record: it was cut short (a download that stopped?)";
        } else if (said.contains("CTRL-CHAR")) {
            plain = "text holds a tab or a line break as it is; JSON writes them \\t and \\n";
        } else if (said.contains("Leading zeroes")) {
            plain = "a number starts with 0 (write it as text, in double quotes)";
        } else if (said.startsWith("Unrecognized token")) {
            plain = said.replaceFirst(
                    "(?s)Unrecognized token '([^']*)'.*", "'$1' is no JSON value (text is written in double quotes)");
        } else if (unexpected.matches()) {
            String after = unexpected.group(2);
            String expected = after.contains("comma to separate Object entries")
                    ? "a comma between two properties is missing"
                    : after.contains("comma to separate Array entries")
                            ? "a comma between two records or values is missing"
                            : after.contains("double-quote to start field name")
                                    ? "a property's name must be in double quotes (or a comma is left before a })"
                                    : after.contains("expected a value") || after.contains("expected a valid value")
                                            ? "a value is missing (a comma left before a ] or })"
                                            : after;
            plain = "'" + unexpected.group(1) + "' where it cannot be: " + expected;
        } else {
            plain = said;
        }
        return plain.replaceAll("[.?!:]+$", "");
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
