package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Initiative> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    /**
     * The ids of the workspace's initiatives that pass the filters (a null one lets everything
     * through), by start date, then title. A team matches the proposing team, a team putting in effort
     * or a contributor's team.
     */
    @Query("""
            select i.id from Initiative i
            where i.workspaceId = :workspaceId
              and (:kind is null or i.kind = :kind)
              and (:status is null or i.status = :status)
              and (:ownerId is null or i.ownerUserId = :ownerId)
              and (:teamId is null
                   or i.proposingTeamId = :teamId
                   or exists (select 1 from Initiative e join e.effort f where e.id = i.id and key(f) = :teamId)
                   or exists (select 1 from Initiative c join c.contributors k where c.id = i.id and k.teamId = :teamId))
            order by i.startDate, i.title, i.id
            """)
    List<Long> ids(
            long workspaceId,
            @Nullable InitiativeKind kind,
            @Nullable InitiativeStatus status,
            @Nullable Long ownerId,
            @Nullable Long teamId);
}
