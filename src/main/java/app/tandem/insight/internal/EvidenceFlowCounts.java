package app.tandem.insight.internal;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts where a workspace's insights went from reads of indexes alone, never loading an insight or
 * a route row. The insights captured since an instant are counted from their index on workspace,
 * creation time and team (V37); everything about routes starts from the routes made since that
 * instant (their index on workspace and routing time, which holds every column read, V38), and
 * their insights' teams from the first index. A route is always made after its insight was
 * captured, so the routes of the insights captured since an instant are among those made since
 * then: 100,000 insights that reached nobody cost one index count. The median wait is taken as {@code percentile_cont(0.5)} takes
 * it, over the seconds from routed to acknowledged; a route not acknowledged has no wait and is left
 * out of it.
 *
 * <p>With a team, only the routes from or to that team count, and the insights it captured. With
 * user goals, only the insights that are evidence for one of them (V10's index on the insight).
 */
@Component
public class EvidenceFlowCounts {

    private static final String CAPTURED =
            " from insights i where i.workspace_id = :workspaceId and i.created_at >= :since";

    private static final String ROUTES = "select r.insight_id, r.team_id, r.routed_at, r.acknowledged_at"
            + " from insight_routes r where r.workspace_id = :workspaceId and r.routed_at >= :since";

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

    /**
     * The insights each team captured; with {@code teamId}, only that team's; with {@code userGoalIds},
     * only the insights that are evidence for one of those user goals.
     */
    public List<Captured> captured(
            long workspaceId, Instant since, @Nullable Long teamId, @Nullable Collection<Long> userGoalIds) {
        if (userGoalIds != null && userGoalIds.isEmpty()) {
            return List.of();
        }
        String sql = "select i.team_id, count(*)" + CAPTURED + onUserGoals(userGoalIds)
                + (teamId == null ? "" : " and i.team_id = :teamId") + " group by i.team_id";
        return rows(sql, workspaceId, since, teamId, userGoalIds).stream()
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
     * pass over the routes of the period, counted and the medians taken here. Nothing is joined in
     * the database: the capturing team of each insight of the period comes from a read of the
     * insights' index on workspace, creation time and team (V37), and the routes of the period from
     * the routes' index on workspace and routing time that holds every column read here (V38), so
     * neither read touches a row; joining each route to its insight row was what cost on H2. A route
     * of an insight captured before the period is not counted. A period's insights are held as two
     * numbers each, its routes as counts.
     */
    public RouteFigures routes(
            long workspaceId, Instant since, @Nullable Long teamId, @Nullable Collection<Long> userGoalIds) {
        if (userGoalIds != null && userGoalIds.isEmpty()) {
            return new RouteFigures(List.of(), List.of(), List.of(), null);
        }
        List<Object[]> routes = rows(ROUTES, workspaceId, since, null, null);
        Map<Long, @Nullable Long> capturedBy = new HashMap<>();
        if (!routes.isEmpty()) {
            for (Object[] row : rows(
                    "select i.id, i.team_id" + CAPTURED + onUserGoals(userGoalIds),
                    workspaceId,
                    since,
                    null,
                    userGoalIds)) {
                capturedBy.put(number(row[0]), id(row[1]));
            }
        }
        Map<List<@Nullable Long>, long[]> streams = new LinkedHashMap<>();
        Map<@Nullable Long, long[]> routed = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, long[]> reached = new LinkedHashMap<>();
        Map<Long, List<Double>> waits = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Object[] row : routes) {
            long insightId = number(row[0]);
            if (!capturedBy.containsKey(insightId)) {
                continue;
            }
            Long from = capturedBy.get(insightId);
            long to = number(row[1]);
            if (teamId != null && !teamId.equals(from) && teamId != to) {
                continue;
            }
            Double wait = row[3] == null ? null : seconds(row[3]) - seconds(row[2]);
            streams.computeIfAbsent(java.util.Arrays.asList(from, to), k -> new long[1])[0]++;
            if (seen.add(insightId)) {
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

    /** An instant read from a timestamp column, in seconds since the epoch (with fractions). */
    private static double seconds(Object value) {
        Instant instant = switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Timestamp t -> t.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Not a timestamp: " + value.getClass());
        };
        return instant.getEpochSecond() + instant.getNano() / 1e9;
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

    /** The condition that keeps the evidence for the user goals (none: every insight). */
    private static String onUserGoals(@Nullable Collection<Long> userGoalIds) {
        return userGoalIds == null
                ? ""
                : " and exists (select 1 from user_goal_evidence e where e.insight_id = i.id"
                        + " and e.user_goal_id in (:userGoalIds))";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(
            String sql,
            long workspaceId,
            Instant since,
            @Nullable Long teamId,
            @Nullable Collection<Long> userGoalIds) {
        var query = entityManager
                .createNativeQuery(sql)
                .setParameter("workspaceId", workspaceId)
                .setParameter("since", since);
        if (teamId != null) {
            query.setParameter("teamId", teamId);
        }
        if (userGoalIds != null) {
            query.setParameter("userGoalIds", userGoalIds);
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
