package app.tandem.journey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JourneyRepository extends JpaRepository<Journey, Long> {

    Optional<Journey> findByIdAndWorkspaceId(long id, long workspaceId);

    @Query("""
            select j from Journey j where j.workspaceId = :workspaceId
              and (:personaId is null or j.personaId = :personaId)
            order by lower(j.name), j.id""")
    Page<Journey> search(
            @Param("workspaceId") long workspaceId, @Param("personaId") @Nullable Long personaId, Pageable pageable);

    List<Journey> findByWorkspaceIdAndPersonaId(long workspaceId, long personaId);

    /** The stages of the workspace's journeys, map by map (by name), each map's in order. */
    @Query("""
            select new app.tandem.journey.StageRef(s.id, j.name, s.name) from Journey j join j.stages s
            where j.workspaceId = :workspaceId order by lower(j.name), j.id, index(s)""")
    List<StageRef> stageRefs(@Param("workspaceId") long workspaceId);

    /** The ids among {@code stageIds} that are stages of the workspace's journeys. */
    @Query("select s.id from Journey j join j.stages s where j.workspaceId = :workspaceId and s.id in :stageIds")
    List<Long> stagesIn(@Param("workspaceId") long workspaceId, @Param("stageIds") Collection<Long> stageIds);
}
