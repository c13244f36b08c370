package app.tandem.dashboard.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each person's visits to a workspace's home page ({@code dashboard_visits}): when they last opened
 * it ({@code seen_at}) and when the visit before the current one began ({@code previous_seen_at}).
 * Opening home after a pause of more than {@code pause} starts a new visit: the last one becomes the
 * previous. A reload within the pause only moves {@code seen_at}, so "what changed since my last
 * visit" stays put while the person reads it.
 *
 * <p>Not transactional on purpose: each statement commits alone, so two first openings at once (two
 * tabs) cannot spoil each other — the second insert is refused by the key and counts as the same
 * first visit.
 */
@Component
public class HomeVisits {

    /** The visit just recorded: when the previous visit began, or null on a first visit. */
    public record Visit(@Nullable Instant previous) {}

    private final JdbcClient jdbc;

    HomeVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Visit record(long userId, long workspaceId, Instant now, Duration pause) {
        record Row(Instant seenAt, @Nullable Instant previous) {}
        Optional<Row> found = jdbc.sql("select seen_at, previous_seen_at from dashboard_visits"
                        + " where user_id = ? and workspace_id = ?")
                .params(userId, workspaceId)
                .query((rs, n) -> {
                    Timestamp previous = rs.getTimestamp(2);
                    return new Row(rs.getTimestamp(1).toInstant(), previous == null ? null : previous.toInstant());
                })
                .optional();
        if (found.isEmpty()) {
            try {
                jdbc.sql("insert into dashboard_visits (user_id, workspace_id, seen_at, previous_seen_at)"
                                + " values (?, ?, ?, null)")
                        .params(userId, workspaceId, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException openedTwiceAtOnce) {
                // the other opening recorded this first visit
            }
            return new Visit(null);
        }
        Row row = found.get();
        if (row.seenAt().plus(pause).isBefore(now)) {
            jdbc.sql("update dashboard_visits set previous_seen_at = seen_at, seen_at = ?"
                            + " where user_id = ? and workspace_id = ? and seen_at = ?")
                    .params(Timestamp.from(now), userId, workspaceId, Timestamp.from(row.seenAt()))
                    .update();
            return new Visit(row.seenAt());
        }
        if (now.isAfter(row.seenAt())) {
            jdbc.sql("update dashboard_visits set seen_at = ? where user_id = ? and workspace_id = ? and seen_at < ?")
                    .params(Timestamp.from(now), userId, workspaceId, Timestamp.from(now))
                    .update();
        }
        return new Visit(row.previous());
    }
}
