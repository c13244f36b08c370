package app.tandem.goal;

import app.tandem.support.RowError;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a CSV import did: {@code saved} rows recorded (a row for a day that had a value revises
 * it), {@code unchanged} rows whose day had that value and note already (left as they were, where
 * they came from too: an export imported back changes nothing), {@code rejected} when nothing was saved because some rows are wrong, every wrong row with
 * its line, field and reason, and {@code warnings}: the saved rows whose value looks mistyped (a
 * percentage outside 0–100%, saved all the same), and what of the file was not read (a second
 * table, field {@code file}). {@link app.tandem.support.ImportMode} says what to
 * do with a file that has wrong rows. {@code anyGood}, not in the API's answer: whether any row was
 * good (when nothing was saved, saving the good rows is suggested only then).
 */
public record MeasurementImport(
        int saved,
        int unchanged,
        boolean rejected,
        List<RowError> errors,
        List<RowError> warnings,
        @JsonIgnore boolean anyGood) {

    /** What the page says above the errors when nothing was saved ({@link RowError#nothingSaved}). */
    public String nothingSaved() {
        return RowError.nothingSaved(errors, anyGood);
    }

    /** The warnings about saved values (the page's "Saved values to check"), not about the file. */
    public List<RowError> valuesToCheck() {
        return warnings.stream().filter(w -> !w.field().equals("file")).toList();
    }
}
