package app.tandem.insight;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InsightRepository extends JpaRepository<Insight, Long> {

    Optional<Insight> findByIdAndWorkspaceId(long id, long workspaceId);

    long countByWorkspaceId(long workspaceId);

    java.util.List<Insight> findByWorkspaceIdAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(long workspaceId, java.time.Instant since);

    @org.springframework.data.jpa.repository.Query("select i.externalRef from Insight i where i.workspaceId = :workspaceId and i.externalRef is not null")
    java.util.List<String> externalRefs(long workspaceId);

    @org.springframework.data.jpa.repository.Query("select i.contentHash from Insight i where i.workspaceId = :workspaceId")
    java.util.List<String> contentHashes(long workspaceId);
}
