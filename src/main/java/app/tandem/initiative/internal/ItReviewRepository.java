package app.tandem.initiative.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItReviewRepository extends JpaRepository<ItReview, Long> {

    Optional<ItReview> findByInitiativeId(long initiativeId);

    /** Which of these initiatives have an IT review. */
    @Query("select r.initiativeId from ItReview r where r.initiativeId in :initiativeIds")
    List<Long> reviewedAmong(Collection<Long> initiativeIds);

    /** Which of these initiatives have an IT review that says the infrastructure is blocked. */
    @Query("select r.initiativeId from ItReview r where r.initiativeId in :initiativeIds"
            + " and r.readiness = app.tandem.initiative.Readiness.BLOCKED")
    List<Long> blockedAmong(Collection<Long> initiativeIds);
}
