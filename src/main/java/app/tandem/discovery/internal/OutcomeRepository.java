package app.tandem.discovery.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

    long countBySessionId(long sessionId);

    /** The demo's outcomes as made at the session, when they were (the demo is loaded days later). */
    @Modifying(flushAutomatically = true)
    @Query("update Outcome o set o.createdAt = :at where o.sessionId = :sessionId")
    int madeAt(long sessionId, Instant at);
}
