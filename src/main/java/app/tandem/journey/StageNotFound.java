package app.tandem.journey;

import app.tandem.support.DomainException;

/** No stage with that id in the journey map. */
class StageNotFound extends DomainException {
    StageNotFound(long id) {
        super(Kind.NOT_FOUND, "This journey map has no stage " + id + ".");
    }
}
