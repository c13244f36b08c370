package app.tandem.review;

import app.tandem.support.DomainException;

/** No comment with that id in this review's thread (another review's is not found either). */
public class CommentNotFound extends DomainException {

    CommentNotFound(long id) {
        super(Kind.NOT_FOUND, "No comment " + id + " in this review's thread.");
    }
}
