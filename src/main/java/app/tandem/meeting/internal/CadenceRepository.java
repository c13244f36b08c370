package app.tandem.meeting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRepository extends JpaRepository<Cadence, Long> {

    Optional<Cadence> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Cadence> findByWorkspaceIdOrderByIdAsc(long workspaceId);

    long countByWorkspaceId(long workspaceId);

    /** Every cadence of the instance, by id: what the scheduled top-up goes through. */
    @org.springframework.data.jpa.repository.Query("select c.id from Cadence c order by c.id")
    List<Long> allIds();
}
