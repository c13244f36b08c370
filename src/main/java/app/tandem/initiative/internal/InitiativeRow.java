package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An initiative's columns that the roadmap and the board draw, read without its effort or contributors. */
public record InitiativeRow(
        long id,
        String title,
        InitiativeKind kind,
        InitiativeStatus status,
        LocalDate startDate,
        LocalDate dueDate,
        @Nullable Long proposingTeamId,
        long ownerUserId,
        long version) {}
