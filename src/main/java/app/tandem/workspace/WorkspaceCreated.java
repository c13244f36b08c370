package app.tandem.workspace;

/**
 * A workspace was created. {@code demo} is true for the demo workspace of a fresh instance; that
 * event comes once its teams and people exist, in the same transaction, so a listener can add its
 * module's demo data (with {@code creatorUserId} as the acting admin).
 */
public record WorkspaceCreated(long workspaceId, String slug, long creatorUserId, boolean demo) {}
