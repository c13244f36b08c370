package app.tandem.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review in a list: what, whose, when, where it stands and how its reviewers stand. */
public record ReviewSummary(
        long id,
        ReviewKind kind,
        String title,
        @Nullable Ref team,
        Ref requestedBy,
        @Nullable LocalDate dueDate,
        boolean overdue,
        ReviewState state,
        VerdictSummary verdicts,
        long version) {}
