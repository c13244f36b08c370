package app.tandem.discovery.internal;

import app.tandem.workspace.MyWorkspaces;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Discovery sessions" in a person's My work inbox: the sessions they are invited to that have not
 * started yet, soonest first, in the workspaces they are still a member of ({@link Workspaces#mine}).
 */
@Component
class DiscoveryWork implements WorkForMe {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private static final String UPCOMING = " from discovery_sessions s"
            + " join discovery_invitees i on i.session_id = s.id"
            + " where i.user_id = :user and s.workspace_id in (:workspaces) and s.starts_at >= :now";

    private final EntityManager entityManager;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    DiscoveryWork(EntityManager entityManager, Workspaces workspaces) {
        this.entityManager = entityManager;
        this.workspaces = workspaces;
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
        return open(userId, MyWorkspaces.of(workspaces.mine(userId)), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openIn(long userId, WorkspaceContext workspace, int limit) {
        return open(userId, MyWorkspaces.of(List.of(workspace)), limit);
    }

    private List<WorkItem> open(long userId, MyWorkspaces mine, int limit) {
        if (mine.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select s.id, s.topic, s.starts_at, s.workspace_id, s.time_zone" + UPCOMING
                        + " order by s.starts_at, s.id")
                .setParameter("user", userId)
                .setParameter("workspaces", mine.ids())
                .setParameter("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .setMaxResults(Math.max(1, limit))
                .getResultList();
        return rows.stream()
                .map(r -> {
                    WorkspaceContext workspace = mine.get(r[3]);
                    // kept in UTC, said as the clocks of the session's time zone show it
                    ZoneId zone = ZoneId.of((String) r[4]);
                    LocalDateTime starts = startsAt(r[2])
                            .atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(zone)
                            .toLocalDateTime();
                    return new WorkItem(
                            "Discovery session",
                            (String) r[1],
                            workspace.slug(),
                            workspace.name(),
                            "/w/" + workspace.slug() + "/discovery/" + ((Number) r[0]).longValue(),
                            starts.toLocalDate(),
                            false,
                            "You are invited: " + WHEN.format(starts) + " " + zone.getId());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(long userId) {
        MyWorkspaces mine = MyWorkspaces.of(workspaces.mine(userId));
        if (mine.isEmpty()) {
            return 0;
        }
        return ((Number) entityManager
                        .createNativeQuery("select count(*)" + UPCOMING)
                        .setParameter("user", userId)
                        .setParameter("workspaces", mine.ids())
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
