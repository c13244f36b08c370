package app.tandem.workspace;

/** A team the person is in, with the workspace it belongs to ({@link Workspaces#teamsOf}). */
public record TeamOfMine(long teamId, String teamName, long workspaceId, String workspaceSlug, String workspaceName) {}
