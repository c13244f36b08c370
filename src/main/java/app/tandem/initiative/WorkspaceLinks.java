package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every link of every initiative of a workspace, as plain ids (no names), read in five queries: what
 * planning needs to score and check work against goals. {@code byDate} is null when the initiative's
 * due date is meant.
 */
public record WorkspaceLinks(
        List<GoalLink> goals,
        List<UserGoalLink> userGoals,
        List<Link> insights,
        List<Link> stages,
        List<Link> painPoints) {

    public WorkspaceLinks {
        goals = List.copyOf(goals);
        userGoals = List.copyOf(userGoals);
        insights = List.copyOf(insights);
        stages = List.copyOf(stages);
        painPoints = List.copyOf(painPoints);
    }

    public record GoalLink(
            long initiativeId,
            long goalId,
            @Nullable Long kpiId,
            @Nullable Double expectedChange,
            @Nullable LocalDate byDate) {}

    public record UserGoalLink(long initiativeId, long userGoalId, UserGoalEffect effect, int strength) {}

    /** An initiative and the insight, stage or pain point it is linked to. */
    public record Link(long initiativeId, long targetId) {}
}
