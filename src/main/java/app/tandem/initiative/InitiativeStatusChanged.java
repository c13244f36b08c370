package app.tandem.initiative;

import org.jspecify.annotations.Nullable;

/** An initiative moved from one status to another, by a person, for a reason (when given). */
public record InitiativeStatusChanged(
        long workspaceId,
        long initiativeId,
        String title,
        InitiativeStatus from,
        InitiativeStatus to,
        long changedBy,
        @Nullable String reason) {}
