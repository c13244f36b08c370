package app.tandem.discovery.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DiscoverySessionRepository extends JpaRepository<DiscoverySession, Long> {

    Optional<DiscoverySession> findByIdAndWorkspaceId(long id, long workspaceId);

    /**
     * The workspace's sessions as people look for them: those to come first, the next one first, then
     * those that began, the latest first.
     */
    @Query(
            value = "select s from DiscoverySession s where s.workspaceId = :workspaceId order by"
                    + " case when s.startsAt >= :now then 0 else 1 end,"
                    + " case when s.startsAt >= :now then s.startsAt end asc, s.startsAt desc, s.id desc",
            countQuery = "select count(s) from DiscoverySession s where s.workspaceId = :workspaceId")
    Page<DiscoverySession> comingFirst(long workspaceId, LocalDateTime now, Pageable pageable);

    /** Sessions of the workspace that started between the two times, newest first. */
    List<DiscoverySession> findByWorkspaceIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtDesc(
            long workspaceId, LocalDateTime from, LocalDateTime before, Limit limit);
}
