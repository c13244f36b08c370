package app.tandem.planning.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something in the plan a person should look at: what kind, which initiatives, and why; for {@link
 * Kind#PROMISE_ON_PAIN}, the pain point's id (null elsewhere, and in a saved plan's conflicts).
 */
public record Conflict(
        Kind kind,
        List<Long> itemIds,
        String reason,
        @Nullable Long painPointId) {

    public Conflict {
        itemIds = List.copyOf(itemIds);
    }

    public Conflict(Kind kind, List<Long> itemIds, String reason) {
        this(kind, itemIds, reason, null);
    }

    public enum Kind {
        /** Serves no business goal. */
        NO_GOAL,
        /** Committed or in progress while its IT review is missing or was skipped. */
        IT_REVIEW_MISSING,
        /** Committed or in progress while its IT review says the infrastructure is blocked. */
        IT_BLOCKED,
        /** Monetisation that hurts an important user goal (importance 4 or more). */
        MONETISATION_HURTS_USERS,
        /** Monetisation linked to a guardrail KPI that is off track. */
        MONETISATION_ON_BREACHED_GUARDRAIL,
        /** A hand-off due after the dependant starts. */
        LATE_HANDOFF,
        /**
         * Work that starts before an initiative it depends on is due to be finished: the dependant's
         * own start is before the provider's own due date while the dependency is not delivered (one
         * already said as {@link #LATE_HANDOFF} or {@link #PROMISE_BEFORE_FEATURE} is not said again).
         */
        STARTS_BEFORE_PREREQUISITE,
        /** Two initiatives expected to move one KPI in opposite directions. */
        OPPOSING_KPI_CHANGES,
        /** Committed work alone exceeds a team's capacity in a week. */
        TEAM_OVER_CAPACITY,
        /** A campaign planned to start before the feature it promotes is planned to be ready. */
        PROMISE_BEFORE_FEATURE,
        /** A campaign promoting an experience that still has a severe, unaddressed pain point. */
        PROMISE_ON_PAIN
    }
}
