package app.tandem.journey;

import app.tandem.support.DomainException;

/** No journey map with that id in this workspace. */
class JourneyNotFound extends DomainException {
    JourneyNotFound(long id) {
        super(Kind.NOT_FOUND, "There is no journey map " + id + " in this workspace.");
    }
}
