package app.tandem.meeting;

import app.tandem.support.DomainException;

/** No action item with that id in this workspace (another workspace's is not found either). */
public class ActionItemNotFound extends DomainException {

    ActionItemNotFound(long id) {
        super(Kind.NOT_FOUND, "No action item " + id + " in this workspace.");
    }
}
