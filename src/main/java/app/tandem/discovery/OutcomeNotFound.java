package app.tandem.discovery;

import app.tandem.support.DomainException;

/** No outcome with that id among this session's (another session's is not found either). */
public class OutcomeNotFound extends DomainException {

    OutcomeNotFound(long id) {
        super(Kind.NOT_FOUND, "No outcome " + id + " in this discovery session.");
    }
}
