package app.tandem.insight.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts where a workspace's insights went: one aggregate query and one pass over the routes of the
 * period, never loading an insight. The
 * insights captured since an instant are counted from their index on workspace, creation time and
 * team (V37), without reading a row; everything about routes starts from the routes made since that
 * instant (their index on workspace and routing time, V37), each joined to its insight by its key to
 * learn the capturing team. A route is always made after its insight was captured, so the routes of
 * the insights captured since an instant are among those made since then: 100,000 insights that
 * reached nobody cost one index count. The median wait is taken as {@code percentile_cont(0.5)} takes
 * it, over the seconds from routed to acknowledged; a route not acknowledged has no wait and is left
 * out of it.
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

    /** Everything about the routes of the period, from one pass over them. */
    public record RouteFigures(
            List<Stream> streams,
            List<Routed> routed,
            List<Reached> reached,
            @Nullable Double medianSeconds) {}

    /**
     * {@link #streams}, {@link #routedInsights}, {@link #reached} and {@link #medianSeconds} from one
     * pass over the routes of the period (each joined to its insight once), counted and the medians
     * taken here rather than by four queries that each join every route again: the join is what costs
     * on H2. A route holds three numbers here; a period's routes are at most the workspace's insights
     * times its teams.
     */
    public RouteFigures routes(long workspaceId, Instant since, @Nullable Long teamId) {
        String sql = "select i.team_id, r.team_id, r.insight_id, " + WAIT_SECONDS + ROUTED + routesOf(teamId);
        var query = entityManager
                .createNativeQuery(sql)
                .setParameter("workspaceId", workspaceId)
                .setParameter("since", since);
        if (teamId != null) {
            query.setParameter("teamId", teamId);
        }
        Map<List<@Nullable Long>, long[]> streams = new LinkedHashMap<>();
        Map<@Nullable Long, long[]> routed = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, long[]> reached = new LinkedHashMap<>();
        Map<Long, List<Double>> waits = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            Long from = id(row[0]);
            long to = number(row[1]);
            Double wait = decimal(row[3]);
            streams.computeIfAbsent(java.util.Arrays.asList(from, to), k -> new long[1])[0]++;
            if (seen.add(number(row[2]))) {
                routed.computeIfAbsent(from, k -> new long[1])[0]++;
            }
            long[] figures = reached.computeIfAbsent(to, k -> new long[2]);
            figures[0]++;
            if (wait != null) {
                figures[1]++;
                waits.computeIfAbsent(to, k -> new ArrayList<>()).add(wait);
                all.add(wait);
            }
        }
        return new RouteFigures(
                streams.entrySet().stream()
                        .map(e ->
                                new Stream(e.getKey().get(0), number(e.getKey().get(1)), e.getValue()[0]))
                        .toList(),
                routed.entrySet().stream()
                        .map(e -> new Routed(e.getKey(), e.getValue()[0]))
                        .toList(),
                reached.entrySet().stream()
                        .map(e -> new Reached(
                                e.getKey(), e.getValue()[0], e.getValue()[1], median(waits.get(e.getKey()))))
                        .toList(),
                median(all));
    }

    /** The median as {@code percentile_cont(0.5)} takes it: the middle value, or the mean of the two middle ones. */
    static @Nullable Double median(@Nullable List<Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
