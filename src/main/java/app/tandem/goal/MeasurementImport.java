package app.tandem.goal;

import app.tandem.support.RowError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV import did: {@code saved} rows recorded (a row for a day that had a value revises
 * it), {@code rejected} when nothing was saved because some rows are wrong, every wrong row with
 * its line, field and reason, and {@code warnings}: the saved rows whose value looks mistyped (a
 * percentage outside 0–100%, saved all the same), and what of the file was not read (a second
 * table, field {@code file}). {@link app.tandem.support.ImportMode} says what to
 * do with a file that has wrong rows.
 */
public record MeasurementImport(int saved, boolean rejected, List<RowError> errors, List<RowError> warnings) {

    /** What the page says above the errors when nothing was saved ({@link RowError#nothingSaved}). */
    public String nothingSaved(@Nullable Boolean goodRowsAsked) {
        return RowError.nothingSaved(errors, goodRowsAsked);
    }

    /** The warnings about saved values (the page's "Saved values to check"), not about the file. */
    public List<RowError> valuesToCheck() {
        return warnings.stream().filter(w -> !w.field().equals("file")).toList();
    }
}
