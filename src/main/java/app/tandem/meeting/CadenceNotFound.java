package app.tandem.meeting;

import app.tandem.support.DomainException;

/** No cadence with that id in this workspace (another workspace's is not found either). */
public class CadenceNotFound extends DomainException {

    CadenceNotFound(long id) {
        super(Kind.NOT_FOUND, "No cadence " + id + " in this workspace.");
    }
}
