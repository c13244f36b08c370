package app.tandem.planning;

import app.tandem.support.DomainException;

/** No saved plan with that id in the workspace. */
public class SnapshotNotFound extends DomainException {

    SnapshotNotFound(long id) {
        super(Kind.NOT_FOUND, "No saved plan " + id + " in this workspace.");
    }
}
