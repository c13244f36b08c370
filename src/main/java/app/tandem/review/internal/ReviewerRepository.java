package app.tandem.review.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewerRepository extends JpaRepository<Reviewer, Long> {

    List<Reviewer> findByReviewIdOrderByInvitedAtAscIdAsc(long reviewId);

    List<Reviewer> findByReviewIdIn(Collection<Long> reviewIds);

    Optional<Reviewer> findByReviewIdAndUserId(long reviewId, long userId);

    long countByReviewId(long reviewId);

    /** Who took part in a review of the workspace by a verdict, and when: review id, user id, when. */
    @Query("select new app.tandem.review.internal.ReviewerRepository$Activity(v.reviewId, v.userId, v.verdictAt)"
            + " from Reviewer v, Review r where r.id = v.reviewId and r.workspaceId = :workspaceId"
            + " and r.teamId is not null and v.verdictAt is not null")
    List<Activity> verdictsIn(long workspaceId);

    /** Who took part in a review of the workspace by commenting as an invited reviewer, and first when. */
    @Query("select new app.tandem.review.internal.ReviewerRepository$Activity(c.reviewId, c.authorId, min(c.createdAt))"
            + " from ReviewComment c, Reviewer v, Review r where v.reviewId = c.reviewId and v.userId = c.authorId"
            + " and r.id = c.reviewId and r.workspaceId = :workspaceId and r.teamId is not null"
            + " group by c.reviewId, c.authorId")
    List<Activity> reviewerCommentsIn(long workspaceId);

    /** A reviewer took part in a review at a time. */
    record Activity(long reviewId, long userId, Instant at) {}
}
