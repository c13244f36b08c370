package app.tandem.initiative;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An initiative in a list: what it is, who owns it, when, how big, where it stands, whether it is at
 * risk, and where it stands with its IT review.
 */
public record InitiativeSummary(
        long id,
        String title,
        InitiativeKind kind,
        @Nullable Ref proposingTeam,
        Ref owner,
        LocalDate startDate,
        LocalDate dueDate,
        double totalPersonWeeks,
        Confidence confidence,
        InitiativeStatus status,
        boolean atRisk,
        ItReviewState itReview,
        long version) {}
