package app.tandem.insight.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InsightRepository extends JpaRepository<Insight, Long> {

    Optional<Insight> findByIdAndWorkspaceId(long id, long workspaceId);

    long countByWorkspaceId(long workspaceId);

    Optional<Insight> findFirstByWorkspaceIdAndTitle(long workspaceId, String title);

    /** The newest insights captured since an instant, at most {@code limit} of them. */
    List<Insight> findByWorkspaceIdAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(
            long workspaceId, Instant since, Limit limit);

    long countByWorkspaceIdAndCreatedAtGreaterThanEqual(long workspaceId, Instant since);
}
