package app.tandem.workspace;

/** A workspace was created; {@code demo} is true for the demo workspace of a fresh instance. */
public record WorkspaceCreated(long workspaceId, String slug, long creatorUserId, boolean demo) {}
