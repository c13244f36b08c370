package app.tandem.initiative;

import app.tandem.support.DomainException;

/** An IT review was recorded for an initiative whose kind needs none. 409 naming {@code kind}. */
public class ItReviewNotNeeded extends DomainException {

    ItReviewNotNeeded(String sentence) {
        super(Kind.CONFLICT, "kind", sentence);
    }
}
