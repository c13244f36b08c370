package app.tandem.goal;

import app.tandem.goal.internal.Measurement;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A KPI's value on one day. */
public record MeasurementView(
        long id, LocalDate date, double value, @Nullable String note, MeasurementSource source) {

    static MeasurementView of(Measurement m) {
        return new MeasurementView(m.id(), m.date(), m.value(), m.note(), m.source());
    }
}
