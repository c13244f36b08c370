package app.tandem.initiative;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person records as an initiative's IT review: the readiness is required; the texts are
 * optional and bounded ({@link #TEXT_MAX}, {@link #NOTE_MAX}); the reviewer is a member of the
 * workspace (default: the person recording) and the review date defaults to today.
 */
public record ItReviewInput(
        @Nullable String technicalRequirements,
        @Nullable String hostingNeeds,
        @Nullable Readiness readiness,
        @Nullable Long reviewerId,
        @Nullable LocalDate reviewedOn,
        @Nullable String note) {

    /** The longest technical requirements or hosting needs. */
    public static final int TEXT_MAX = 4000;
    /** The longest note. */
    public static final int NOTE_MAX = 2000;
}
