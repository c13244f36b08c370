package app.tandem.review;

import app.tandem.support.DomainException;

/** The person is not among this review's reviewers. */
public class ReviewerNotFound extends DomainException {

    ReviewerNotFound(long userId) {
        super(Kind.NOT_FOUND, "Person " + userId + " is not invited to this review.");
    }
}
