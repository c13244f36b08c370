package app.tandem.workspace.internal;

import app.tandem.workspace.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByWorkspaceIdAndUserId(long workspaceId, long userId);

    List<Membership> findByWorkspaceId(long workspaceId);

    Page<Membership> findByWorkspaceIdOrderByIdAsc(long workspaceId, Pageable pageable);

    long countByWorkspaceIdAndRole(long workspaceId, Role role);

    long countByWorkspaceId(long workspaceId);

    /** These workspaces' members in one role (their admins, say). */
    List<Membership> findByWorkspaceIdInAndRole(Collection<Long> workspaceIds, Role role);

    /** How many members each of these workspaces has: [workspace id, count] (none for a workspace without). */
    @Query(
            "select m.workspaceId, count(m) from Membership m where m.workspaceId in :workspaceIds group by m.workspaceId")
    List<Object[]> countMembers(Collection<Long> workspaceIds);

    /** The caller's workspaces with their role, by name. */
    @Query("""
            select new app.tandem.workspace.internal.WorkspaceSummary(w.id, w.slug, w.name, m.role, w.createdAt, w.version)
            from Membership m, Workspace w
            where m.workspaceId = w.id and m.userId = :userId
            order by lower(w.name)""")
    Page<WorkspaceSummary> workspacesOf(long userId, Pageable pageable);
}
