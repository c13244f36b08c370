package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** The workspace already has a team of that name. */
public class TeamNameTaken extends DomainException {
    TeamNameTaken(String name) {
        super(Kind.CONFLICT, "name", "There is already a team called '" + name + "'.");
    }
}
