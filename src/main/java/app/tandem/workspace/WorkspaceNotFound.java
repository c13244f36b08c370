package app.tandem.workspace;

import app.tandem.support.DomainException;

/** No workspace with that slug among the caller's workspaces (the same answer whether it exists or not). */
public class WorkspaceNotFound extends DomainException {
    public WorkspaceNotFound(String slug) {
        super(Kind.NOT_FOUND, "No workspace '" + slug + "' among yours.");
    }
}
