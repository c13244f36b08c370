package app.tandem.initiative;

import app.tandem.support.DomainException;

/** No initiative with that id in this workspace (another workspace's is not found either). */
public class InitiativeNotFound extends DomainException {

    InitiativeNotFound(long id) {
        super(Kind.NOT_FOUND, "No initiative " + id + " in this workspace.");
    }
}
