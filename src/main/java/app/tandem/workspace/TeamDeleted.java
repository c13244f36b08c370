package app.tandem.workspace;

/**
 * A team was deleted. Published with the deleting transaction; modules that keep the team's id in
 * rows of their own (without a foreign key) clear it when they receive this.
 */
public record TeamDeleted(long workspaceId, long teamId) {}
