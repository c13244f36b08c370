package app.tandem.review;

import java.time.Instant;

/** A comment in a review's thread; {@code byReviewer} when its author is invited to review. */
public record CommentView(long id, Ref author, boolean byReviewer, String body, Instant at) {}
