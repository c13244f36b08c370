package app.tandem.insight;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a workspace's evidence went over the last {@code days} days: for each team that captured
 * insights, how many it captured and the teams they were routed to, and how long routed insights
 * waited to be acknowledged (the median, in days; null when none was acknowledged).
 */
public record EvidenceFlow(
        int days,
        LocalDate since,
        long captured,
        long unrouted,
        List<Stream> streams,
        List<TeamFigures> teams,
        @Nullable Double medianDaysToAcknowledge) {

    public EvidenceFlow {
        streams = List.copyOf(streams);
        teams = List.copyOf(teams);
    }

    /** {@code count} insights captured by {@code fromTeam} (null: no team) were routed to {@code toTeam}. */
    public record Stream(@Nullable Long fromTeamId, String fromTeam, long toTeamId, String toTeam, long count) {}

    /** One team's figures: captured by it, routed to it, acknowledged by it, its median wait. */
    public record TeamFigures(
            long teamId,
            String team,
            long captured,
            long routedTo,
            long acknowledged,
            @Nullable Double medianDaysToAcknowledge) {}
}
