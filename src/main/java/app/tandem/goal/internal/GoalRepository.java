package app.tandem.goal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    Optional<Goal> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Goal> findByWorkspaceIdOrderByPeriodStartAscTitleAsc(long workspaceId);

    Page<Goal> findByWorkspaceIdOrderByPeriodStartAscTitleAsc(long workspaceId, Pageable pageable);

    @Query(
            "select g from Goal g where g.workspaceId = :workspaceId and :teamId member of g.teamIds order by g.periodStart, g.title")
    Page<Goal> findByWorkspaceIdAndTeam(long workspaceId, long teamId, Pageable pageable);

    List<Goal> findByWorkspaceIdAndParentId(long workspaceId, long parentId);

    List<Goal> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);
}
