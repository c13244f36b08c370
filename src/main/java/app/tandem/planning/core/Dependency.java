package app.tandem.planning.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** {@code dependantId} needs something ({@code kind}) from {@code providerId}, handed off by {@code handoffDue}. */
public record Dependency(
        long dependantId,
        long providerId,
        String kind,
        @Nullable LocalDate handoffDue,
        boolean delivered) {}
