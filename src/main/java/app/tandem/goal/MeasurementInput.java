package app.tandem.goal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One value of a KPI on one day, as a person or another system gives it; a note has at most {@link #NOTE_MAX} characters. */
public record MeasurementInput(
        @Nullable LocalDate date,
        @Nullable Double value,
        @Nullable String note) {

    public static final int NOTE_MAX = 500;
}
