package app.tandem.goal;

import app.tandem.support.RowError;
import java.util.List;

/**
 * What a CSV import did: {@code saved} rows recorded (a row for a day that had a value revises
 * it), {@code rejected} when nothing was saved because some rows are wrong, every wrong row with
 * its line, field and reason, and the saved rows whose value looks mistyped ({@code warnings}: a
 * percentage outside 0–100%, saved all the same). {@link app.tandem.support.ImportMode} says what to
 * do with a file that has wrong rows.
 */
public record MeasurementImport(int saved, boolean rejected, List<RowError> errors, List<RowError> warnings) {}
