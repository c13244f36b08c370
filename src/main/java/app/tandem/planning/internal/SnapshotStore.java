package app.tandem.planning.internal;

import app.tandem.planning.core.Conflict;
import app.tandem.planning.core.PlanOutline;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved plans: a header (name, model, when, by whom, counts) and the outline (each initiative's
 * rank, score and planned dates; the conflicts) in rows, written in batches. The caller has checked
 * access and the role.
 */
@Component
public class SnapshotStore {

    /** A saved plan as its list shows it. */
    public record Header(
            long id,
            String name,
            String model,
            Instant takenAt,
            @Nullable String takenBy,
            int initiatives,
            int conflicts) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String nextId;

    SnapshotStore(JdbcClient jdbc, JdbcTemplate template, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.template = template;
        this.nextId = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("plan_snapshots_seq");
    }

    public long save(long workspaceId, String name, String model, long userId, Instant at, PlanOutline outline) {
        long id = jdbc.sql(nextId).query(Long.class).single();
        jdbc.sql("insert into plan_snapshots (id, workspace_id, name, model, taken_at, taken_by, initiative_count,"
                        + " conflict_count) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        workspaceId,
                        name,
                        model,
                        Timestamp.from(at),
                        userId,
                        outline.entries().size(),
                        outline.conflicts().size())
                .update();
        template.batchUpdate(
                "insert into plan_snapshot_items (snapshot_id, initiative_id, title, rank_no, score, planned_start,"
                        + " planned_end) values (?, ?, ?, ?, ?, ?, ?)",
                outline.entries(),
                500,
                (ps, e) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, e.itemId());
                    ps.setString(3, e.title());
                    ps.setInt(4, e.rank());
                    ps.setDouble(5, e.score());
                    ps.setDate(6, Date.valueOf(e.start()));
                    ps.setDate(7, Date.valueOf(e.end()));
                });
        List<Conflict> conflicts = outline.conflicts();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            positions.add(i);
        }
        template.batchUpdate(
                "insert into plan_snapshot_conflicts (snapshot_id, position, kind, reason, initiative_ids)"
                        + " values (?, ?, ?, ?, ?)",
                positions,
                500,
                (ps, i) -> {
                    Conflict c = conflicts.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, c.kind().name());
                    ps.setString(4, cut(c.reason(), 4000));
                    ps.setString(5, ids(c.itemIds()));
                });
        return id;
    }

    public long count(long workspaceId) {
        return jdbc.sql("select count(*) from plan_snapshots where workspace_id = ?")
                .param(workspaceId)
                .query(Long.class)
                .single();
    }

    /** The workspace's saved plan with this name, compared without regard to case, if any. */
    public Optional<Header> named(long workspaceId, String name) {
        return jdbc.sql(
                        HEADER
                                + " where s.workspace_id = ? and lower(s.name) = lower(?) order by s.id fetch first 1 rows only")
                .params(workspaceId, name)
                .query(SnapshotStore::header)
                .optional();
    }

    /** The newest first. */
    public List<Header> list(long workspaceId, int offset, int limit) {
        return jdbc.sql(
                        HEADER
                                + " where s.workspace_id = ? order by s.taken_at desc, s.id desc offset ? rows fetch next ? rows only")
                .params(workspaceId, offset, limit)
                .query(SnapshotStore::header)
                .list();
    }

    public Optional<Header> header(long workspaceId, long id) {
        return jdbc.sql(HEADER + " where s.workspace_id = ? and s.id = ?")
                .params(workspaceId, id)
                .query(SnapshotStore::header)
                .optional();
    }

    /** The newest saved plan, if any. */
    public Optional<Header> latest(long workspaceId) {
        List<Header> newest = list(workspaceId, 0, 1);
        return newest.isEmpty() ? Optional.empty() : Optional.of(newest.getFirst());
    }

    public PlanOutline outline(long snapshotId) {
        List<PlanOutline.Entry> entries = jdbc.sql(
                        "select initiative_id, title, rank_no, score, planned_start, planned_end"
                                + " from plan_snapshot_items where snapshot_id = ? order by rank_no")
                .param(snapshotId)
                .query((rs, row) -> new PlanOutline.Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getDouble(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate()))
                .list();
        List<Conflict> conflicts = jdbc.sql("select kind, reason, initiative_ids from plan_snapshot_conflicts"
                        + " where snapshot_id = ? order by position")
                .param(snapshotId)
                .query((rs, row) -> new Conflict(
                        Conflict.Kind.valueOf(rs.getString(1)),
                        rs.getString(3).isEmpty()
                                ? List.of()
                                : Arrays.stream(rs.getString(3).split(","))
                                        .map(Long::valueOf)
                                        .toList(),
                        rs.getString(2)))
                .list();
        return new PlanOutline(entries, conflicts);
    }

    private static final String HEADER = "select s.id, s.name, s.model, s.taken_at, u.display_name, s.initiative_count,"
            + " s.conflict_count from plan_snapshots s left join users u on u.id = s.taken_by";

    private static Header header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Header(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7));
    }

    /** The ids joined by commas, as many as fit the column. */
    private static String ids(List<Long> ids) {
        StringBuilder joined = new StringBuilder();
        for (long id : ids) {
            String next = (joined.isEmpty() ? "" : ",") + id;
            if (joined.length() + next.length() > 4000) {
                break;
            }
            joined.append(next);
        }
        return joined.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
