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

    /** The teams the person is in, in the workspaces they are still a member of, by workspace and team name. */
    @Query("""
            select new app.tandem.workspace.TeamOfMine(t.id, t.name, w.id, w.slug, w.name)
            from Team t join t.members m, Workspace w
            where w.id = t.workspaceId and m.userId = :userId
              and exists (select 1 from Membership s where s.workspaceId = w.id and s.userId = :userId)
            order by lower(w.name), t.nameKey""")
    List<app.tandem.workspace.TeamOfMine> teamsOf(long userId);

    long countByWorkspaceId(long workspaceId);

    /** These teams of the workspace, each locked until the transaction ends (shared where the database can). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select t from Team t where t.workspaceId = :workspaceId and t.id in :ids order by t.id")
    List<Team> lockAll(long workspaceId, Collection<Long> ids);
}
