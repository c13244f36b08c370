package app.tandem.review;

import app.tandem.support.DomainException;

/** A review's thread holds at most {@link #MAX} comments. */
public class TooManyComments extends DomainException {

    /** The most comments one review's thread holds. */
    public static final int MAX = 1000;

    TooManyComments() {
        super(
                Kind.CONFLICT,
                "body",
                "This thread has " + MAX + " comments, as many as a review holds: close this review and ask for a"
                        + " new one.");
    }
}
