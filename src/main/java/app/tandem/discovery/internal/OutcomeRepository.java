package app.tandem.discovery.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

    long countBySessionId(long sessionId);
}
