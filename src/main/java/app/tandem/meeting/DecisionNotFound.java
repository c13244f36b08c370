package app.tandem.meeting;

import app.tandem.support.DomainException;

/** No decision with that id in this workspace (another workspace's is not found either). */
public class DecisionNotFound extends DomainException {

    DecisionNotFound(long id) {
        super(Kind.NOT_FOUND, "No decision " + id + " in this workspace.");
    }
}
