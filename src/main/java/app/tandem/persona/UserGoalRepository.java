package app.tandem.persona;

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

interface UserGoalRepository extends JpaRepository<UserGoal, Long> {

    Optional<UserGoal> findByIdAndWorkspaceId(long id, long workspaceId);

    @Query("""
            select g from UserGoal g where g.workspaceId = :workspaceId
              and (:personaId is null or g.personaId = :personaId)
              and (:importance is null or g.importance = :importance)
            order by g.importance desc, g.id""")
    Page<UserGoal> search(
            @Param("workspaceId") long workspaceId,
            @Param("personaId") @Nullable Long personaId,
            @Param("importance") @Nullable Integer importance,
            Pageable pageable);

    List<UserGoal> findByWorkspaceIdAndPersonaIdOrderByImportanceDescIdAsc(long workspaceId, long personaId);

    List<UserGoal> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    /** The workspace's user goals whose sentence contains {@code pattern} (a LIKE pattern, lower case). */
    @Query("""
            select g from UserGoal g where g.workspaceId = :workspaceId and lower(g.sentence) like :pattern escape '\\'
            order by g.importance desc, g.id""")
    List<UserGoal> findWords(@Param("workspaceId") long workspaceId, @Param("pattern") String pattern, Limit limit);

    List<UserGoal> findByWorkspaceIdOrderByImportanceDescIdAsc(long workspaceId);

    long countByWorkspaceIdAndPersonaId(long workspaceId, long personaId);
}
