package app.tandem.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A review with its reviewers and their verdicts. {@code team} is null once the team whose work it is
 * was deleted; {@code overdue} when it is open after its due date.
 */
public record ReviewView(
        long id,
        ReviewKind kind,
        String title,
        @Nullable String description,
        @Nullable Ref initiative,
        @Nullable String link,
        @Nullable Ref team,
        Ref requestedBy,
        @Nullable LocalDate dueDate,
        boolean overdue,
        ReviewState state,
        Instant createdAt,
        List<ReviewerView> reviewers,
        VerdictSummary verdicts,
        long version) {}
