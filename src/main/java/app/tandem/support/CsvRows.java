package app.tandem.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV export, read as they arrive with Jackson's CSV parser (quotes, separators and
 * line breaks inside quotes are the parser's): the first line names the columns, matched to the
 * import's fields by {@link #key} (so "Due Date", "due_date" and "DUE-DATE" are one), other columns
 * are left out; the separator is the header's ({@link CsvSeparator}); a byte order mark is left
 * out; blank lines are skipped.
 */
public final class CsvRows {

    /**
     * A data row: its line (the header is line 1), its cells by field, stripped, empty cells left
     * out, and the decimal mark its numbers may have (as the file's separator says).
     */
    public record Row(int line, Map<String, String> cells, CsvValues.Decimals decimals) {

        public @Nullable String get(String field) {
            return cells.get(field);
        }
    }

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** A cell with the NUL character, which no database column of text can hold (PostgreSQL refuses it). */
    public static final String NUL_MESSAGE = "contains the NUL character (U+0000), which text cannot hold; remove it.";

    private CsvRows() {}

    /**
     * The error of a row with the NUL character in a cell, naming the cell's column ({@code columns}:
     * the fields by their column index; "column 3" for a column no field reads), or null.
     */
    public static @Nullable RowError nulCell(int line, String[] cells, Map<String, Integer> columns) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].indexOf('\0') >= 0) {
                int index = i;
                String column = columns.entrySet().stream()
                        .filter(c -> c.getValue() == index)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse("column " + (index + 1));
                return new RowError(line, column, NUL_MESSAGE);
            }
        }
        return null;
    }

    /**
     * The error of a row with a value beyond the header's last column (empty cells there, which some
     * spreadsheets write, are left out): most often a value holding the separator without quotes, which
     * moved every cell after it into the wrong column, so the row is not read at all.
     */
    static @Nullable RowError extraCells(int line, String[] cells, int width, char separator) {
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                String named = separator == '\t' ? "a tab" : "'" + separator + "'";
                return new RowError(
                        line,
                        "row",
                        "has " + cells.length + " cells, but the first line names " + width
                                + " columns; a value holding " + named + " needs double quotes around it.");
            }
        }
        return null;
    }

    /**
     * The error of a file Jackson's parser could not read, at {@code at} (its location) or, for a
     * quote never closed, on the line of the row it opens in ({@code rowStart}): the parser noticed
     * only at the file's end, and "line 5000" sent people looking in the wrong place.
     */
    public static RowError unreadable(JacksonException e, int rowStart) {
        String said = String.valueOf(e.getOriginalMessage());
        if (said.contains("closing quote")) {
            return new RowError(
                    rowStart,
                    "file",
                    "has a quote that is never closed: it opens in the row starting on this line, and every line"
                            + " after it was read as part of one cell. Close it, or double a quote meant as text"
                            + " (\"\").");
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        return new RowError(line, "file", "is not readable CSV (" + said + ").");
    }

    /** A column's name as the fields' aliases are written: lower case, other characters than letters and digits as one _. */
    public static String key(String column) {
        return column.replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    /**
     * Reads {@code text}, giving each data row to {@code rows}, at most {@code maxRows} of them (the
     * rest is not read; an error says the file is too long). {@code fields} maps column keys to
     * fields; {@code required} fields must have a column, else the header is an error naming the
     * {@code expected} columns and no row is read. A file that is not readable CSV, or empty, is an
     * error on its line. The errors in {@code errors} at the end get their spreadsheet rows ({@link
     * RowError#row}); an error added later gets its row from what is returned.
     */
    public static SpreadsheetRows read(
            Reader text,
            int maxRows,
            Map<String, String> fields,
            Collection<String> required,
            String expected,
            Consumer<Row> rows,
            List<RowError> errors) {
        SpreadsheetRows spreadsheet = new SpreadsheetRows();
        readRows(text, maxRows, fields, required, expected, rows, errors, spreadsheet);
        spreadsheet.onRows(errors);
        return spreadsheet;
    }

    private static void readRows(
            Reader text,
            int maxRows,
            Map<String, String> fields,
            Collection<String> required,
            String expected,
            Consumer<Row> rows,
            List<RowError> errors,
            SpreadsheetRows spreadsheet) {
        BufferedReader in = new BufferedReader(text, CsvSeparator.LOOK_AT);
        int record = 0;
        int rowStart = 1;
        Map<String, Integer> header = null;
        // every column of a field, when the file has more than one (Jira's "Team" and "Custom field (Team)")
        Map<String, List<Integer>> alike = new HashMap<>();
        String[] names = new String[0];
        int width = 0;
        int count = 0;
        try {
            char separator = CsvSeparator.ahead(in);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
            try (MappingIterator<String[]> it =
                    CSV.readerFor(String[].class).with(schema).readValues(in)) {
                while (it.hasNextValue()) {
                    int line = it.currentLocation().getLineNr();
                    rowStart = line;
                    String[] cells = it.nextValue();
                    spreadsheet.starts(line, ++record);
                    if (Arrays.stream(cells).allMatch(String::isBlank)
                            || (header == null && CsvSeparator.isSeparatorHint(cells))) {
                        continue;
                    }
                    if (header == null) {
                        header = new HashMap<>();
                        names = cells.clone();
                        width = cells.length;
                        for (int i = 0; i < cells.length; i++) {
                            String field = fields.get(key(cells[i]));
                            if (field != null) {
                                header.putIfAbsent(field, i);
                                alike.computeIfAbsent(field, f -> new ArrayList<>())
                                        .add(i);
                            }
                        }
                        for (String field : required) {
                            if (!header.containsKey(field)) {
                                errors.add(new RowError(
                                        line,
                                        "header",
                                        "no column gives the "
                                                + field.replaceAll("([a-z])([A-Z])", "$1 $2")
                                                        .toLowerCase(Locale.ROOT)
                                                + ". The first line names the columns: " + expected + "."));
                            }
                        }
                        if (!errors.isEmpty()) {
                            return;
                        }
                        continue;
                    }
                    if (++count > maxRows) {
                        errors.add(new RowError(line, "file", "more than " + maxRows + " rows; split the file."));
                        return;
                    }
                    RowError extra = extraCells(line, cells, width, separator);
                    if (extra != null) {
                        errors.add(extra);
                        continue;
                    }
                    RowError nul = nulCell(line, cells, header);
                    if (nul != null) {
                        errors.add(nul);
                        continue;
                    }
                    Map<String, String> byField = new HashMap<>();
                    RowError differ = null;
                    for (Map.Entry<String, List<Integer>> field : alike.entrySet()) {
                        // a field's first column with a value; two columns of it with different values
                        // are the row's error, never one chosen silently
                        Integer from = null;
                        for (int index : field.getValue()) {
                            String value = index < cells.length
                                    ? CsvValues.unneutralised(cells[index]).strip()
                                    : "";
                            if (value.isEmpty()) {
                                continue;
                            }
                            String before = byField.putIfAbsent(field.getKey(), value);
                            if (from == null) {
                                from = index;
                            } else if (before != null && !before.equals(value) && differ == null) {
                                differ = new RowError(
                                        line,
                                        field.getKey(),
                                        "the columns '" + names[from].strip() + "' ('" + before + "') and '"
                                                + names[index].strip() + "' ('" + value
                                                + "') give it differently; leave one.");
                            }
                        }
                    }
                    if (differ != null) {
                        errors.add(differ);
                        continue;
                    }
                    rows.accept(new Row(line, byField, CsvValues.Decimals.of(separator)));
                }
            }
        } catch (UploadedText.NotText e) {
            errors.add(new RowError(e.line(), "file", String.valueOf(e.getMessage())));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            if (e.getCause() instanceof UploadedText.NotText notText) {
                errors.add(new RowError(notText.line(), "file", String.valueOf(notText.getMessage())));
                return;
            }
            errors.add(unreadable(e, rowStart));
        }
        if (header == null && errors.isEmpty()) {
            errors.add(new RowError(1, "file", "is empty. The first line names the columns: " + expected + "."));
        }
    }

    /**
     * The day a cell gives ({@link CsvValues#day}), null for an empty cell; a cell that is not a day
     * is an error on its line naming the column.
     */
    public static @Nullable LocalDate day(int line, String column, @Nullable String text, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        LocalDate day = CsvValues.day(text);
        if (day == null) {
            errors.add(new RowError(line, column, CsvValues.notADay(text)));
        }
        return day;
    }

    /**
     * The number a cell of {@code row} gives ({@link CsvValues#number}), null for an empty cell; a
     * cell that is not a number is an error on its line naming the column.
     */
    public static @Nullable Double number(Row row, String field, String column, List<RowError> errors) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        Double number = CsvValues.number(text, row.decimals());
        if (number == null) {
            errors.add(new RowError(row.line(), column, CsvValues.notANumber(text, row.decimals())));
        }
        return number;
    }
}
