package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.WorkspaceLinks;
import app.tandem.support.ReadOnce;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The link tables of V42, read and written with plain SQL: they have no entity, so no mapping can
 * drift from them. Table and column names are constants of {@link Kind}, never user text. Callers
 * have checked the workspace and the role; reverse reads are bounded by {@link #REVERSE_MAX}.
 */
@Component
public class LinkStore {

    /** The most initiatives a reverse read (a goal's, a KPI's, an insight's...) answers. */
    public static final int REVERSE_MAX = 200;

    /** What an initiative links to: one link table each. */
    public enum Kind {
        GOAL("initiative_goal_link", "goal_id"),
        USER_GOAL("initiative_user_goal_link", "user_goal_id"),
        INSIGHT("initiative_insight_link", "insight_id"),
        STAGE("initiative_stage_link", "stage_id"),
        PAIN_POINT("initiative_pain_point_link", "pain_point_id");

        private final String table;
        private final String column;

        Kind(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** An initiative as a reverse read names it, and the link's own data (null when the kind has none). */
    public record Linked(
            long initiativeId,
            String title,
            InitiativeStatus status,
            LocalDate dueDate,
            long targetId,
            @Nullable Long kpiId,
            @Nullable Double expectedChange,
            @Nullable LocalDate byDate,
            @Nullable UserGoalEffect effect,
            int strength) {}

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- one initiative -----------------------------------------------------------------------

    public List<WorkspaceLinks.GoalLink> goalLinks(long initiativeId) {
        return jdbc.sql("select initiative_id, goal_id, kpi_id, expected_change, by_date from initiative_goal_link"
                        + " where initiative_id = ? order by goal_id")
                .param(initiativeId)
                .query(LinkStore::goalLink)
                .list();
    }

    public List<WorkspaceLinks.UserGoalLink> userGoalLinks(long initiativeId) {
        return jdbc.sql("select initiative_id, user_goal_id, effect, strength from initiative_user_goal_link"
                        + " where initiative_id = ? order by strength desc, user_goal_id")
                .param(initiativeId)
                .query(LinkStore::userGoalLink)
                .list();
    }

    /** The ids an initiative links to of a kind, in the order they were given ids. */
    public List<Long> ids(Kind kind, long initiativeId) {
        return jdbc.sql("select " + kind.column + " from " + kind.table + " where initiative_id = ? order by "
                        + kind.column)
                .param(initiativeId)
                .query(Long.class)
                .list();
    }

    /** Links the goal, or replaces what the link says. */
    public void putGoal(
            long initiativeId,
            long goalId,
            @Nullable Long kpiId,
            @Nullable Double expectedChange,
            @Nullable LocalDate byDate) {
        BigDecimal change = expectedChange == null ? null : BigDecimal.valueOf(expectedChange);
        int updated = jdbc.sql("update initiative_goal_link set kpi_id = ?, expected_change = ?, by_date = ?"
                        + " where initiative_id = ? and goal_id = ?")
                .params(kpiId, change, byDate, initiativeId, goalId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into initiative_goal_link (initiative_id, goal_id, kpi_id, expected_change, by_date)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(initiativeId, goalId, kpiId, change, byDate)
                    .update();
        }
    }

    /** Links the user goal, or replaces how it helps or hurts it. */
    public void putUserGoal(long initiativeId, long userGoalId, UserGoalEffect effect, int strength) {
        int updated = jdbc.sql("update initiative_user_goal_link set effect = ?, strength = ?"
                        + " where initiative_id = ? and user_goal_id = ?")
                .params(effect.name(), strength, initiativeId, userGoalId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into initiative_user_goal_link (initiative_id, user_goal_id, effect, strength)"
                            + " values (?, ?, ?, ?)")
                    .params(initiativeId, userGoalId, effect.name(), strength)
                    .update();
        }
    }

    /** Links an insight, stage or pain point; nothing changes when it is linked already. */
    public void add(Kind kind, long initiativeId, long targetId) {
        if (kind == Kind.GOAL || kind == Kind.USER_GOAL) {
            throw new IllegalArgumentException(kind + " links carry data: use putGoal or putUserGoal");
        }
        boolean linked =
                jdbc.sql("select count(*) from " + kind.table + " where initiative_id = ? and " + kind.column + " = ?")
                                .params(initiativeId, targetId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!linked) {
            jdbc.sql("insert into " + kind.table + " (initiative_id, " + kind.column + ") values (?, ?)")
                    .params(initiativeId, targetId)
                    .update();
        }
    }

    /** Takes a link away; answers whether there was one. */
    public boolean remove(Kind kind, long initiativeId, long targetId) {
        return jdbc.sql("delete from " + kind.table + " where initiative_id = ? and " + kind.column + " = ?")
                        .params(initiativeId, targetId)
                        .update()
                > 0;
    }

    // ---- a whole workspace ----------------------------------------------------------------------

    /** Every link of the workspace's initiatives, read once per read-only transaction ({@link ReadOnce}). */
    public WorkspaceLinks workspace(long workspaceId) {
        return ReadOnce.perTransaction(new Key(workspaceId), () -> workspaceNow(workspaceId));
    }

    private record Key(long workspaceId) {}

    private WorkspaceLinks workspaceNow(long workspaceId) {
        String mine = " l join initiatives i on i.id = l.initiative_id where i.workspace_id = ?";
        return new WorkspaceLinks(
                jdbc.sql("select l.initiative_id, l.goal_id, l.kpi_id, l.expected_change, l.by_date from"
                                + " initiative_goal_link" + mine)
                        .param(workspaceId)
                        .query(LinkStore::goalLink)
                        .list(),
                jdbc.sql("select l.initiative_id, l.user_goal_id, l.effect, l.strength from initiative_user_goal_link"
                                + mine)
                        .param(workspaceId)
                        .query(LinkStore::userGoalLink)
                        .list(),
                plain(Kind.INSIGHT, workspaceId),
                plain(Kind.STAGE, workspaceId),
                plain(Kind.PAIN_POINT, workspaceId));
    }

    private List<WorkspaceLinks.Link> plain(Kind kind, long workspaceId) {
        return jdbc.sql("select l.initiative_id, l." + kind.column + " from " + kind.table
                        + " l join initiatives i on i.id = l.initiative_id where i.workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> new WorkspaceLinks.Link(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    // ---- from the other side ----------------------------------------------------------------------

    /** The workspace's initiatives linked to these targets of a kind, by due date then title. */
    public List<Linked> linkedTo(Kind kind, long workspaceId, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        String extra = switch (kind) {
            case GOAL -> ", l.kpi_id, l.expected_change, l.by_date, null, 0";
            case USER_GOAL -> ", null, null, null, l.effect, l.strength";
            default -> ", null, null, null, null, 0";
        };
        return jdbc.sql("select i.id, i.title, i.status, i.due_date, l." + kind.column + extra + " from " + kind.table
                        + " l join initiatives i on i.id = l.initiative_id where i.workspace_id = :workspace and l."
                        + kind.column + " in (:targets) order by i.due_date, i.title, i.id fetch first "
                        + REVERSE_MAX + " rows only")
                .param("workspace", workspaceId)
                .param("targets", targetIds)
                .query(LinkStore::linked)
                .list();
    }

    /** The workspace's initiatives expected to move a KPI, by the day they should have (their due date when none). */
    public List<Linked> movingKpi(long workspaceId, long kpiId) {
        return jdbc.sql("select i.id, i.title, i.status, i.due_date, l.goal_id, l.kpi_id, l.expected_change,"
                        + " l.by_date, null, 0 from initiative_goal_link l join initiatives i on i.id ="
                        + " l.initiative_id where i.workspace_id = ? and l.kpi_id = ?"
                        + " order by coalesce(l.by_date, i.due_date), i.title, i.id fetch first " + REVERSE_MAX
                        + " rows only")
                .params(workspaceId, kpiId)
                .query(LinkStore::linked)
                .list();
    }

    private static Linked linked(ResultSet rs, int row) throws SQLException {
        String effect = rs.getString(9);
        return new Linked(
                rs.getLong(1),
                rs.getString(2),
                InitiativeStatus.valueOf(rs.getString(3)),
                Objects.requireNonNull(date(rs.getDate(4))),
                rs.getLong(5),
                nullableLong(rs, 6),
                nullableDouble(rs, 7),
                date(rs.getDate(8)),
                effect == null ? null : UserGoalEffect.valueOf(effect),
                rs.getInt(10));
    }

    private static WorkspaceLinks.GoalLink goalLink(ResultSet rs, int row) throws SQLException {
        return new WorkspaceLinks.GoalLink(
                rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), nullableDouble(rs, 4), date(rs.getDate(5)));
    }

    private static WorkspaceLinks.UserGoalLink userGoalLink(ResultSet rs, int row) throws SQLException {
        return new WorkspaceLinks.UserGoalLink(
                rs.getLong(1), rs.getLong(2), UserGoalEffect.valueOf(rs.getString(3)), rs.getInt(4));
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
