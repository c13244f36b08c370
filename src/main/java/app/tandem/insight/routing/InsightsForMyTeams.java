package app.tandem.insight.routing;

import app.tandem.support.DayWords;
import app.tandem.workspace.TeamOfMine;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work": the insights routed to the person's teams that no one in the team has acknowledged
 * yet, the longest waiting first. One waiting for more than a week is shown as overdue.
 */
@Component
class InsightsForMyTeams implements WorkForMe {

    /** How long a routed insight may wait for its team before it is shown as overdue. */
    static final Duration WAITING_TOO_LONG = Duration.ofDays(7);

    private final Workspaces workspaces;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    InsightsForMyTeams(Workspaces workspaces, JdbcClient jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    @Override
    public String heading() {
        return "Insights for my teams";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<WorkItem> openFor(long userId, int limit) {
        return open(myTeams(userId), limit);
    }

    @Override
    public List<WorkItem> openIn(long userId, WorkspaceContext workspace, int limit) {
        Map<Long, TeamOfMine> teams = myTeams(userId);
        teams.values().removeIf(team -> team.workspaceId() != workspace.id());
        return open(teams, limit);
    }

    private List<WorkItem> open(Map<Long, TeamOfMine> teams, int limit) {
        if (teams.isEmpty() || limit < 1) {
            return List.of();
        }
        Instant now = clock.instant();
        // one read per team, each along ix_insight_routes_waiting and stopped at the limit: with
        // "team_id in (...)" the database would read every waiting route of the teams and sort them
        List<Waiting> waiting = new ArrayList<>();
        for (long teamId : teams.keySet()) {
            waiting.addAll(jdbc.sql("""
                            select r.id, r.insight_id, r.team_id, r.routed_at, i.title
                            from insight_routes r join insights i on i.id = r.insight_id
                            where r.team_id = :team and r.status = 'NEW'
                            order by r.team_id, r.status, r.routed_at, r.id
                            limit :limit
                            """)
                    .param("team", teamId)
                    .param("limit", limit)
                    .query((rs, row) -> new Waiting(
                            rs.getLong("id"),
                            rs.getLong("team_id"),
                            rs.getTimestamp("routed_at").toInstant(),
                            rs.getString("title")))
                    .list());
        }
        return waiting.stream()
                .sorted(Comparator.comparing(Waiting::routed).thenComparingLong(Waiting::id))
                .limit(limit)
                .map(w -> {
                    TeamOfMine team = teams.get(w.teamId());
                    return new WorkItem(
                            "Insight",
                            w.title(),
                            team.workspaceSlug(),
                            team.workspaceName(),
                            "/w/" + team.workspaceSlug() + "/inbox?team=" + team.teamId(),
                            null,
                            w.routed().plus(WAITING_TOO_LONG).isBefore(now),
                            "Routed to " + team.teamName() + " on "
                                    + DayWords.of(LocalDate.ofInstant(w.routed(), ZoneOffset.UTC))
                                    + ", not acknowledged yet");
                })
                .toList();
    }

    private record Waiting(long id, long teamId, Instant routed, String title) {}

    @Override
    public long countFor(long userId) {
        Map<Long, TeamOfMine> teams = myTeams(userId);
        if (teams.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from insight_routes where status = 'NEW' and team_id in (:teams)")
                .param("teams", teams.keySet())
                .query(Long.class)
                .single();
    }

    private Map<Long, TeamOfMine> myTeams(long userId) {
        return workspaces.teamsOf(userId).stream()
                .collect(Collectors.toMap(TeamOfMine::teamId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
