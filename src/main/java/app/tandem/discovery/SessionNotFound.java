package app.tandem.discovery;

import app.tandem.support.DomainException;

/** No discovery session with that id in this workspace (another workspace's is not found either). */
public class SessionNotFound extends DomainException {

    SessionNotFound(long id) {
        super(Kind.NOT_FOUND, "No discovery session " + id + " in this workspace.");
    }
}
