package app.tandem.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One value of a KPI on one day, as a person or another system gives it; a note has at most {@link #NOTE_MAX} characters. */
public record MeasurementInput(
        // (@Nullable for the 400 naming a value left out: the API document says it is required)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate date,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double value,

        @Schema(maxLength = MeasurementInput.NOTE_MAX) @Nullable String note) {

    public static final int NOTE_MAX = 500;

    /**
     * The largest size of a KPI's value (measured, baseline, target, guardrail): a quadrillion, more
     * than any count or currency a KPI tracks. A double still holds a fraction there (to an eighth),
     * where 1.7e308 was saved and every sum or difference with it was infinite or meaningless.
     */
    public static final double VALUE_MAX = 1e15;

    /** What a value out of range is told. */
    public static final String OUT_OF_RANGE = "Give a number between -1,000,000,000,000,000 and 1,000,000,000,000,000.";

    /** Whether {@code value} is a number within {@link #VALUE_MAX} either side of zero. */
    public static boolean inRange(double value) {
        return Double.isFinite(value) && Math.abs(value) <= VALUE_MAX;
    }
}
