package app.tandem.meeting.rules;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a calendar must be told that a check-in changed (RFC 5545 SEQUENCE): the instant it starts,
 * its duration or its place changed, or it was cancelled. The instant, not the local day and time:
 * a cadence's new time zone moves its check-ins to other instants at the same local time, which
 * calendars must be told; a change of anything else (its agenda, its minutes) leaves the SEQUENCE as
 * it is, so calendars do not ask people again.
 */
public final class CalendarChange {

    private CalendarChange() {}

    /** What a calendar shows of a check-in. */
    public record Slot(
            Instant start, int durationMinutes, @Nullable String place) {}

    /** The SEQUENCE after a check-in moved from {@code before} to {@code after}. */
    public static int sequenceAfter(int sequence, Slot before, Slot after) {
        boolean same = before.start().equals(after.start())
                && before.durationMinutes() == after.durationMinutes()
                && Objects.equals(place(before.place()), place(after.place()));
        return same ? sequence : sequence + 1;
    }

    /** The SEQUENCE after a check-in was cancelled (raised once; cancelling again changes nothing). */
    public static int sequenceAfterCancel(int sequence, boolean wasCancelled) {
        return wasCancelled ? sequence : sequence + 1;
    }

    /** A blank place is no place: typing spaces into an empty place is no change. */
    public static @Nullable String place(@Nullable String place) {
        return place == null || place.isBlank() ? null : place.strip();
    }
}
