package app.tandem.initiative;

import app.tandem.support.DomainException;

/** The initiative has no IT review (yet, or any more). */
public class ItReviewNotFound extends DomainException {

    ItReviewNotFound(long initiativeId) {
        super(Kind.NOT_FOUND, "Initiative " + initiativeId + " has no IT review yet.");
    }
}
