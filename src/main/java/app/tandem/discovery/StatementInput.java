package app.tandem.discovery;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One team's goals for a session's topic: what it wants to achieve (1 to {@link #AIM_MAX}
 * characters), the workspace's business goals and user goals it names, the KPIs it expects to raise,
 * lower or guard, the person-weeks it can give for the topic (optional, 0 or more) and what it would
 * need of each team's capacity (person-weeks, 0 or more, each team once).
 */
public record StatementInput(
        @Nullable String aim,
        @Nullable List<@Nullable Long> goalIds,
        @Nullable List<@Nullable Long> userGoalIds,
        @Nullable List<@Nullable KpiInput> kpis,
        @Nullable Double capacity,
        @Nullable List<@Nullable NeedInput> needs) {

    public static final int AIM_MAX = 2000;
    public static final int LINKS_MAX = 50;
    public static final double PERSON_WEEKS_MAX = 10_000;

    /** A KPI of the workspace and what the team expects of it. */
    public record KpiInput(@Nullable Long kpiId, @Nullable KpiEffect effect) {}

    /** Person-weeks of a team's capacity the statement would need. */
    public record NeedInput(@Nullable Long teamId, @Nullable Double personWeeks) {}
}
