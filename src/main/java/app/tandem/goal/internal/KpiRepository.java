package app.tandem.goal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    Optional<Kpi> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Kpi> findByWorkspaceIdAndNameKey(long workspaceId, String nameKey);

    boolean existsByWorkspaceIdAndNameKey(long workspaceId, String nameKey);

    List<Kpi> findByWorkspaceIdOrderByNameKeyAsc(long workspaceId);

    @Query("select k from Kpi k where k.workspaceId = :workspaceId and :goalId member of k.goalIds order by k.nameKey")
    List<Kpi> findByWorkspaceIdAndGoal(long workspaceId, long goalId);

    List<Kpi> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);
}
