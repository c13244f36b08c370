package app.tandem.discovery;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to plan or change a discovery session. A topic has 1 to {@link #TOPIC_MAX}
 * characters; it ends after it starts (times in UTC); the business goals are the workspace's, the
 * invited people its members (at most {@link #INVITEES_MAX}), the host team (optional) one of its
 * teams.
 */
public record SessionInput(
        @Nullable String topic,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable Long hostTeamId,
        @Nullable List<@Nullable Long> goalIds,
        @Nullable List<@Nullable Long> inviteeIds) {

    public static final int TOPIC_MAX = 200;
    public static final int GOALS_MAX = 50;
    public static final int INVITEES_MAX = 200;
}
