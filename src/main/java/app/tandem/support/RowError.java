package app.tandem.support;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A wrong row of an imported file, as every import reports it: the line (a CSV file's header is
 * line 1), the field and what is wrong with it, and the row a spreadsheet shows it on ({@code row}:
 * the line, unless a cell before it holds a line break, as a ticket's text often does; then row 3000
 * of a spreadsheet was reported as line 3299 alone, December 2026).
 */
public record RowError(
        @Schema(description = "The line of the file the row starts on (the header is line 1)")
        int line,

        String field,
        String message,

        @Schema(
                description = "The row a spreadsheet shows it on (the header is row 1): the line, unless"
                        + " cells before it hold line breaks")
        int row) {

    public RowError(int line, String field, String message) {
        this(line, field, message, line);
    }

    /** This error on spreadsheet row {@code row}. */
    public RowError onRow(int row) {
        return new RowError(line, field, message, row);
    }

    /** Where it is, as a page's "Line" column says it: "3299 (row 3000)", or "12" when the two agree. */
    public String where() {
        return row == line ? String.valueOf(line) : line + " (row " + row + ")";
    }

    /**
     * Whether {@code errors} are all about the file as a whole (its header, its bytes, its length),
     * none about a row: then no row was read, and saving "the good rows" would save none; what the
     * person is told to do says so.
     */
    public static boolean aboutTheFile(java.util.List<RowError> errors) {
        return !errors.isEmpty()
                && errors.stream()
                        .allMatch(e -> e.field().equals("header") || e.field().equals("file"));
    }

    /**
     * What a page says above the errors of an import that saved nothing: how many, and what to do.
     * Saving the good rows is suggested only when some row is good ({@code anyGood}; never when the
     * form's box was ticked, since then none was) and the file could be read.
     */
    public static String nothingSaved(java.util.List<RowError> errors, boolean anyGood) {
        if (aboutTheFile(errors)) {
            return "Nothing was saved: the file cannot be read as it is. Fix it as said below and upload it again.";
        }
        String problems = errors.size() + (errors.size() == 1 ? " problem" : " problems");
        return !anyGood
                ? "Nothing was saved: no row of the file is good (" + problems + "). Fix "
                        + (errors.size() == 1 ? "it" : "them") + " and upload again."
                : "Nothing was saved: " + problems
                        + " in the file. Fix and upload again, or tick “Save the good rows”.";
    }

    /**
     * "Line 4, date: 'yesterday' is not a date; use YYYY-MM-DD."; "Line 3299 (row 3000), ..." when a
     * spreadsheet shows it on another row.
     */
    public String describe() {
        return "Line " + where() + ", " + field + ": " + message;
    }
}
