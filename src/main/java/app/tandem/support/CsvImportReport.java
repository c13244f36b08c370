package app.tandem.support;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a CSV import of records did: {@code imported} saved, or {@code rejected} with nothing saved,
 * and every wrong row by line, field and reason; {@code anyGood}, not in the API's answer, whether
 * any row was good (when nothing was saved, saving the good rows is suggested only then).
 */
public record CsvImportReport(
        int imported,
        boolean rejected,
        List<RowError> errors,
        @JsonIgnore boolean anyGood) {

    /** What the page says above the errors when nothing was saved ({@link RowError#nothingSaved}). */
    public String nothingSaved() {
        return RowError.nothingSaved(errors, anyGood);
    }

    /**
     * Saves the {@code good} rows with {@code save} (in one transaction, which {@code save} opens),
     * unless a row is wrong and {@code mode} is all-or-nothing, or no row is good.
     */
    public static <T> CsvImportReport apply(
            List<T> good, List<RowError> errors, ImportMode mode, Consumer<List<T>> save) {
        if (!errors.isEmpty() && (mode == ImportMode.ALL_OR_NOTHING || good.isEmpty())) {
            return new CsvImportReport(0, true, List.copyOf(errors), !good.isEmpty());
        }
        save.accept(good);
        return new CsvImportReport(good.size(), false, List.copyOf(errors), !good.isEmpty());
    }
}
