package app.tandem.initiative;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's IT review: what it needs technically and for hosting, whether the infrastructure
 * is ready, who reviewed it on which day, who recorded it when, and the {@code version} a
 * replacement must send back.
 */
public record ItReviewView(
        long initiativeId,
        @Nullable String technicalRequirements,
        @Nullable String hostingNeeds,
        Readiness readiness,
        Ref reviewer,
        LocalDate reviewedOn,
        @Nullable String note,
        Ref recordedBy,
        Instant recordedAt,
        long version) {}
