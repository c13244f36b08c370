package app.tandem.persona;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonaRepository extends JpaRepository<Persona, Long> {

    Optional<Persona> findByIdAndWorkspaceId(long id, long workspaceId);

    /**
     * Whether another persona of the workspace (not {@code exceptId}) of this kind and team (none for
     * shared ones) has this name, compared without case and surrounding spaces ({@code lowered}).
     */
    @Query("""
            select count(p) > 0 from Persona p
            where p.workspaceId = :workspaceId and p.kind = :kind and p.id <> :exceptId
              and ((:teamId is null and p.teamId is null) or p.teamId = :teamId)
              and lower(trim(p.name)) = :lowered""")
    boolean nameTaken(
            @Param("workspaceId") long workspaceId,
            @Param("kind") PersonaKind kind,
            @Param("teamId") @Nullable Long teamId,
            @Param("lowered") String lowered,
            @Param("exceptId") long exceptId);

    @Query("""
            select p from Persona p where p.workspaceId = :workspaceId
              and (:kind is null or p.kind = :kind)
              and (:teamId is null or p.teamId = :teamId)
            order by p.kind asc, lower(p.name), p.id""")
    Page<Persona> search(
            @Param("workspaceId") long workspaceId,
            @Param("kind") @Nullable PersonaKind kind,
            @Param("teamId") @Nullable Long teamId,
            Pageable pageable);

    List<Persona> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    @Query("select p from Persona p join p.sources s where p.workspaceId = :workspaceId and s = :sourceId")
    List<Persona> builtFrom(@Param("workspaceId") long workspaceId, @Param("sourceId") long sourceId);
}
