package app.tandem.review;

import app.tandem.support.DomainException;

/** No review with that id in this workspace (another workspace's is not found either). */
public class ReviewNotFound extends DomainException {

    ReviewNotFound(long id) {
        super(Kind.NOT_FOUND, "No review " + id + " in this workspace.");
    }
}
