package app.tandem.initiative;

/**
 * The teams committed to an initiative: it is part of the plan now. Published with the {@link
 * InitiativeStatusChanged} that moved it to committed.
 */
public record InitiativeCommitted(long workspaceId, long initiativeId, String title, long committedBy) {}
