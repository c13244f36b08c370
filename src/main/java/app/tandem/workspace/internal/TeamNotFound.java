package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** No team with that id in this workspace. */
public class TeamNotFound extends DomainException {
    TeamNotFound(long id) {
        super(Kind.NOT_FOUND, "No team " + id + " in this workspace.");
    }
}
