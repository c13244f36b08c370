package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every initiative of a workspace (done and dropped ones too) with what planning needs to rank and
 * schedule it, and every dependency between them, read in three queries: plain values, no names of
 * people.
 */
public record WorkspaceWork(List<Work> initiatives, List<Handoff> dependencies) {

    public WorkspaceWork {
        initiatives = List.copyOf(initiatives);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * One initiative.
     *
     * @param effort person-weeks per team id
     */
    public record Work(
            long id,
            String title,
            InitiativeKind kind,
            InitiativeStatus status,
            @Nullable Long proposingTeamId,
            LocalDate startDate,
            LocalDate dueDate,
            Confidence confidence,
            Map<Long, Double> effort,
            ItReviewState itReview) {

        public Work {
            effort = Map.copyOf(effort);
        }
    }

    /** The dependant needs something ({@code kind}) from the provider by {@code handoffDue}. */
    public record Handoff(
            long id, long dependantId, long providerId, DependencyKind kind, LocalDate handoffDue, boolean delivered) {}
}
