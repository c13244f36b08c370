package app.tandem.initiative;

import org.jspecify.annotations.Nullable;

/** A team proposed an initiative. */
public record InitiativeProposed(
        long workspaceId,
        long initiativeId,
        String title,
        InitiativeKind kind,
        @Nullable Long proposingTeamId,
        long ownerUserId,
        long proposedBy) {}
