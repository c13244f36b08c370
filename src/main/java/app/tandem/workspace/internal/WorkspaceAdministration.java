package app.tandem.workspace.internal;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.support.AccessDenied;
import app.tandem.support.ConcurrentChange;
import app.tandem.workspace.InstanceWorkspace;
import app.tandem.workspace.Involvement;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamDeleted;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.WorkspaceDeleted;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running workspaces, for the module's own pages and API: creating, renaming and deleting a
 * workspace, inviting members and changing their role, and the teams and who is in them. Every
 * method takes the acting person's id and asks {@link Workspaces} whether they may. Other modules
 * read workspaces through {@link Workspaces}; only the command line's benchmark creates one here,
 * through the named interface {@code workspace::administration}.
 */
@Service
@NamedInterface("administration")
@Transactional(readOnly = true)
public class WorkspaceAdministration {

    private final Workspaces access;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final WorkspaceViews views;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    WorkspaceAdministration(
            Workspaces access,
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            TeamRepository teams,
            WorkspaceViews views,
            Users users,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.access = access;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.teams = teams;
        this.views = views;
        this.users = users;
        this.events = events;
        this.entityManager = entityManager;
    }

    // ---- workspaces ---------------------------------------------------------------------------

    public Page<WorkspaceSummary> mine(long userId, Pageable pageable) {
        return memberships.workspacesOf(userId, pageable);
    }

    public List<WorkspaceSummary> allMine(long userId) {
        return memberships.workspacesOf(userId, Pageable.unpaged()).getContent();
    }

    /** Creates a workspace; its creator becomes its first admin. A blank slug is derived from the name. */
    @Transactional
    public WorkspaceSummary create(long userId, String name, @Nullable String slug) {
        return create(userId, name, slug, false);
    }

    /** Creates a workspace; for the demo workspace, {@link DemoWorkspace} announces it once its teams exist. */
    @Transactional
    WorkspaceSummary create(long userId, String name, @Nullable String slug, boolean demo) {
        String effectiveSlug = slug == null || slug.isBlank() ? Workspace.slugFrom(name) : slug.strip();
        Workspace.checkSlug(effectiveSlug);
        if (workspaces.existsBySlug(effectiveSlug)) {
            throw new SlugTaken(effectiveSlug);
        }
        Workspace workspace = workspaces.save(new Workspace(name, effectiveSlug));
        memberships.save(new Membership(workspace.id(), userId, Role.ADMIN));
        if (!demo) {
            events.publishEvent(new WorkspaceCreated(workspace.id(), workspace.slug(), userId, false));
        }
        return summary(workspace, Role.ADMIN);
    }

    /**
     * Checks a slug a person typed as {@link #create} and {@link #update} do (its form, and that no
     * other workspace has it), saving nothing; a blank one, or the workspace's own ({@code current}),
     * passes. For a form that has errors of its own already, so it can show this one beside them.
     */
    @Transactional(readOnly = true)
    public void checkSlug(@Nullable String slug, @Nullable String current) {
        if (slug == null || slug.isBlank() || slug.strip().equals(current)) {
            return;
        }
        String candidate = Workspace.checkSlug(slug.strip());
        if (workspaces.existsBySlug(candidate)) {
            throw new SlugTaken(candidate);
        }
    }

    /**
     * Every workspace of the instance, by name, with how many members it has and who administers it:
     * what an instance admin sees, member or not (anyone else is refused).
     */
    public Page<InstanceWorkspace> everyWorkspace(boolean instanceAdmin, Pageable pageable) {
        if (!instanceAdmin) {
            throw new AccessDenied("Only instance admins see every workspace of this Tandem.");
        }
        Page<Workspace> page = workspaces.everyByName(pageable);
        List<Long> ids = page.getContent().stream().map(Workspace::id).toList();
        if (ids.isEmpty()) {
            return page.map(w -> new InstanceWorkspace(w.id(), w.slug(), w.name(), w.createdAt(), 0, List.of()));
        }
        Map<Long, Long> members = new HashMap<>();
        for (Object[] row : memberships.countMembers(ids)) {
            members.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<Membership> admins = memberships.findByWorkspaceIdInAndRole(ids, Role.ADMIN);
        Map<Long, UserSummary> people = new HashMap<>();
        users.byIds(admins.stream().map(Membership::userId).distinct().toList())
                .forEach(person -> people.put(person.id(), person));
        return page.map(w -> new InstanceWorkspace(
                w.id(),
                w.slug(),
                w.name(),
                w.createdAt(),
                members.getOrDefault(w.id(), 0L),
                admins.stream()
                        .filter(m -> m.workspaceId() == w.id())
                        .map(m -> people.get(m.userId()))
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList()));
    }

    /** The workspace with the person's role in it and its version, for its settings. */
    public WorkspaceSummary get(String slug, long userId) {
        WorkspaceContext context = access.access(slug, userId);
        Workspace workspace = workspaces.findById(context.id()).orElseThrow(() -> new WorkspaceNotFound(slug));
        return summary(workspace, context.role());
    }

    /**
     * Renames the workspace or gives it a new slug, from the version the admin read ({@link
     * ConcurrentChange} when another admin changed it since).
     */
    @Transactional
    public WorkspaceSummary update(
            String slug, long userId, @Nullable String newName, @Nullable String newSlug, long startedFrom) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        Workspace workspace = workspaces.findById(context.id()).orElseThrow(() -> new WorkspaceNotFound(slug));
        ConcurrentChange.check("this workspace", startedFrom, workspace.version());
        if (newName != null) {
            workspace.rename(newName);
        }
        if (newSlug != null && !newSlug.strip().equals(workspace.slug())) {
            String candidate = newSlug.strip();
            Workspace.checkSlug(candidate);
            if (workspaces.existsBySlug(candidate)) {
                throw new SlugTaken(candidate);
            }
            // the old address keeps leading here (Workspaces.movedFrom) until another workspace takes it
            String old = workspace.slug();
            workspaces.forgetEarlierSlug(candidate);
            workspaces.forgetEarlierSlug(old);
            workspaces.keepEarlierSlug(old, workspace.id(), java.time.Instant.now());
            workspace.changeSlug(candidate);
        }
        try {
            workspaces.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this workspace", startedFrom, workspace.version());
        }
        return summary(workspace, context.role());
    }

    private static WorkspaceSummary summary(Workspace workspace, Role role) {
        return new WorkspaceSummary(
                workspace.id(), workspace.slug(), workspace.name(), role, workspace.createdAt(), workspace.version());
    }

    /** Deletes the workspace and everything in it. */
    @Transactional
    public void delete(String slug, long userId) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        workspaces.deleteById(context.id());
        events.publishEvent(new WorkspaceDeleted(context.id(), slug));
    }

    // ---- members ------------------------------------------------------------------------------

    /** Adds a person who can already sign in to the workspace. */
    @Transactional
    public MemberView invite(String slug, long userId, String email, Role role) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        UserSummary person = users.byEmail(email);
        if (memberships.findByWorkspaceIdAndUserId(context.id(), person.id()).isPresent()) {
            throw new AlreadyMember(person.displayName() + " is already a member of this workspace.");
        }
        Membership membership = memberships.save(new Membership(context.id(), person.id(), role));
        return views.newMember(membership, person);
    }

    /**
     * Gives the member another role, from the version of their membership the admin read ({@link
     * ConcurrentChange} when another admin changed the role since).
     */
    @Transactional
    public MemberView changeRole(String slug, long userId, long memberUserId, Role role, long startedFrom) {
        WorkspaceContext context = administerAlone(slug, userId);
        Membership membership = membership(context, memberUserId);
        ConcurrentChange.check("this member's role", startedFrom, membership.version());
        if (membership.role() == Role.ADMIN
                && role != Role.ADMIN
                && memberships.countByWorkspaceIdAndRole(context.id(), Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        membership.changeRole(role);
        try {
            memberships.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this member's role", startedFrom, membership.version());
        }
        return views.member(context.id(), membership);
    }

    @Transactional
    public void removeMember(String slug, long userId, long memberUserId) {
        WorkspaceContext context = administerAlone(slug, userId);
        Membership membership = membership(context, memberUserId);
        if (membership.role() == Role.ADMIN && memberships.countByWorkspaceIdAndRole(context.id(), Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        teams.findByWorkspaceIdOrderByNameKeyAsc(context.id()).forEach(team -> team.remove(memberUserId));
        memberships.delete(membership);
    }

    /**
     * The person leaves the workspace (any role: someone added by another can always get out) and
     * its teams; the last admin cannot ({@link LastAdmin}: make someone else admin, or delete it).
     * The workspace is held, as for {@link #removeMember}, so two admins leaving at once leave one.
     * Returns the workspace as it was, for its name.
     */
    @Transactional
    public WorkspaceContext leave(String slug, long userId) {
        long id = workspaces
                .findBySlug(slug)
                .orElseThrow(() -> new WorkspaceNotFound(slug))
                .id();
        workspaces.lockById(id);
        WorkspaceContext context = access.access(slug, userId);
        Membership membership = membership(context, userId);
        if (membership.role() == Role.ADMIN && memberships.countByWorkspaceIdAndRole(context.id(), Role.ADMIN) <= 1) {
            throw LastAdmin.leaving();
        }
        teams.findByWorkspaceIdOrderByNameKeyAsc(context.id()).forEach(team -> team.remove(userId));
        memberships.delete(membership);
        return context;
    }

    /**
     * Checks that the person administers the workspace while holding it, so that two admins who
     * change roles or remove members at the same moment see each other's change: without it, two
     * admins each demoting or removing the other both passed the last-admin check, and the
     * workspace was left with no admin at all (an API probe, December 2026). The role is checked
     * only once the workspace is held, since the other admin may just have demoted this one (and no
     * membership is read before: one read before would be the one this transaction kept).
     */
    private WorkspaceContext administerAlone(String slug, long userId) {
        long id = workspaces
                .findBySlug(slug)
                .orElseThrow(() -> new WorkspaceNotFound(slug))
                .id();
        workspaces.lockById(id);
        return access.accessToAdminister(slug, userId);
    }

    public MemberView member(String slug, long userId, long memberUserId) {
        WorkspaceContext context = access.access(slug, userId);
        return views.member(context.id(), membership(context, memberUserId));
    }

    private Membership membership(WorkspaceContext context, long memberUserId) {
        return memberships
                .findByWorkspaceIdAndUserId(context.id(), memberUserId)
                .orElseThrow(() -> new MemberNotFound("userId", "That person is not a member of this workspace."));
    }

    // ---- teams --------------------------------------------------------------------------------

    public Page<TeamView> teams(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = access.access(slug, userId);
        Page<Team> page = teams.findByWorkspaceIdOrderByNameKeyAsc(context.id(), pageable);
        return page.map(views.teams(page.getContent()));
    }

    /**
     * The names of the workspace's teams in the order they get their colours on every page and in
     * the journey map's picture (the order of {@link Workspaces#allTeams}), for a context {@link
     * Workspaces} gave out.
     */
    public List<String> teamNames(WorkspaceContext context) {
        return teams.findByWorkspaceIdOrderByNameKeyAsc(context.id()).stream()
                .map(Team::name)
                .toList();
    }

    public TeamView team(String slug, long userId, long teamId) {
        WorkspaceContext context = access.access(slug, userId);
        return views.team(team(context, teamId));
    }

    /** Creates a team, IT when its name says so ("IT", "Information technology"). */
    @Transactional
    public TeamView createTeam(String slug, long userId, String name, @Nullable String description) {
        return createTeam(slug, userId, name, description, null);
    }

    /** Creates a team; {@code itTeam} null reads whether it is IT from its name. */
    @Transactional
    public TeamView createTeam(
            String slug, long userId, String name, @Nullable String description, @Nullable Boolean itTeam) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        if (teams.existsByWorkspaceIdAndNameKey(context.id(), Team.key(name))) {
            throw new TeamNameTaken(name.strip());
        }
        Team team = teams.save(new Team(context.id(), name, description, itTeam));
        return views.team(team);
    }

    /**
     * Changes what is given of the team's name, description and whether it is IT, from the version
     * the admin read ({@link ConcurrentChange} when the team changed since).
     */
    @Transactional
    public TeamView updateTeam(
            String slug,
            long userId,
            long teamId,
            @Nullable String name,
            @Nullable String description,
            @Nullable Boolean itTeam,
            long startedFrom) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        ConcurrentChange.check("this team", startedFrom, team.version());
        if (name != null && !Team.key(name).equals(Team.key(team.name()))) {
            if (teams.existsByWorkspaceIdAndNameKey(context.id(), Team.key(name))) {
                throw new TeamNameTaken(name.strip());
            }
            team.rename(name);
        }
        if (description != null) {
            team.describe(description);
        }
        if (itTeam != null) {
            team.markIt(itTeam);
        }
        try {
            teams.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this team", startedFrom, team.version());
        }
        return views.team(team);
    }

    @Transactional
    public void deleteTeam(String slug, long userId, long teamId, @Nullable Long startedFrom) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        ConcurrentChange.checkDelete("this team", startedFrom, team.version());
        teams.delete(team);
        events.publishEvent(new TeamDeleted(context.id(), teamId));
    }

    /** Puts a workspace member in a team as a leader or executor (or changes how they take part). */
    @Transactional
    public TeamView addToTeam(String slug, long userId, long teamId, long memberUserId, Involvement involvement) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        if (memberships.findByWorkspaceIdAndUserId(context.id(), memberUserId).isEmpty()) {
            throw new MemberNotFound("userId", "Only members of the workspace can join its teams. Invite them first.");
        }
        if (team.enlist(memberUserId, involvement)) {
            // the team's version tells whoever read it that it changed: a member now leads or executes
            entityManager.lock(team, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        teams.flush();
        return views.team(team);
    }

    @Transactional
    public TeamView removeFromTeam(String slug, long userId, long teamId, long memberUserId) {
        WorkspaceContext context = access.accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        if (!team.remove(memberUserId)) {
            throw new MemberNotFound("userId", "That person is not in the team " + team.name() + ".");
        }
        teams.flush(); // the answer carries the team's version after the change
        return views.team(team);
    }

    private Team team(WorkspaceContext context, long teamId) {
        return teams.findByIdAndWorkspaceId(teamId, context.id()).orElseThrow(() -> new TeamNotFound(teamId));
    }
}
