package app.tandem.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One check-in moved: its day, start and end (in its cadence's time zone) and its place. */
public record CheckInEdit(
        @Nullable LocalDate date,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Nullable String place) {}
