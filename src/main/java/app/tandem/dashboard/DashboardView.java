package app.tandem.dashboard;

import app.tandem.initiative.Initiatives.HandOff;
import app.tandem.insight.EvidenceFlow;
import app.tandem.planning.PlanView.ConflictView;
import app.tandem.review.ParticipationMatrix;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The alignment dashboard of one workspace, as the page draws it and the API returns it: every
 * picture's numbers are here, so the page shows each as a table too.
 *
 * @param teams the filter's choices of team
 * @param goals the filter's choices of business goal
 */
public record DashboardView(
        DashboardFilter filter,
        LocalDate today,
        List<Choice> teams,
        List<Choice> goals,
        List<GoalNode> goalTree,
        List<TeamAlignment> alignment,
        List<KpiTrend> kpis,
        Risks risks,
        RoadmapOutlook roadmap,
        ParticipationMatrix participation,
        EvidenceFlow evidence) {

    public DashboardView {
        teams = List.copyOf(teams);
        goals = List.copyOf(goals);
        goalTree = List.copyOf(goalTree);
        alignment = List.copyOf(alignment);
        kpis = List.copyOf(kpis);
    }

    /** A team or a goal the dashboard can be narrowed to. */
    @Schema(name = "DashboardChoice")
    public record Choice(long id, String name) {}

    /**
     * A business goal of the goal tree: its KPIs, the user goals the work serving it rests on (each
     * with that work per team), and the work serving it that names no user goal.
     */
    public record GoalNode(
            long id,
            String title,
            String status,
            LocalDate periodEnd,
            List<KpiLeaf> kpis,
            List<UserGoalNode> userGoals,
            List<TeamWork> withoutUserGoal) {}

    /** A KPI under its goal: its health and the last measurements for a sparkline (oldest first). */
    public record KpiLeaf(long id, String name, String health, String healthLabel, String latest, List<Double> spark) {}

    /** A user goal under a business goal, the persona whose goal it is, and the work serving both, per team. */
    public record UserGoalNode(
            long id, String sentence, long personaId, String persona, boolean shared, List<TeamWork> teams) {}

    /** One team's initiatives under a node ({@code teamId} null: initiatives without a proposing team). */
    public record TeamWork(@Nullable Long teamId, String team, List<InitiativeLeaf> initiatives) {}

    /** An initiative in the tree, with its status and whether it is at risk. */
    public record InitiativeLeaf(long id, String title, String status, boolean atRisk) {}

    /**
     * A team's alignment score: the share of its person-weeks in committed and in-progress work that
     * is traced to both a shared persona's user goal and an active business goal ({@code score} null
     * when the team has no such work); the work that is not, and why; the score at each of the last
     * check-ins (oldest first); and the score in words.
     */
    public record TeamAlignment(
            long teamId,
            String team,
            @Nullable Double score,
            double tracedWeeks,
            double totalWeeks,
            List<Untraced> untraced,
            List<ScoreAt> trend,
            String explanation) {

        /** The score as a whole percentage, or "–" when there is no work. */
        public String percent() {
            return score == null ? "–" : Math.round(score * 100) + "%";
        }
    }

    /** Work of the team that is not traced, its person-weeks for the team, and what it lacks. */
    public record Untraced(long initiativeId, String title, double weeks, String lacks) {}

    /** The score recorded at a check-in. */
    public record ScoreAt(LocalDate date, double score) {}

    /**
     * What threatens the plan: open plan conflicts, dependencies at risk, hand-offs due in the next
     * 30 days.
     */
    public record Risks(List<ConflictView> conflicts, List<DependencyRisk> dependencies, List<HandOff> handOffs) {}

    /** A dependency at risk, the two initiatives, when the hand-off is due and why it is at risk. */
    public record DependencyRisk(
            long dependencyId,
            long providerId,
            String provider,
            long dependantId,
            String dependant,
            String kind,
            LocalDate handoffDue,
            List<String> reasons) {}

    /**
     * This quarter and the next two: each team's initiatives with their own (committed) dates and the dates
     * the plan gives them.
     */
    public record RoadmapOutlook(LocalDate from, LocalDate to, List<Lane> lanes) {}

    /** A team's lane ({@code teamId} null: initiatives without a team). */
    @Schema(name = "DashboardLane")
    public record Lane(@Nullable Long teamId, String team, List<Bar> bars) {}

    /**
     * An initiative: its own dates ({@code start}..{@code due}), the plan's ({@code plannedStart}..
     * {@code plannedEnd}, null when the plan does not schedule it: done or dropped), and whether it is
     * committed (committed or in progress).
     */
    @Schema(name = "DashboardBar")
    public record Bar(
            long id,
            String title,
            String status,
            boolean committed,
            LocalDate start,
            LocalDate due,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd) {}
}
