package app.tandem.meeting;

import app.tandem.support.DomainException;

/** No check-in with that id in this workspace (another workspace's is not found either). */
public class CheckInNotFound extends DomainException {

    CheckInNotFound(long id) {
        super(Kind.NOT_FOUND, "No check-in " + id + " in this workspace.");
    }
}
