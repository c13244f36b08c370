package app.tandem.planning.internal;

import app.tandem.support.ConcurrentChange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and saves a workspace's plan settings. A save names the version it started from: when
 * someone saved in between, it is refused ({@link ConcurrentChange}) and nothing changes. The caller
 * has checked access and the role, and that the goals and teams are the workspace's.
 */
@Component
public class SettingsStore {

    static final String WHAT = "the plan's settings";

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PlanSettings read(long workspaceId) {
        Map<Long, Integer> weights = new HashMap<>();
        jdbc.sql("select goal_id, weight from plan_goal_weights where workspace_id = ?")
                .param(workspaceId)
                .query(rs -> {
                    weights.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Double> capacities = new HashMap<>();
        jdbc.sql("select team_id, person_weeks from plan_team_capacities where workspace_id = ?")
                .param(workspaceId)
                .query(rs -> {
                    capacities.put(rs.getLong(1), rs.getDouble(2));
                });
        List<PlanSettings.CapacityPeriod> periods = jdbc.sql(
                        "select team_id, starts_on, ends_on, person_weeks from plan_capacity_periods"
                                + " where workspace_id = ? order by position")
                .param(workspaceId)
                .query((rs, row) -> new PlanSettings.CapacityPeriod(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getDouble(4)))
                .list();
        return jdbc.sql("select model, ice_mode, formula, version from plan_settings where workspace_id = ?")
                .param(workspaceId)
                .query((rs, row) -> new PlanSettings(
                        rs.getString(1), rs.getString(2), rs.getString(3), weights, capacities, periods, rs.getLong(4)))
                .optional()
                .orElseGet(() -> new PlanSettings(
                        PlanSettings.DEFAULT_MODEL,
                        PlanSettings.DEFAULT_ICE_MODE,
                        null,
                        weights,
                        capacities,
                        periods,
                        0));
    }

    /** Saves {@code settings} over what is stored, when the stored version is still {@code settings.version()}. */
    public PlanSettings save(long workspaceId, PlanSettings settings) {
        long current = jdbc.sql("select version from plan_settings where workspace_id = ?")
                .param(workspaceId)
                .query(Long.class)
                .optional()
                .orElse(0L);
        ConcurrentChange.check(WHAT, settings.version(), current);
        int updated;
        if (settings.version() == 0 && current == 0 && !exists(workspaceId)) {
            try {
                updated = jdbc.sql("insert into plan_settings (workspace_id, model, ice_mode, formula, version)"
                                + " values (?, ?, ?, ?, 1)")
                        .params(workspaceId, settings.model(), settings.iceMode(), settings.formula())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChange(WHAT, settings.version(), 1);
            }
        } else {
            updated = jdbc.sql("update plan_settings set model = ?, ice_mode = ?, formula = ?, version = version + 1"
                            + " where workspace_id = ? and version = ?")
                    .params(settings.model(), settings.iceMode(), settings.formula(), workspaceId, settings.version())
                    .update();
        }
        if (updated != 1) {
            throw new ConcurrentChange(WHAT, settings.version(), settings.version() + 1);
        }
        jdbc.sql("delete from plan_goal_weights where workspace_id = ?")
                .param(workspaceId)
                .update();
        settings.goalWeights()
                .forEach((goal, weight) -> jdbc.sql(
                                "insert into plan_goal_weights (workspace_id, goal_id, weight) values (?, ?, ?)")
                        .params(workspaceId, goal, weight)
                        .update());
        jdbc.sql("delete from plan_team_capacities where workspace_id = ?")
                .param(workspaceId)
                .update();
        settings.capacities()
                .forEach((team, capacity) -> jdbc.sql(
                                "insert into plan_team_capacities (workspace_id, team_id, person_weeks) values (?, ?, ?)")
                        .params(workspaceId, team, capacity)
                        .update());
        jdbc.sql("delete from plan_capacity_periods where workspace_id = ?")
                .param(workspaceId)
                .update();
        List<PlanSettings.CapacityPeriod> periods = settings.periods();
        for (int position = 0; position < periods.size(); position++) {
            PlanSettings.CapacityPeriod period = periods.get(position);
            jdbc.sql("insert into plan_capacity_periods"
                            + " (workspace_id, position, team_id, starts_on, ends_on, person_weeks)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(workspaceId, position, period.teamId(), period.from(), period.to(), period.personWeeks())
                    .update();
        }
        return read(workspaceId);
    }

    private boolean exists(long workspaceId) {
        return jdbc.sql("select count(*) from plan_settings where workspace_id = ?")
                        .param(workspaceId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
