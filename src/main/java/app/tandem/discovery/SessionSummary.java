package app.tandem.discovery;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A discovery session in a list: its topic, when, the host team, its goals, how many are invited and how many statements. */
public record SessionSummary(
        long id,
        String topic,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String timeZone,
        @Nullable Ref hostTeam,
        List<Ref> goals,
        int invited,
        int statements,
        boolean attendanceRecorded,
        long version) {

    /** When it starts, as the clocks of its time zone show it (startsAt is UTC). */
    public LocalDateTime localStartsAt() {
        return startsAt.atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of(timeZone))
                .toLocalDateTime();
    }

    /** When it ends, as the clocks of its time zone show it (endsAt is UTC). */
    public LocalDateTime localEndsAt() {
        return endsAt.atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of(timeZone))
                .toLocalDateTime();
    }
}
