package app.tandem.review;

import app.tandem.support.DomainException;

/** Only the people invited to review give a verdict. */
public class NotAReviewer extends DomainException {

    NotAReviewer() {
        super(Kind.FORBIDDEN, "Only the people invited to review this give a verdict: ask to be invited.");
    }
}
