package app.tandem.meeting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** Every item of the check-in's agenda, removed ones too, in the agenda's order. */
    List<AgendaItem> findByCheckInIdOrderByPositionAscIdAsc(long checkInId);

    Optional<AgendaItem> findByIdAndCheckInId(long id, long checkInId);
}
