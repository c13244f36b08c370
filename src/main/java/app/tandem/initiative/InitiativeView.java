package app.tandem.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An initiative with everything about it but its dependencies: the proposing team (null once that
 * team is deleted), the owner, contributors, effort per team and in total, the statuses it may move
 * to next, its history (oldest first), whether a dependency it needs is at risk, whether it has a
 * landing page or form, where it stands with its IT review, and the {@code version} a replace must
 * send back.
 */
public record InitiativeView(
        long id,
        String title,
        @Nullable String description,
        InitiativeKind kind,
        @Nullable Ref proposingTeam,
        Ref owner,
        List<ContributorView> contributors,
        LocalDate startDate,
        LocalDate dueDate,
        List<EffortView> effort,
        double totalPersonWeeks,
        Confidence confidence,
        InitiativeStatus status,
        List<InitiativeStatus> nextStatuses,
        boolean atRisk,
        boolean needsWebForm,
        ItReviewState itReview,
        List<StatusChangeView> history,
        Instant createdAt,
        long version) {

    /** A contributor, the team they work for (null when none or deleted), and their role. */
    public record ContributorView(Ref person, @Nullable Ref team, RaciRole role) {}

    /** One team's effort in person-weeks. */
    public record EffortView(Ref team, double personWeeks) {}

    /** One status change: who, when, from what (null when proposed), to what, and why. */
    public record StatusChangeView(
            Ref by,
            Instant at,
            @Nullable InitiativeStatus from,
            InitiativeStatus to,
            @Nullable String reason) {}
}
