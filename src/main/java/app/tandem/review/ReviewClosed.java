package app.tandem.review;

import app.tandem.support.DomainException;

/** A closed review takes no more reviewers, comments or verdicts until it is reopened. */
public class ReviewClosed extends DomainException {

    ReviewClosed() {
        super(Kind.CONFLICT, "state", "This review is closed: reopen it first.");
    }
}
