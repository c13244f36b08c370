package app.tandem.discovery;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A discovery session in a list: its topic, when, the host team, its goals, how many are invited and how many statements. */
public record SessionSummary(
        long id,
        String topic,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Nullable Ref hostTeam,
        List<Ref> goals,
        int invited,
        int statements,
        boolean attendanceRecorded,
        long version) {}
