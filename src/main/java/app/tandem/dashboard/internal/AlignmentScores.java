package app.tandem.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alignment scores recorded over time, one per team and day: today's is written (or replaced)
 * each time the dashboard computes the scores, so the score a team had at a check-in is the one of
 * the latest day on or before it. The caller has checked the workspace.
 */
@Component
public class AlignmentScores {

    /** A team's score on a day. */
    public record Scored(long teamId, LocalDate on, double score) {}

    /** A team's figures to record for today. */
    public record Today(long teamId, double score, double tracedWeeks, double totalWeeks) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AlignmentScores(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records today's scores: a row per team, replacing the one recorded earlier today. Asked from
     * the dashboard's read-only transaction, it writes in a transaction of its own; asked while the
     * demo workspace is being created, it joins that transaction (a transaction of its own would wait
     * for the workspace row that one has not committed yet).
     */
    @Transactional
    public void record(long workspaceId, LocalDate today, Collection<Today> scores) {
        if (scores.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> write(workspaceId, today, scores));
        } else {
            write(workspaceId, today, scores);
        }
    }

    private void write(long workspaceId, LocalDate today, Collection<Today> scores) {
        jdbc.sql("delete from dashboard_alignment_scores where workspace_id = ? and scored_on = ?")
                .params(workspaceId, today)
                .update();
        for (Today s : scores) {
            jdbc.sql("insert into dashboard_alignment_scores"
                            + " (workspace_id, team_id, scored_on, score, traced_weeks, total_weeks)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(workspaceId, s.teamId(), today, s.score(), s.tracedWeeks(), s.totalWeeks())
                    .update();
        }
    }

    /**
     * For each day given (check-in dates), each team's score recorded on the latest day on or before it
     * and after the day before it in the list (so a score is not shown for two check-ins); days sorted
     * oldest first. Reads at most one row per team and day over the span of the days.
     */
    public Map<Long, List<Scored>> at(long workspaceId, List<LocalDate> days) {
        Map<Long, List<Scored>> byTeam = new HashMap<>();
        if (days.isEmpty()) {
            return byTeam;
        }
        List<LocalDate> sorted = days.stream().sorted().distinct().toList();
        LocalDate from = sorted.getFirst().minusYears(1);
        Map<Long, List<Scored>> recorded = new HashMap<>();
        jdbc.sql("select team_id, scored_on, score from dashboard_alignment_scores"
                        + " where workspace_id = ? and scored_on between ? and ? order by scored_on")
                .params(workspaceId, from, sorted.getLast())
                .query(rs -> {
                    Scored s = new Scored(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getDouble(3));
                    recorded.computeIfAbsent(s.teamId(), t -> new ArrayList<>()).add(s);
                });
        recorded.forEach((team, rows) -> {
            List<Scored> points = new ArrayList<>();
            LocalDate after = null;
            for (LocalDate day : sorted) {
                Scored latest = null;
                for (Scored row : rows) {
                    if (!row.on().isAfter(day) && (after == null || row.on().isAfter(after))) {
                        latest = row;
                    }
                }
                if (latest != null) {
                    points.add(new Scored(team, day, latest.score()));
                }
                after = day;
            }
            byTeam.put(team, points);
        });
        return byTeam;
    }
}
