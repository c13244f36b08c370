package app.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One check-in of a cadence, as lists and calendars need it.
 *
 * @param startsAt its start as an instant (its date and start time in {@code timeZone})
 * @param held it took place: not cancelled, and its start has passed
 * @param uid stable across every change, for calendars (RFC 5545 UID)
 * @param sequence raised whenever its time or place changes or it is cancelled (RFC 5545 SEQUENCE)
 */
public record CheckInSummary(
        long id,
        long cadenceId,
        String title,
        @Nullable Ref goal,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int durationMinutes,
        String timeZone,
        Instant startsAt,
        @Nullable String place,
        CheckInState state,
        boolean held,
        String uid,
        int sequence,
        long version) {}
