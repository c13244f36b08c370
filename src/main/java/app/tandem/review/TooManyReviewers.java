package app.tandem.review;

import app.tandem.support.DomainException;

/** A review has at most {@link #MAX} reviewers. */
public class TooManyReviewers extends DomainException {

    /** The most reviewers one review invites. */
    public static final int MAX = 30;

    TooManyReviewers() {
        super(Kind.INVALID, "userId", "A review has at most " + MAX + " reviewers.");
    }
}
