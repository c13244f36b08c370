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
