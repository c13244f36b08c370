package app.tandem.initiative;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person gives to say that an initiative needs something of another one by a day. */
public record DependencyInput(
        @Nullable Long providerId,
        @Nullable DependencyKind kind,
        @Nullable LocalDate handoffDue) {}
