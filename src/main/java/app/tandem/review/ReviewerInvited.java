package app.tandem.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Someone was invited to review a piece of work, published with the inviting transaction (to mail
 * them). {@code path} is the review's page in this application: {@code /w/budgetly/reviews/4}.
 */
public record ReviewerInvited(
        long workspaceId,
        long reviewId,
        long reviewerId,
        String title,
        @Nullable LocalDate due,
        String path) {}
