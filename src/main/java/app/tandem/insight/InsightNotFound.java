package app.tandem.insight;

import app.tandem.support.DomainException;

/** No insight with that id in this workspace. */
public class InsightNotFound extends DomainException {
    public InsightNotFound(long id) {
        super(Kind.NOT_FOUND, "No insight " + id + " in this workspace.");
    }
}
