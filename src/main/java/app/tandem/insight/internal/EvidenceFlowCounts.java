package app.tandem.insight.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts where a workspace's insights went: five aggregate queries, never loading an insight. The
 * insights captured since an instant are counted from their index on workspace, creation time and
 * team (V37), without reading a row; everything about routes starts from the routes made since that
 * instant (their index on workspace and routing time, V37), each joined to its insight by its key to
 * learn the capturing team. A route is always made after its insight was captured, so the routes of
 * the insights captured since an instant are among those made since then: 100,000 insights that
 * reached nobody cost one index count. The median wait is {@code percentile_cont(0.5)} over the
 * seconds from routed to acknowledged, standard SQL that H2 2 and PostgreSQL both compute; a route not
 * acknowledged has no wait and is left out of it.
 *
 * <p>With a team, only the routes from or to that team count, and the insights it captured.
 */
@Component
public class EvidenceFlowCounts {

    private static final String WAIT_SECONDS =
            "cast(extract(epoch from r.acknowledged_at) - extract(epoch from r.routed_at) as double precision)";

    private static final String CAPTURED =
            " from insights i where i.workspace_id = :workspaceId and i.created_at >= :since";

    private static final String ROUTED = " from insight_routes r join insights i on i.id = r.insight_id"
            + " where r.workspace_id = :workspaceId and r.routed_at >= :since"
            + " and i.workspace_id = :workspaceId and i.created_at >= :since";

    private final EntityManager entityManager;

    EvidenceFlowCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Insights captured by a team ({@code teamId} null: by no team). */
    public record Captured(@Nullable Long teamId, long captured) {}

    /** Routes from the insights of one team ({@code fromTeamId} null: of no team) to another. */
    public record Stream(@Nullable Long fromTeamId, long toTeamId, long count) {}

    /** How many of the insights a team captured ({@code teamId} null: no team) reached at least one team. */
    public record Routed(@Nullable Long teamId, long insights) {}

    /** What reached a team: routes, how many it acknowledged, the median wait in seconds. */
    public record Reached(
            long teamId,
            long routed,
            long acknowledged,
            @Nullable Double medianSeconds) {}

    /** The insights each team captured; with {@code teamId}, only that team's. */
    public List<Captured> captured(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql = "select i.team_id, count(*)" + CAPTURED + (teamId == null ? "" : " and i.team_id = :teamId")
                + " group by i.team_id";
        return rows(sql, workspaceId, since, teamId).stream()
                .map(row -> new Captured(id(row[0]), number(row[1])))
                .toList();
    }

    /** The streams from team to team; with {@code teamId}, those from or to that team. */
    public List<Stream> streams(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql =
                "select i.team_id, r.team_id, count(*)" + ROUTED + routesOf(teamId) + " group by i.team_id, r.team_id";
        return rows(sql, workspaceId, since, teamId).stream()
                .map(row -> new Stream(id(row[0]), number(row[1]), number(row[2])))
                .toList();
    }

    /**
     * Per capturing team, its insights that reached a team; with {@code teamId}, that team's count
     * is its own (the others' count only what reached it).
     */
    public List<Routed> routedInsights(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql =
                "select i.team_id, count(distinct r.insight_id)" + ROUTED + routesOf(teamId) + " group by i.team_id";
        return rows(sql, workspaceId, since, teamId).stream()
                .map(row -> new Routed(id(row[0]), number(row[1])))
                .toList();
    }

    public List<Reached> reached(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql =
                "select r.team_id, count(*), count(r.acknowledged_at), percentile_cont(0.5) within group (order by "
                        + WAIT_SECONDS + ")" + ROUTED + routesOf(teamId) + " group by r.team_id";
        return rows(sql, workspaceId, since, teamId).stream()
                .map(row -> new Reached(number(row[0]), number(row[1]), number(row[2]), decimal(row[3])))
                .toList();
    }

    /** The median wait of every route counted, in seconds; null when none was acknowledged. */
    public @Nullable Double medianSeconds(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql =
                "select percentile_cont(0.5) within group (order by " + WAIT_SECONDS + ")" + ROUTED + routesOf(teamId);
        var query = entityManager
                .createNativeQuery(sql)
                .setParameter("workspaceId", workspaceId)
                .setParameter("since", since);
        if (teamId != null) {
            query.setParameter("teamId", teamId);
        }
        return decimal(query.getSingleResult());
    }

    private static String routesOf(@Nullable Long teamId) {
        return teamId == null ? "" : " and (i.team_id = :teamId or r.team_id = :teamId)";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long workspaceId, Instant since, @Nullable Long teamId) {
        var query = entityManager
                .createNativeQuery(sql)
                .setParameter("workspaceId", workspaceId)
                .setParameter("since", since);
        if (teamId != null) {
            query.setParameter("teamId", teamId);
        }
        return query.getResultList();
    }

    private static @Nullable Long id(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static @Nullable Double decimal(@Nullable Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
