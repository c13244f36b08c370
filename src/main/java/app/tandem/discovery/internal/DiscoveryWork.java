package app.tandem.discovery.internal;

import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Discovery sessions" in a person's My work inbox: the sessions they are invited to that have not
 * started yet, soonest first, in the workspaces they are still a member of.
 *
 * <p>The workspace's slug and name, and whether the person is still a member, are read from the
 * workspace module's tables in the same query: {@link app.tandem.workspace.Workspaces} has no
 * question "which workspaces is this person in" yet.
 */
@Component
class DiscoveryWork implements WorkForMe {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH);

    private static final String UPCOMING = " from discovery_sessions s"
            + " join discovery_invitees i on i.session_id = s.id"
            + " join workspaces w on w.id = s.workspace_id"
            + " join workspace_members m on m.workspace_id = w.id and m.user_id = i.user_id"
            + " where i.user_id = :user and s.starts_at >= :now";

    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();

    DiscoveryWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String heading() {
        return "Discovery sessions";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openFor(long userId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select s.id, s.topic, s.starts_at, w.slug, w.name" + UPCOMING + " order by s.starts_at, s.id")
                .setParameter("user", userId)
                .setParameter("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    LocalDateTime starts = startsAt(r[2]);
                    return new WorkItem(
                            "Discovery session",
                            (String) r[1],
                            (String) r[3],
                            (String) r[4],
                            "/w/" + r[3] + "/discovery/" + ((Number) r[0]).longValue(),
                            starts.toLocalDate(),
                            false,
                            "You are invited: " + WHEN.format(starts));
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(long userId) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*)" + UPCOMING)
                        .setParameter("user", userId)
                        .setParameter("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                        .getSingleResult())
                .longValue();
    }

    private static LocalDateTime startsAt(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        throw new IllegalStateException("starts_at read as " + value.getClass());
    }
}
