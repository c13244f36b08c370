package app.tandem.review.internal;

import app.tandem.review.ReviewState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Review> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    /**
     * The workspace's reviews in a state (any when null): the open ones first, the earliest due first
     * (those without a due date after them), then the closed ones; the newest first within each.
     */
    @Query(
            value = "select r from Review r where r.workspaceId = :workspaceId and (:state is null or r.state = :state)"
                    + " order by case when r.state = app.tandem.review.ReviewState.OPEN then 0 else 1 end,"
                    + " case when r.state = app.tandem.review.ReviewState.OPEN and r.dueDate is not null then 0"
                    + " else 1 end,"
                    + " case when r.state = app.tandem.review.ReviewState.OPEN then r.dueDate end asc,"
                    + " r.createdAt desc, r.id desc",
            countQuery =
                    "select count(r) from Review r where r.workspaceId = :workspaceId and (:state is null or r.state = :state)")
    Page<Review> page(long workspaceId, @Nullable ReviewState state, Pageable pageable);

    /**
     * The open reviews of these workspaces {@code userId} is invited to and has not given a verdict on:
     * the earliest due first (so the overdue ones lead), those without a due date last.
     */
    @Query("select r from Review r, Reviewer v where v.reviewId = r.id and v.userId = :userId and v.verdict is null"
            + " and r.state = app.tandem.review.ReviewState.OPEN and r.workspaceId in :workspaceIds"
            + " order by case when r.dueDate is null then 1 else 0 end, r.dueDate, r.createdAt, r.id")
    List<Review> toGive(long userId, Collection<Long> workspaceIds, Pageable pageable);

    @Query("select count(r) from Review r, Reviewer v where v.reviewId = r.id and v.userId = :userId"
            + " and v.verdict is null and r.state = app.tandem.review.ReviewState.OPEN"
            + " and r.workspaceId in :workspaceIds")
    long countToGive(long userId, Collection<Long> workspaceIds);
}
