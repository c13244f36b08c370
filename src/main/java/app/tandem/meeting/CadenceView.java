package app.tandem.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A cadence of check-ins, for the whole workspace or for one business goal. */
public record CadenceView(
        long id,
        String title,
        @Nullable Ref goal,
        Frequency frequency,
        LocalDate firstDate,
        LocalTime startTime,
        int durationMinutes,
        @Nullable String place,
        String timeZone,
        long version) {}
