package app.tandem.initiative;

import app.tandem.support.DomainException;

/**
 * An initiative that needs an IT review was to be committed without one, and the request did not
 * say to commit it anyway ({@code skipItReview}). 409 naming {@code itReview}: ask the person, then
 * commit it anyway or record the review first.
 */
public class ItReviewMissing extends DomainException {

    ItReviewMissing(String sentence) {
        super(Kind.CONFLICT, "itReview", sentence);
    }
}
