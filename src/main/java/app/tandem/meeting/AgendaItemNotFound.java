package app.tandem.meeting;

import app.tandem.support.DomainException;

/** No agenda item with that id in this workspace (another workspace's is not found either). */
public class AgendaItemNotFound extends DomainException {

    AgendaItemNotFound(long id) {
        super(Kind.NOT_FOUND, "No agenda item " + id + " in this workspace.");
    }
}
