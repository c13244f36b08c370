package app.tandem.workspace.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByWorkspaceIdAndNameKey(long workspaceId, String nameKey);

    Page<Team> findByWorkspaceIdOrderByNameKeyAsc(long workspaceId, Pageable pageable);

    List<Team> findByWorkspaceIdOrderByNameKeyAsc(long workspaceId);

    long countByWorkspaceId(long workspaceId);

    /** These teams of the workspace, each locked until the transaction ends (shared where the database can). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select t from Team t where t.workspaceId = :workspaceId and t.id in :ids order by t.id")
    List<Team> lockAll(long workspaceId, Collection<Long> ids);
}
