package app.tandem.support;

/**
 * A wrong row of an imported file, as every import reports it: the line (a CSV file's header is
 * line 1), the field and what is wrong with it.
 */
public record RowError(int line, String field, String message) {

    /** "Line 4, date: 'yesterday' is not a date; use YYYY-MM-DD." */
    public String describe() {
        return "Line " + line + ", " + field + ": " + message;
    }
}
