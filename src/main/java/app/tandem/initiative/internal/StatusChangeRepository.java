package app.tandem.initiative.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    /** An initiative's history, oldest first. */
    List<StatusChange> findByInitiativeIdOrderByChangedAtAscIdAsc(long initiativeId);

    /** The status changes of these initiatives made at or after an instant, oldest first. */
    @Query("select c from StatusChange c where c.initiativeId in :initiativeIds and c.changedAt >= :since"
            + " order by c.changedAt, c.id")
    List<StatusChange> changedSince(Collection<Long> initiativeIds, Instant since);
}
