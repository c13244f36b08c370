package app.tandem.initiative.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    /** An initiative's history, oldest first. */
    List<StatusChange> findByInitiativeIdOrderByChangedAtAscIdAsc(long initiativeId);
}
