package app.tandem.workspace;

/**
 * A workspace was deleted, with everything in it (its rows go by their foreign keys). Published
 * with the deleting transaction, for what a module keeps outside the database, such as a search
 * index.
 */
public record WorkspaceDeleted(long workspaceId, String slug) {}
