package app.tandem.meeting.internal;

import app.tandem.meeting.DecisionState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByCheckInIdOrderByIdAsc(long checkInId);

    Optional<Decision> findByIdAndCheckInId(long id, long checkInId);

    long countByCheckInId(long checkInId);

    /** Decisions still to make, due before {@code before}, earliest first: for the agenda. */
    List<Decision> findByWorkspaceIdAndStateAndDueLessThanOrderByDueAscIdAsc(
            long workspaceId, DecisionState state, LocalDate before, Pageable pageable);
}
