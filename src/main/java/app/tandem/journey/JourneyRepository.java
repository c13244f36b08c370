package app.tandem.journey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
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
            select new app.tandem.journey.StageRef(s.id, j.id, j.name, s.name) from Journey j join j.stages s
            where j.workspaceId = :workspaceId order by lower(j.name), j.id, index(s)""")
    List<StageRef> allStages(@Param("workspaceId") long workspaceId);

    /** The ids among {@code stageIds} that are stages of the workspace's journeys. */
    @Query("select s.id from Journey j join j.stages s where j.workspaceId = :workspaceId and s.id in :stageIds")
    List<Long> stagesIn(@Param("workspaceId") long workspaceId, @Param("stageIds") Collection<Long> stageIds);

    /** The workspace's stages among these ids, each as (stage id, journey id, journey name, stage name). */
    @Query("""
            select s.id, j.id, j.name, s.name from Journey j join j.stages s
            where j.workspaceId = :workspaceId and s.id in :stageIds""")
    List<Object[]> stageRefs(@Param("workspaceId") long workspaceId, @Param("stageIds") Collection<Long> stageIds);

    /** The workspace's stages whose name or map's name contains {@code pattern} (a LIKE pattern, lower case). */
    @Query("""
            select s.id, j.id, j.name, s.name from Journey j join j.stages s
            where j.workspaceId = :workspaceId
              and (lower(s.name) like :pattern escape '\\' or lower(j.name) like :pattern escape '\\')
            order by lower(j.name), j.id, s.id""")
    List<Object[]> findStages(@Param("workspaceId") long workspaceId, @Param("pattern") String pattern, Limit limit);

    /** The workspace's pain points among these ids, as (id, stage id, journey id, journey name, stage name, text, severity). */
    @Query("""
            select p.id, s.id, j.id, j.name, s.name, p.text, p.severity from Journey j join j.stages s join s.painPoints p
            where j.workspaceId = :workspaceId and p.id in :ids""")
    List<Object[]> painPointRefs(@Param("workspaceId") long workspaceId, @Param("ids") Collection<Long> ids);

    /** The workspace's pain points on these stages. */
    @Query("""
            select p.id, s.id, j.id, j.name, s.name, p.text, p.severity from Journey j join j.stages s join s.painPoints p
            where j.workspaceId = :workspaceId and s.id in :stageIds
            order by j.id, s.id, p.id""")
    List<Object[]> painPointsOn(@Param("workspaceId") long workspaceId, @Param("stageIds") Collection<Long> stageIds);

    /** The workspace's pain points whose text or stage's name contains {@code pattern} (a LIKE pattern, lower case). */
    @Query("""
            select p.id, s.id, j.id, j.name, s.name, p.text, p.severity from Journey j join j.stages s join s.painPoints p
            where j.workspaceId = :workspaceId
              and (lower(p.text) like :pattern escape '\\' or lower(s.name) like :pattern escape '\\')
            order by lower(j.name), j.id, s.id, p.id""")
    List<Object[]> findPainPoints(
            @Param("workspaceId") long workspaceId, @Param("pattern") String pattern, Limit limit);
}
