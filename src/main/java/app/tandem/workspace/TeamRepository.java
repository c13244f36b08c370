package app.tandem.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByWorkspaceIdAndNameKey(long workspaceId, String nameKey);

    Page<Team> findByWorkspaceIdOrderByNameKeyAsc(long workspaceId, Pageable pageable);

    List<Team> findByWorkspaceIdOrderByNameKeyAsc(long workspaceId);

    long countByWorkspaceId(long workspaceId);
}
