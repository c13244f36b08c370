package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as the plan sees it.
 *
 * @param effort person-weeks per team id
 * @param stages the journey stages it addresses (a campaign: the stages of the experience it promotes)
 */
public record Item(
        long id,
        String title,
        Kind kind,
        Status status,
        @Nullable LocalDate start,
        @Nullable LocalDate due,
        Confidence confidence,
        Map<Long, Double> effort,
        List<GoalLink> goals,
        List<UserGoalLink> userGoals,
        Evidence evidence,
        ItReview itReview,
        List<Long> stages) {

    public Item {
        // read on every plan by the scheduler and the scores: primitive arrays with their sum
        effort = Efforts.of(effort);
        goals = GoalLinks.of(goals); // read on every plan by the scores and the conflicts: one array
        userGoals = List.copyOf(userGoals);
        stages = List.copyOf(stages);
    }

    /** An initiative that addresses no journey stage. */
    public Item(
            long id,
            String title,
            Kind kind,
            Status status,
            @Nullable LocalDate start,
            @Nullable LocalDate due,
            Confidence confidence,
            Map<Long, Double> effort,
            List<GoalLink> goals,
            List<UserGoalLink> userGoals,
            Evidence evidence,
            ItReview itReview) {
        this(id, title, kind, status, start, due, confidence, effort, goals, userGoals, evidence, itReview, List.of());
    }

    public enum Kind {
        CAMPAIGN,
        FEATURE,
        INFRASTRUCTURE,
        CONTENT,
        RESEARCH,
        MONETISATION,
        OTHER
    }

    public enum Status {
        PROPOSED,
        DISCOVERY,
        COMMITTED,
        IN_PROGRESS,
        DONE,
        DROPPED;

        /** Done or dropped: no longer ranked, scheduled or checked for conflicts. */
        public boolean isFinal() {
            return this == DONE || this == DROPPED;
        }

        /** Committed or in progress: the work keeps its dates. */
        public boolean isCommitted() {
            return this == COMMITTED || this == IN_PROGRESS;
        }
    }

    /** How sure the team is of the value; multiplies a score by {@link #factor()}. */
    public enum Confidence {
        LOW(0.5),
        MEDIUM(0.8),
        HIGH(1.0);

        private final double factor;

        Confidence(double factor) {
            this.factor = factor;
        }

        public double factor() {
            return factor;
        }
    }

    public enum ItReview {
        NOT_NEEDED,
        MISSING,
        SKIPPED,
        BLOCKED,
        DONE
    }

    /**
     * A business goal the initiative serves, optionally through one KPI it is expected to move by
     * {@code expectedChange} (in the KPI's unit, signed: + raises the KPI, − lowers it).
     */
    public record GoalLink(
            long goalId, @Nullable Long kpiId, @Nullable Double expectedChange) {}

    /** A user goal the initiative helps or hurts, with a strength of 1 (a little) to 3 (a lot). */
    public record UserGoalLink(long userGoalId, boolean helps, int strength) {}

    /** The insights behind the initiative: how many and how many users they reach in total. */
    public record Evidence(int insights, long reach) {
        public static final Evidence NONE = new Evidence(0, 0);
    }

    /** The total effort in person-weeks over all teams. */
    public double totalEffort() {
        return ((Efforts) effort).total();
    }

    /** The goal links as the planning core reads them: one array, no boxing. */
    GoalLinks goalLinks() {
        return (GoalLinks) goals;
    }

    /** The efforts as the planning core reads them: arrays, no boxing. */
    Efforts efforts() {
        return (Efforts) effort;
    }
}
