package app.tandem.discovery;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to plan or change a discovery session. A topic has 1 to {@link #TOPIC_MAX}
 * characters; it ends after it starts; the business goals are the workspace's, the invited people
 * its members (at most {@link #INVITEES_MAX}), the host team (optional) one of its teams.
 *
 * <p>{@code timeZone} names the IANA time zone its pages show it in ({@code Europe/Berlin}, any
 * case); blank is UTC, and null keeps the session's (UTC for a new one). {@code timesIn} says how
 * {@code startsAt} and {@code endsAt} are given: in UTC (the API), or as the clocks of the time zone
 * show them (the form), where a time the clocks skip is refused and one they show twice is the
 * earlier.
 */
public record SessionInput(
        @Nullable String topic,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable Long hostTeamId,
        @Nullable List<@Nullable Long> goalIds,
        @Nullable List<@Nullable Long> inviteeIds,
        @Nullable String timeZone,
        TimesIn timesIn) {

    public static final int TOPIC_MAX = 200;
    public static final int GOALS_MAX = 50;
    public static final int INVITEES_MAX = 200;

    /** Times in UTC, the session's time zone kept (UTC for a new one). */
    public SessionInput(
            @Nullable String topic,
            @Nullable LocalDateTime startsAt,
            @Nullable LocalDateTime endsAt,
            @Nullable Long hostTeamId,
            @Nullable List<@Nullable Long> goalIds,
            @Nullable List<@Nullable Long> inviteeIds) {
        this(topic, startsAt, endsAt, hostTeamId, goalIds, inviteeIds, null, TimesIn.UTC);
    }

    /** How a session's start and end are given. */
    public enum TimesIn {
        /** In UTC, whatever the session's time zone (the API). */
        UTC,
        /** As the clocks of the session's time zone show them (the form). */
        TIME_ZONE
    }
}
