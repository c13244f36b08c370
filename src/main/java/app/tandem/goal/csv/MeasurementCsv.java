package app.tandem.goal.csv;

import app.tandem.goal.MeasurementInput;
import app.tandem.support.CsvRows;
import app.tandem.support.CsvSeparator;
import app.tandem.support.CsvValues;
import app.tandem.support.RowError;
import app.tandem.support.SpreadsheetRows;
import app.tandem.support.UploadedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads measurements from CSV with Jackson's CSV parser (quotes, commas in notes and line breaks
 * inside quotes are handled by the parser, never by splitting lines). The first line names the
 * columns: {@code date,value} for one KPI, or {@code kpi,date,value} for many at once, each
 * optionally followed by {@code note}; Tandem's own export reads as it is written ({@code
 * measured_on} is the date; {@link #EXPORT_ONLY} columns are passed over) (a {@code value} column may be named after its measure instead,
 * as in {@code Date,Active users}, and {@code #} comment lines above the header are passed over, as
 * Google Analytics 4 writes them); column order is free, the separator a comma, {@code ;} or a
 * tab as the header shows ({@link CsvSeparator}). {@code kpi} is the KPI's name or id, {@code date}
 * a day and {@code value} a number as {@link CsvValues} reads them. Every bad row
 * is reported with its line number, field and reason.
 */
public final class MeasurementCsv {

    static final List<String> COLUMNS = List.of("kpi", "date", "value", "note");

    /**
     * Columns of Tandem's own measurement export that an import passes over, so that an export is
     * imported as it is (into another workspace, or back): its row id, the KPI's id there (the KPI is
     * found by its name), and how the value came in (an import is an import).
     */
    static final Set<String> EXPORT_ONLY = Set.of("id", "kpi_id", "source");

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** A good row: on which line, for which KPI (null in a {@code date,value} file), what. */
    public record Row(
            int line,
            @Nullable String kpi,
            LocalDate date,
            double value,
            @Nullable String note) {}

    /**
     * What the file held: whether it names KPIs, its good rows, its errors, and what was passed over
     * ({@code warnings}: a second table after the first, as Google Analytics 4 exports several).
     */
    public record Parsed(
            boolean namesKpis,
            List<Row> rows,
            List<RowError> errors,
            List<RowError> warnings,
            SpreadsheetRows spreadsheet) {}

    private MeasurementCsv() {}

    public static Parsed parse(String text, int maxRows) {
        return parse(new StringReader(text), maxRows);
    }

    /**
     * Reads the CSV as it comes, row by row: what is held is the good rows and the errors, never
     * the text, and after {@code maxRows} data rows the rest is not read (an error on the next
     * line says the file is too long).
     */
    public static Parsed parse(Reader text, int maxRows) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        SpreadsheetRows spreadsheet = new SpreadsheetRows();
        Map<String, Integer> columns = null;
        try (BufferedReader in = new BufferedReader(withoutBom(text), CsvSeparator.LOOK_AT)) {
            columns = read(in, CsvSeparator.ahead(in), maxRows, rows, errors, warnings, spreadsheet);
        } catch (UploadedText.NotText e) {
            errors.add(new RowError(e.line(), "file", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null && errors.isEmpty()) {
            errors.add(new RowError(
                    1, "file", "is empty. The first line names the columns: date,value or kpi,date,value."));
        }
        return new Parsed(columns != null && columns.containsKey("kpi"), rows, errors, warnings, spreadsheet);
    }

    /**
     * Reads the rows into {@code rows} and {@code errors}; the columns the header names, or null when
     * there is no header or it is wrong (and no row is read).
     */
    private static @Nullable Map<String, Integer> read(
            Reader in,
            char separator,
            int maxRows,
            List<Row> rows,
            List<RowError> errors,
            List<RowError> warnings,
            SpreadsheetRows spreadsheet) {
        Map<String, Integer> columns = null;
        int dataRows = 0;
        CsvValues.Decimals decimals = CsvValues.Decimals.of(separator);
        // rows whose day has slashes and could be read either way wait for the file's other days
        List<Map.Entry<Integer, String[]>> eitherWay = new ArrayList<>();
        Set<CsvValues.SlashOrder> orders = EnumSet.noneOf(CsvValues.SlashOrder.class);
        int record = 0;
        int tableEnd = 0;
        int rowStart = 1;
        // the day an analytics export's '# Start date:' line names, and whether the date column
        // counts days from it ('Nth day', as Google Analytics 4 writes a report's time series)
        LocalDate startDate = null;
        LocalDate nthDayFrom = null;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(in)) {
            while (it.hasNextValue()) {
                int line = it.currentLocation().getLineNr();
                rowStart = line;
                String[] cells = it.nextValue();
                spreadsheet.starts(line, ++record);
                if (isBlank(cells) || (columns == null && CsvSeparator.isSeparatorHint(cells))) {
                    continue;
                }
                boolean comment = cells.length > 0 && CsvSeparator.isComment(String.join(",", cells), 0);
                if (columns == null) {
                    if (comment) {
                        // lines an analytics export writes above its table: who, which period
                        startDate = startDate != null ? startDate : startDate(String.join(",", cells));
                        continue;
                    }
                    int firstDay = firstDayColumn(cells);
                    if (firstDay > 0) {
                        // a table with a column per day, as analytics tools and spreadsheets' pivot
                        // tables export a metric: the rows are read as they come, a measurement a cell
                        // (the columns first: a file that breaks off still says whether its rows name KPIs)
                        columns = name(cells[0]).equals("kpi") ? Map.of("kpi", 0) : Map.of();
                        wide(
                                it,
                                cells,
                                firstDay,
                                line,
                                maxRows,
                                decimals,
                                columns.containsKey("kpi"),
                                rows,
                                errors,
                                spreadsheet,
                                record);
                        break;
                    }
                    columns = header(cells, line, errors);
                    if (columns == null) {
                        return null;
                    }
                    if (isNthDay(cells[columns.get("date")])) {
                        if (startDate == null) {
                            errors.add(new RowError(
                                    line,
                                    "header",
                                    "the column '" + cells[columns.get("date")].strip()
                                            + "' counts days from the export's '# Start date: YYYYMMDD' line,"
                                            + " which is missing above it. Export the report again, or name the"
                                            + " days in a Date column."));
                            return null;
                        }
                        nthDayFrom = startDate;
                    }
                    continue;
                }
                if (comment) {
                    // the lines above another table (Google Analytics 4 exports one per chart): the
                    // first table is the file's measurements; a table after them is said to be left
                    // out, '#' lines alone at the end are passed over
                    tableEnd = tableEnd == 0 ? line : tableEnd;
                    continue;
                }
                if (tableEnd > 0) {
                    warnings.add(new RowError(
                            tableEnd,
                            "file",
                            "a second table starts here (its '#' lines): it was not read. Import one table"
                                    + " per file."));
                    break;
                }
                if (++dataRows > maxRows) {
                    errors.add(new RowError(line, "file", "more than " + maxRows + " rows; split the file."));
                    break;
                }
                RowError nul = CsvRows.nulCell(line, cells, columns);
                if (nul != null) {
                    errors.add(nul);
                    continue;
                }
                String day = cell(cells, columns.get("date"));
                if (day != null && nthDayFrom == null) {
                    CsvValues.SlashOrder shown = CsvValues.SlashOrder.of(day);
                    if (shown != null) {
                        orders.add(shown);
                    }
                    if (CsvValues.eitherWay(day)) {
                        eitherWay.add(Map.entry(line, cells));
                        continue;
                    }
                }
                Row row = row(cells, line, columns, decimals, null, nthDayFrom, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (columns != null && !eitherWay.isEmpty()) {
                // 04/12/2026 is read in the order the file's other days show (25/12/2026: day first)
                CsvValues.SlashOrder order =
                        orders.size() == 1 ? orders.iterator().next() : null;
                for (Map.Entry<Integer, String[]> waiting : eitherWay) {
                    Row row = row(waiting.getValue(), waiting.getKey(), columns, decimals, order, null, errors);
                    if (row != null) {
                        rows.add(row);
                    }
                }
                rows.sort(Comparator.comparingInt(Row::line));
                errors.sort(Comparator.comparingInt(RowError::line));
            }
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof UploadedText.NotText notText) {
                errors.add(new RowError(notText.line(), "file", String.valueOf(notText.getMessage())));
            } else {
                // the upload broke off: not a fault of the file's
                throw new UncheckedIOException(e.getCause());
            }
        } catch (JacksonException e) {
            errors.add(CsvRows.unreadable(e, rowStart));
        }
        spreadsheet.onRows(errors);
        spreadsheet.onRows(warnings);
        return columns;
    }

    /**
     * The first column of a header that names a day in each column from there on (blank ones at the
     * end aside) after at least one column that does not, such as {@code Segment,2026-11-01,2026-11-02}:
     * a table with a column per day. 0 for any other header.
     */
    static int firstDayColumn(String[] cells) {
        int last = cells.length - 1;
        while (last >= 0 && cells[last].isBlank()) {
            last--;
        }
        int first = 0;
        while (first <= last && CsvValues.day(cells[first].strip(), null) == null) {
            first++;
        }
        if (first == 0 || first > last) {
            return 0;
        }
        for (int i = first; i <= last; i++) {
            if (CsvValues.day(cells[i].strip(), null) == null) {
                return 0;
            }
        }
        return first;
    }

    /**
     * Reads a table with a column per day ({@link #firstDayColumn}): each row's cells under the days
     * are its measurements (an empty one is none), and its first cell names the KPI when that column
     * is called {@code kpi} (a file of one KPI's rows otherwise, its first cells passed over). Each
     * measurement counts as a row against {@code maxRows}.
     */
    private static void wide(
            MappingIterator<String[]> it,
            String[] header,
            int firstDay,
            int headerLine,
            int maxRows,
            CsvValues.Decimals decimals,
            boolean namesKpis,
            List<Row> rows,
            List<RowError> errors,
            SpreadsheetRows spreadsheet,
            int record) {
        int last = header.length - 1;
        while (header[last].isBlank()) {
            last--;
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = firstDay; i <= last; i++) {
            days.add(CsvValues.day(header[i].strip(), null));
        }
        int measurements = 0;
        while (it.hasNextValue()) {
            int line = it.currentLocation().getLineNr();
            String[] cells = it.nextValue();
            spreadsheet.starts(line, ++record);
            if (isBlank(cells) || CsvSeparator.isComment(String.join(",", cells), 0)) {
                continue;
            }
            String kpi = namesKpis ? cell(cells, 0) : null;
            if (namesKpis && kpi == null) {
                errors.add(new RowError(line, "kpi", "is empty; give the KPI's name or id."));
                continue;
            }
            boolean beyond = false;
            for (int i = last + 1; i < cells.length && !beyond; i++) {
                beyond = !cells[i].isBlank();
            }
            if (beyond) {
                errors.add(new RowError(
                        line,
                        "row",
                        "has a value beyond the last day the first line names (line " + headerLine + ")."));
                continue;
            }
            // (a line is good or wrong as a whole, as a row of the other form is)
            int before = errors.size();
            List<Row> good = new ArrayList<>();
            for (int d = 0; d < days.size(); d++) {
                String text = cell(cells, firstDay + d);
                if (text == null) {
                    continue;
                }
                if (++measurements > maxRows) {
                    errors.add(new RowError(line, "file", "more than " + maxRows + " measurements; split the file."));
                    return;
                }
                Double value = CsvValues.number(text, decimals);
                if (value == null) {
                    errors.add(new RowError(
                            line, "value", "under " + days.get(d) + ": " + CsvValues.notANumber(text, decimals)));
                } else if (!MeasurementInput.inRange(value)) {
                    errors.add(new RowError(
                            line,
                            "value",
                            "under " + days.get(d) + ": '" + text + "' is out of range. "
                                    + MeasurementInput.OUT_OF_RANGE));
                } else {
                    good.add(new Row(line, kpi, days.get(d), value, null));
                }
            }
            if (errors.size() == before) {
                rows.addAll(good);
            }
        }
    }

    private static @Nullable Map<String, Integer> header(String[] cells, int line, List<RowError> errors) {
        for (String cell : cells) {
            Matcher other = NTH_OTHER.matcher(cell.strip());
            if (other.matches()) {
                errors.add(new RowError(
                        line,
                        "header",
                        "the column '" + cell.strip() + "' counts "
                                + other.group(1).toLowerCase(Locale.ROOT)
                                + "s from the start date, and a measurement is one day's value: export the report"
                                + " by day (Nth day or Date)."));
                return null;
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        int valueNamed = valueNamed(cells);
        for (int i = 0; i < cells.length; i++) {
            String name = i == valueNamed ? "value" : name(cells[i]);
            if (!COLUMNS.contains(name) && !EXPORT_ONLY.contains(name)) {
                errors.add(
                        new RowError(
                                line,
                                "header",
                                "unknown column '" + cells[i].strip()
                                        + "'. The first line names the columns: date,value or kpi,date,value (and an optional note)."));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RowError(line, "header", "the column '" + name + "' appears twice."));
            }
        }
        for (String required : List.of("date", "value")) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(
                        line,
                        "header",
                        "the column '" + required
                                + "' is missing. The first line names the columns: date,value or kpi,date,value."));
            }
        }
        return errors.isEmpty() ? columns : null;
    }

    /**
     * A header's column as the import reads it: the export's {@code measured_on} is the date, and so
     * is Google Analytics 4's {@code Nth day} (days counted from the export's start date).
     */
    private static String name(String cell) {
        String name = cell.strip().toLowerCase(Locale.ROOT);
        return name.equals("measured_on") || isNthDay(name) ? "date" : name;
    }

    /** The most days an {@code Nth day} column counts (about a hundred years). */
    static final int MOST_NTH_DAY = 36_600;

    private static boolean isNthDay(String cell) {
        return cell.strip().equalsIgnoreCase("nth day");
    }

    private static final Pattern NTH_OTHER = Pattern.compile("nth (hour|week|month|year)", Pattern.CASE_INSENSITIVE);

    private static final Pattern START_DATE =
            Pattern.compile("#\\s*start date:\\s*(\\d{8})\\s*,*", Pattern.CASE_INSENSITIVE);

    /** The day a {@code # Start date: 20261101} line names, or null for any other line. */
    private static @Nullable LocalDate startDate(String line) {
        Matcher m = START_DATE.matcher(line.strip());
        return m.matches() ? CsvValues.day(m.group(1), null) : null;
    }

    /**
     * The column that holds the values when the header names it after the measure instead ({@code
     * Date,Active users}, as analytics tools export one metric by day): the only column besides
     * {@code date} (and {@code kpi}, {@code note}) when none is named {@code value}; else -1.
     */
    private static int valueNamed(String[] cells) {
        int other = -1;
        boolean dated = false;
        for (int i = 0; i < cells.length; i++) {
            String name = name(cells[i]);
            if (name.equals("value")) {
                return -1;
            }
            dated |= name.equals("date");
            if (!COLUMNS.contains(name) && !EXPORT_ONLY.contains(name)) {
                if (other >= 0) {
                    return -1;
                }
                other = i;
            }
        }
        return dated ? other : -1;
    }

    private static @Nullable Row row(
            String[] cells,
            int line,
            Map<String, Integer> columns,
            CsvValues.Decimals decimals,
            CsvValues.@Nullable SlashOrder order,
            @Nullable LocalDate nthDayFrom,
            List<RowError> errors) {
        int before = errors.size();
        if (cells.length > columns.size()) {
            errors.add(new RowError(
                    line, "row", "has " + cells.length + " fields, the header names " + columns.size() + "."));
            return null;
        }
        String kpi = cell(cells, columns.get("kpi"));
        if (columns.containsKey("kpi") && kpi == null) {
            errors.add(new RowError(line, "kpi", "is empty; give the KPI's name or id."));
        }
        LocalDate date = null;
        String dateText = cell(cells, columns.get("date"));
        if (dateText == null) {
            errors.add(new RowError(line, "date", "is empty; use YYYY-MM-DD."));
        } else if (nthDayFrom != null) {
            date = nthDay(dateText, nthDayFrom);
            if (date == null) {
                errors.add(new RowError(
                        line,
                        "date",
                        "'" + dateText + "' is no day's number: the column counts days from the start date "
                                + nthDayFrom + " (0000 is that day, 0001 the next), up to " + MOST_NTH_DAY + "."));
            }
        } else {
            date = CsvValues.day(dateText, order);
            if (date == null) {
                errors.add(new RowError(line, "date", CsvValues.notADay(dateText)));
            }
        }
        Double value = null;
        String valueText = cell(cells, columns.get("value"));
        if (valueText == null) {
            errors.add(new RowError(line, "value", "is empty; give a number such as 4.2."));
        } else {
            value = CsvValues.number(valueText, decimals);
            if (value == null) {
                errors.add(new RowError(line, "value", CsvValues.notANumber(valueText, decimals)));
            } else if (!MeasurementInput.inRange(value)) {
                errors.add(new RowError(
                        line, "value", "'" + valueText + "' is out of range. " + MeasurementInput.OUT_OF_RANGE));
                value = null;
            }
        }
        String note = cell(cells, columns.get("note"));
        if (note != null && note.length() > MeasurementInput.NOTE_MAX) {
            errors.add(new RowError(line, "note", "has more than " + MeasurementInput.NOTE_MAX + " characters."));
        }
        if (errors.size() > before || date == null || value == null) {
            return null;
        }
        return new Row(line, kpi, date, value, note);
    }

    /** Day {@code text} (0000, 0001, ...) counted from {@code from}, or null when it is no such number. */
    private static @Nullable LocalDate nthDay(String text, LocalDate from) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n > MOST_NTH_DAY ? null : from.plusDays(n);
    }

    private static @Nullable String cell(String[] cells, @Nullable Integer index) {
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = CsvValues.unneutralised(cells[index]).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isBlank(String[] cells) {
        return Arrays.stream(cells).allMatch(c -> c.isBlank());
    }

    /** The text without the byte order mark some programs write first. */
    private static Reader withoutBom(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
