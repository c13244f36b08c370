package app.tandem.planning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved plan: its name, model, when and by whom it was saved, and how many initiatives and conflicts it held. */
public record SnapshotView(
        long id,
        String name,
        String model,
        Instant takenAt,
        @Nullable String takenBy,
        int initiatives,
        int conflicts) {}
