package app.tandem.review.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    /** The thread, oldest first, a page at a time. */
    Page<ReviewComment> findByReviewIdOrderByCreatedAtAscIdAsc(long reviewId, Pageable pageable);

    long countByReviewId(long reviewId);
}
