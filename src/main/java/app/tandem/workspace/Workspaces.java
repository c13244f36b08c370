package app.tandem.workspace;

import app.tandem.support.AccessDenied;
import app.tandem.workspace.internal.Membership;
import app.tandem.workspace.internal.MembershipRepository;
import app.tandem.workspace.internal.Team;
import app.tandem.workspace.internal.TeamRepository;
import app.tandem.workspace.internal.Workspace;
import app.tandem.workspace.internal.WorkspaceRepository;
import app.tandem.workspace.internal.WorkspaceViews;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may read or change a workspace, and what other modules read of
 * it: its teams and members. Every method that takes a slug takes the acting person's id and checks
 * their role; a workspace the person is not a member of answers {@link WorkspaceNotFound}, exactly
 * as one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Workspaces {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final WorkspaceViews views;

    Workspaces(
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            TeamRepository teams,
            WorkspaceViews views) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.teams = teams;
        this.views = views;
    }

    // ---- access -------------------------------------------------------------------------------

    /** The workspace as {@code userId} may read it. */
    public WorkspaceContext access(String slug, long userId) {
        Workspace workspace = workspaces.findBySlug(slug).orElseThrow(() -> new WorkspaceNotFound(slug));
        Membership membership = memberships
                .findByWorkspaceIdAndUserId(workspace.id(), userId)
                .orElseThrow(() -> new WorkspaceNotFound(slug));
        return new WorkspaceContext(workspace.id(), workspace.slug(), workspace.name(), userId, membership.role());
    }

    /**
     * Where a workspace went that {@code userId} may read and whose address was {@code slug} before it
     * changed: its current address, or none when no workspace has that address now, none had it, or the
     * person is no member of the one that had it (to whom it stays not found).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> movedFrom(String slug, long userId) {
        if (workspaces.existsBySlug(slug)) {
            return java.util.Optional.empty();
        }
        return workspaces
                .formerlyAt(slug)
                .flatMap(workspaces::findById)
                .filter(w ->
                        memberships.findByWorkspaceIdAndUserId(w.id(), userId).isPresent())
                .map(Workspace::slug);
    }

    /** The workspace as {@code userId} may change its content: members and admins, not viewers. */
    public WorkspaceContext accessToChange(String slug, long userId) {
        WorkspaceContext context = access(slug, userId);
        if (!context.canChange()) {
            throw new AccessDenied(
                    "Viewers can read this workspace but not change it. Ask an admin for the member role.");
        }
        return context;
    }

    /** The workspace as {@code userId} may administer it: members, teams, settings. */
    public WorkspaceContext accessToAdminister(String slug, long userId) {
        WorkspaceContext context = access(slug, userId);
        if (!context.canAdminister()) {
            throw new AccessDenied("Only the workspace's admins can do this.");
        }
        return context;
    }

    /**
     * The slug of the workspace {@code workspaceId}, without an access check: for what a module
     * sends about a workspace's event (an outgoing webhook), not for anything a request names.
     */
    public Optional<String> slugOf(long workspaceId) {
        return workspaces.findById(workspaceId).map(Workspace::slug);
    }

    // ---- members and teams --------------------------------------------------------------------

    /** The workspace's members with their role and teams, in the order they joined. */
    public Page<MemberView> members(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = access(slug, userId);
        Page<Membership> page = memberships.findByWorkspaceIdOrderByIdAsc(context.id(), pageable);
        return new PageImpl<>(views.members(context.id(), page.getContent()), pageable, page.getTotalElements());
    }

    /** The workspaces the person is a member of, each with their role, by name: for "My work". */
    public List<WorkspaceContext> mine(long userId) {
        return memberships.workspacesOf(userId, Pageable.unpaged()).stream()
                .map(w -> new WorkspaceContext(w.id(), w.slug(), w.name(), userId, w.role()))
                .toList();
    }

    /** The teams the person is in, in every workspace they are a member of: for "My work". */
    public List<TeamOfMine> teamsOf(long userId) {
        return teams.teamsOf(userId);
    }

    /** Every team's name by id, in name order: one query, for what only names teams (members are not read). */
    public Map<Long, String> teamNames(WorkspaceContext context) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Team team : teams.findByWorkspaceIdOrderByNameKeyAsc(context.id())) {
            names.put(team.id(), team.name());
        }
        return names;
    }

    /** Every team of the workspace, for pickers and other modules. */
    public List<TeamView> allTeams(WorkspaceContext context) {
        return allTeamsOf(context.id());
    }

    /**
     * Every team of the workspace {@code workspaceId}, without an access check: for what this module
     * calls with a workspace's id ({@link TeamParticipation}), not for anything a request names.
     */
    public List<TeamView> allTeamsOf(long workspaceId) {
        List<Team> all = teams.findByWorkspaceIdOrderByNameKeyAsc(workspaceId);
        return all.stream().map(views.teams(all)).toList();
    }

    /**
     * The ones of these teams of the workspace that still exist, each held until the current transaction ends, so
     * that none of them can be deleted meanwhile (a delete waits for the transaction). For writing what names a team:
     * without the hold, a team deleted between the check and the commit would stay named by what was written, after
     * its {@link TeamDeleted} had cleared everything else.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> holdTeams(WorkspaceContext context, Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return teams.lockAll(context.id(), teamIds).stream().map(Team::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Holds the whole workspace until the current transaction ends: another transaction that holds
     * it waits until then, and sees what this one wrote. For changes that are only valid when they
     * see each other, such as two dependencies that must not close a cycle together. Reading the
     * workspace is not held up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdWorkspace(WorkspaceContext context) {
        workspaces.lockById(context.id());
    }
}
