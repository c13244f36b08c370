package app.tandem.initiative;

import app.tandem.insight.EvidenceStrength;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an initiative is linked to, each with its id and name: the business goals it serves
 * (with the KPI contribution expected), the user goals it helps or hurts, the insights that back it
 * (reach and strength), and the journey stages and pain points it addresses.
 */
public record LinksView(
        long initiativeId,
        List<GoalLink> goals,
        List<UserGoalLink> userGoals,
        List<InsightLink> insights,
        List<StageLink> stages,
        List<PainPointLink> painPoints) {

    /**
     * A business goal it serves; with a KPI, the change expected (null when not given) in the KPI's
     * unit, in words ({@code expected}: "+2 points"), by {@code byDate}: the day given, or the
     * initiative's due date ({@code byDueDate} true).
     */
    public record GoalLink(
            long goalId,
            String goalTitle,
            @Nullable Long kpiId,
            @Nullable String kpiName,
            @Nullable Double expectedChange,
            @Nullable String expected,
            @Nullable LocalDate byDate,
            boolean byDueDate) {}

    /** A user goal it helps or hurts, how much (1–3), and the persona whose goal it is. */
    public record UserGoalLink(
            long userGoalId,
            String sentence,
            long personaId,
            String personaName,
            int importance,
            UserGoalEffect effect,
            int strength) {}

    /** An insight that backs it, with how many users it reached and how strong it is. */
    public record InsightLink(long insightId, String title, int reach, EvidenceStrength strength) {}

    /** A journey stage it addresses, on its map. */
    public record StageLink(long stageId, long journeyId, String journeyName, String name) {}

    /** A pain point it addresses, where it hurts (map and stage) and how much (1–3). */
    public record PainPointLink(
            long painPointId, long journeyId, String journeyName, String stageName, String text, int severity) {}

    public boolean isEmpty() {
        return goals.isEmpty() && userGoals.isEmpty() && insights.isEmpty() && stages.isEmpty() && painPoints.isEmpty();
    }
}
