package app.tandem.goal;

import java.util.List;

/**
 * What a CSV import did: {@code saved} rows recorded (a row for a day that had a value revises
 * it), {@code rejected} when nothing was saved because some rows are wrong, and every wrong row
 * with its line, field and reason.
 */
public record MeasurementImport(int saved, boolean rejected, List<RowError> errors) {

    /** A wrong row (line 1 is the header). */
    public record RowError(int line, String field, String message) {
        public String describe() {
            return "Line " + line + ", " + field + ": " + message;
        }
    }

    /** How to treat a file with wrong rows. */
    public enum Mode {
        /** Save nothing unless every row is good (the default). */
        ALL_OR_NOTHING,
        /** Save the good rows and report the wrong ones. */
        GOOD_ROWS
    }
}
