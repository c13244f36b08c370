package app.tandem.insight.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RouteRepository extends JpaRepository<InsightRoute, Long> {

    boolean existsByInsightIdAndTeamId(long insightId, long teamId);

    Optional<InsightRoute> findByInsightIdAndTeamIdAndWorkspaceId(long insightId, long teamId, long workspaceId);

    List<InsightRoute> findByInsightIdOrderByRoutedAtAsc(long insightId);

    Page<InsightRoute> findByWorkspaceIdAndTeamIdAndStatusOrderByRoutedAtDesc(
            long workspaceId, long teamId, RouteStatus status, Pageable pageable);

    Page<InsightRoute> findByWorkspaceIdAndTeamIdOrderByRoutedAtDesc(long workspaceId, long teamId, Pageable pageable);

    List<InsightRoute> findByWorkspaceIdAndAcknowledgedAtIsNotNull(long workspaceId);

    long countByWorkspaceIdAndTeamIdAndStatus(long workspaceId, long teamId, RouteStatus status);
}
