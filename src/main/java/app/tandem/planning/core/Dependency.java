package app.tandem.planning.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code dependantId} needs something ({@code kind}, in words: "design assets") from {@code
 * providerId}, handed off by {@code handoffDue}; {@code feature} when what it needs is a feature (a
 * campaign needing a feature promotes it).
 */
public record Dependency(
        long dependantId,
        long providerId,
        String kind,
        @Nullable LocalDate handoffDue,
        boolean delivered,
        boolean feature) {

    /** A dependency on something other than a feature. */
    public Dependency(
            long dependantId, long providerId, String kind, @Nullable LocalDate handoffDue, boolean delivered) {
        this(dependantId, providerId, kind, handoffDue, delivered, false);
    }
}
