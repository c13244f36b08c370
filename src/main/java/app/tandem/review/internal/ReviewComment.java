package app.tandem.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A comment in a review's thread. */
@Entity
@Table(name = "review_comments")
public class ReviewComment {

    /** The most characters one comment has. */
    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comments_seq")
    @SequenceGenerator(name = "review_comments_seq", sequenceName = "review_comments_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "review_id")
    private long reviewId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReviewComment() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    public ReviewComment(long reviewId, long authorId, String body, Instant now) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long reviewId() {
        return reviewId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
