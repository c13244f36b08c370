package app.tandem.discovery.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiscoverySessionRepository extends JpaRepository<DiscoverySession, Long> {

    Optional<DiscoverySession> findByIdAndWorkspaceId(long id, long workspaceId);

    Page<DiscoverySession> findByWorkspaceIdOrderByStartsAtDescIdDesc(long workspaceId, Pageable pageable);

    /** Sessions of the workspace that started between the two times, newest first. */
    List<DiscoverySession> findByWorkspaceIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtDesc(
            long workspaceId, LocalDateTime from, LocalDateTime before, Limit limit);
}
