package app.tandem.initiative.internal;

import app.tandem.initiative.Confidence;
import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.DependencyState;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.support.ReadOnce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole workspace's initiatives, efforts and dependencies for planning in three plain
 * queries (a workspace with thousands of initiatives is read in milliseconds, with no entity
 * loaded). The caller has checked access to the workspace.
 */
@Component
@Transactional(readOnly = true)
public class WorkStore {

    private final JdbcClient jdbc;

    WorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's initiatives, efforts and dependencies, read once per read-only transaction ({@link ReadOnce}). */
    public WorkspaceWork read(long workspaceId) {
        return ReadOnce.perTransaction(new Key(workspaceId), () -> readNow(workspaceId));
    }

    private record Key(long workspaceId) {}

    private WorkspaceWork readNow(long workspaceId) {
        Map<Long, Map<Long, Double>> efforts = new HashMap<>();
        jdbc.sql("select e.initiative_id, e.team_id, e.person_weeks from initiative_efforts e"
                        + " join initiatives i on i.id = e.initiative_id where i.workspace_id = ?")
                .param(workspaceId)
                .query(rs -> {
                    efforts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
                });
        List<WorkspaceWork.Work> work = new ArrayList<>();
        jdbc.sql("select i.id, i.title, i.kind, i.status, i.proposing_team_id, i.start_date, i.due_date,"
                        + " i.confidence, i.needs_web_form, i.it_review_skipped,"
                        + " case when r.id is null then false else true end as reviewed, r.readiness"
                        + " from initiatives i left join initiative_it_reviews r on r.initiative_id = i.id"
                        + " where i.workspace_id = ? order by i.id")
                .param(workspaceId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    InitiativeKind kind = InitiativeKind.valueOf(rs.getString(3));
                    long team = rs.getLong(5);
                    Long proposingTeam = rs.wasNull() ? null : team;
                    work.add(new WorkspaceWork.Work(
                            id,
                            rs.getString(2),
                            kind,
                            InitiativeStatus.valueOf(rs.getString(4)),
                            proposingTeam,
                            rs.getDate(6).toLocalDate(),
                            rs.getDate(7).toLocalDate(),
                            Confidence.valueOf(rs.getString(8)),
                            efforts.getOrDefault(id, Map.of()),
                            ItReviewRules.state(
                                    ItReviewRules.needsItReview(kind, rs.getBoolean(9)),
                                    rs.getBoolean(11),
                                    "BLOCKED".equals(rs.getString(12)),
                                    rs.getBoolean(10))));
                });
        List<WorkspaceWork.Handoff> handoffs = jdbc.sql(
                        "select id, dependant_id, provider_id, kind, handoff_due, state from initiative_dependencies"
                                + " where workspace_id = ? order by id")
                .param(workspaceId)
                .query((rs, row) -> new WorkspaceWork.Handoff(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        DependencyKind.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate(),
                        DependencyState.valueOf(rs.getString(6)) == DependencyState.DELIVERED))
                .list();
        return new WorkspaceWork(work, handoffs);
    }
}
