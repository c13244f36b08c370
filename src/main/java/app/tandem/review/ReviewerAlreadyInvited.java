package app.tandem.review;

import app.tandem.support.DomainException;

/** The person is invited to this review already. */
public class ReviewerAlreadyInvited extends DomainException {

    ReviewerAlreadyInvited(String name) {
        super(Kind.CONFLICT, "userId", name + " is invited to this review already.");
    }
}
