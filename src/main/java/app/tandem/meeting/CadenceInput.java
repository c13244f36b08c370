package app.tandem.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A cadence as a person gives it; {@link CheckIns} checks every field at once. The frequency and
 * first date are kept when a cadence is changed (its dates are generated from them); the rest
 * applies to its check-ins to come that were not moved one by one.
 *
 * @param goalId a business goal of the workspace, for a check-in per goal; none for the workspace's
 * @param timeZone an IANA zone such as {@code Europe/Berlin}; UTC when blank
 */
public record CadenceInput(
        @Nullable String title,
        @Nullable Long goalId,
        @Nullable Frequency frequency,
        @Nullable LocalDate firstDate,
        @Nullable LocalTime startTime,
        @Nullable Integer durationMinutes,
        @Nullable String place,
        @Nullable String timeZone) {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 500;
    /** The longest check-in: a whole day. */
    public static final int DURATION_MAX = 24 * 60;
}
