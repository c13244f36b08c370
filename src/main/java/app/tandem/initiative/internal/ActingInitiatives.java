package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.internal.LinkStore.Kind;
import app.tandem.insight.ActingWork;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiatives a team's inbox can close a routed insight with, and the link it then records (the
 * insight backs the initiative, as {@code InitiativeLinks.addInsight} records it). The inbox checks
 * access and the role first; only the workspace's initiatives are answered or linked.
 */
@Component
@Transactional(readOnly = true)
class ActingInitiatives implements ActingWork {

    private static final String COLUMNS = "select i.id, i.title, i.status, ";

    private final JdbcClient jdbc;
    private final LinkStore store;

    ActingInitiatives(JdbcClient jdbc, LinkStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<Initiative> openFor(long workspaceId, long teamId) {
        return jdbc.sql(COLUMNS
                        + "case when i.proposing_team_id = :team"
                        + " or exists (select 1 from initiative_efforts e where e.initiative_id = i.id and e.team_id = :team)"
                        + " or exists (select 1 from initiative_contributors c where c.initiative_id = i.id and c.team_id = :team)"
                        + " then 0 else 1 end as others"
                        + " from initiatives i where i.workspace_id = :workspace and i.status not in ('DONE', 'DROPPED')"
                        + " order by others, i.due_date, i.title, i.id fetch first " + MAX_OPEN + " rows only")
                .param("team", teamId)
                .param("workspace", workspaceId)
                .query(ActingInitiatives::initiative)
                .list();
    }

    @Override
    public Optional<Initiative> find(long workspaceId, long initiativeId) {
        return jdbc.sql(COLUMNS + "1 from initiatives i where i.workspace_id = ? and i.id = ?")
                .params(workspaceId, initiativeId)
                .query(ActingInitiatives::initiative)
                .optional();
    }

    @Override
    public Map<Long, Initiative> named(long workspaceId, Collection<Long> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COLUMNS + "1 from initiatives i where i.workspace_id = :workspace and i.id in (:ids)")
                .param("workspace", workspaceId)
                .param("ids", initiativeIds)
                .query(ActingInitiatives::initiative)
                .list()
                .stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
    }

    @Override
    @Transactional
    public void actsOn(long workspaceId, long initiativeId, long insightId) {
        if (find(workspaceId, initiativeId).isEmpty()) {
            throw new IllegalArgumentException("Initiative " + initiativeId + " is not the workspace's");
        }
        store.add(Kind.INSIGHT, initiativeId, insightId);
    }

    /** Column 4 is 0 for the team's initiatives (or when no team was asked about). */
    private static Initiative initiative(ResultSet rs, int row) throws SQLException {
        InitiativeStatus status = InitiativeStatus.valueOf(rs.getString(3));
        long id = rs.getLong(1);
        return new Initiative(
                id,
                rs.getString(2),
                status.label(),
                "initiatives/" + id,
                rs.getInt(4) == 0,
                status == InitiativeStatus.DROPPED);
    }
}
