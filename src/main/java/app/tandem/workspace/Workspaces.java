package app.tandem.workspace;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.support.AccessDenied;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces, members, teams, and the one place that decides who may read or change a workspace.
 * Every method takes the acting person's id and checks their role; a workspace the person is not
 * a member of answers {@link WorkspaceNotFound}, exactly as one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Workspaces {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final Users users;
    private final ApplicationEventPublisher events;

    Workspaces(
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            TeamRepository teams,
            Users users,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.teams = teams;
        this.users = users;
        this.events = events;
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
        return new WorkspaceSummary(
                workspace.id(), workspace.slug(), workspace.name(), Role.ADMIN, workspace.createdAt());
    }

    @Transactional
    public WorkspaceSummary update(String slug, long userId, @Nullable String newName, @Nullable String newSlug) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Workspace workspace = workspaces.findById(context.id()).orElseThrow(() -> new WorkspaceNotFound(slug));
        if (newName != null) {
            workspace.rename(newName);
        }
        if (newSlug != null && !newSlug.strip().equals(workspace.slug())) {
            String candidate = newSlug.strip();
            Workspace.checkSlug(candidate);
            if (workspaces.existsBySlug(candidate)) {
                throw new SlugTaken(candidate);
            }
            workspace.changeSlug(candidate);
        }
        return new WorkspaceSummary(
                workspace.id(), workspace.slug(), workspace.name(), context.role(), workspace.createdAt());
    }

    /** Deletes the workspace and everything in it. */
    @Transactional
    public void delete(String slug, long userId) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        workspaces.deleteById(context.id());
        events.publishEvent(new WorkspaceDeleted(context.id(), slug));
    }

    /** Counts for the overview page. */
    public record Overview(long members, long teams) {}

    public Overview overview(WorkspaceContext context) {
        return new Overview(memberships.countByWorkspaceId(context.id()), teams.countByWorkspaceId(context.id()));
    }

    // ---- members ------------------------------------------------------------------------------

    public Page<MemberView> members(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = access(slug, userId);
        Page<Membership> page = memberships.findByWorkspaceIdOrderByIdAsc(context.id(), pageable);
        Map<Long, UserSummary> people =
                people(page.getContent().stream().map(Membership::userId).toList());
        Map<Long, List<String>> teamNames = teamNamesByUser(context.id());
        List<MemberView> views = page.getContent().stream()
                .map(m -> memberView(m, people, teamNames))
                .toList();
        return new PageImpl<>(views, pageable, page.getTotalElements());
    }

    /** Adds a person who can already sign in to the workspace. */
    @Transactional
    public MemberView invite(String slug, long userId, String email, Role role) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        UserSummary person = users.byEmail(email);
        if (memberships.findByWorkspaceIdAndUserId(context.id(), person.id()).isPresent()) {
            throw new AlreadyMember(person.displayName() + " is already a member of this workspace.");
        }
        Membership membership = memberships.save(new Membership(context.id(), person.id(), role));
        return memberView(membership, Map.of(person.id(), person), Map.of());
    }

    @Transactional
    public MemberView changeRole(String slug, long userId, long memberUserId, Role role) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Membership membership = membership(context, memberUserId);
        if (membership.role() == Role.ADMIN
                && role != Role.ADMIN
                && memberships.countByWorkspaceIdAndRole(context.id(), Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        membership.changeRole(role);
        return memberView(membership, people(List.of(memberUserId)), teamNamesByUser(context.id()));
    }

    @Transactional
    public void removeMember(String slug, long userId, long memberUserId) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Membership membership = membership(context, memberUserId);
        if (membership.role() == Role.ADMIN && memberships.countByWorkspaceIdAndRole(context.id(), Role.ADMIN) <= 1) {
            throw new LastAdmin();
        }
        teams.findByWorkspaceIdOrderByNameKeyAsc(context.id()).forEach(team -> team.remove(memberUserId));
        memberships.delete(membership);
    }

    public MemberView member(String slug, long userId, long memberUserId) {
        WorkspaceContext context = access(slug, userId);
        return memberView(
                membership(context, memberUserId), people(List.of(memberUserId)), teamNamesByUser(context.id()));
    }

    private Membership membership(WorkspaceContext context, long memberUserId) {
        return memberships
                .findByWorkspaceIdAndUserId(context.id(), memberUserId)
                .orElseThrow(() -> new MemberNotFound("userId", "That person is not a member of this workspace."));
    }

    // ---- teams --------------------------------------------------------------------------------

    public Page<TeamView> teams(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = access(slug, userId);
        Page<Team> page = teams.findByWorkspaceIdOrderByNameKeyAsc(context.id(), pageable);
        return page.map(teamViews(page.getContent()));
    }

    /** Every team of the workspace, for pickers and other modules. */
    public List<TeamView> allTeams(WorkspaceContext context) {
        List<Team> all = teams.findByWorkspaceIdOrderByNameKeyAsc(context.id());
        return all.stream().map(teamViews(all)).toList();
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

    public TeamView team(String slug, long userId, long teamId) {
        WorkspaceContext context = access(slug, userId);
        Team team = team(context, teamId);
        return teamViews(List.of(team)).apply(team);
    }

    @Transactional
    public TeamView createTeam(String slug, long userId, String name, @Nullable String description) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        if (teams.existsByWorkspaceIdAndNameKey(context.id(), Team.key(name))) {
            throw new TeamNameTaken(name.strip());
        }
        Team team = teams.save(new Team(context.id(), name, description));
        return teamViews(List.of(team)).apply(team);
    }

    @Transactional
    public TeamView updateTeam(
            String slug, long userId, long teamId, @Nullable String name, @Nullable String description) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        if (name != null && !Team.key(name).equals(Team.key(team.name()))) {
            if (teams.existsByWorkspaceIdAndNameKey(context.id(), Team.key(name))) {
                throw new TeamNameTaken(name.strip());
            }
            team.rename(name);
        }
        if (description != null) {
            team.describe(description);
        }
        return teamViews(List.of(team)).apply(team);
    }

    @Transactional
    public void deleteTeam(String slug, long userId, long teamId) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        teams.delete(team(context, teamId));
        events.publishEvent(new TeamDeleted(context.id(), teamId));
    }

    /** Puts a workspace member in a team as a leader or executor (or changes how they take part). */
    @Transactional
    public TeamView addToTeam(String slug, long userId, long teamId, long memberUserId, Involvement involvement) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        if (memberships.findByWorkspaceIdAndUserId(context.id(), memberUserId).isEmpty()) {
            throw new MemberNotFound("userId", "Only members of the workspace can join its teams. Invite them first.");
        }
        team.enlist(memberUserId, involvement);
        teams.flush();
        return teamViews(List.of(team)).apply(team);
    }

    @Transactional
    public TeamView removeFromTeam(String slug, long userId, long teamId, long memberUserId) {
        WorkspaceContext context = accessToAdminister(slug, userId);
        Team team = team(context, teamId);
        if (!team.remove(memberUserId)) {
            throw new MemberNotFound("userId", "That person is not in the team " + team.name() + ".");
        }
        return teamViews(List.of(team)).apply(team);
    }

    private Team team(WorkspaceContext context, long teamId) {
        return teams.findByIdAndWorkspaceId(teamId, context.id()).orElseThrow(() -> new TeamNotFound(teamId));
    }

    // ---- views --------------------------------------------------------------------------------

    private Function<Team, TeamView> teamViews(List<Team> all) {
        Map<Long, UserSummary> people = people(all.stream()
                .flatMap(t -> t.members().stream())
                .map(TeamMember::userId)
                .collect(Collectors.toSet()));
        return team -> new TeamView(
                team.id(),
                team.name(),
                team.description(),
                team.members().stream()
                        .filter(m -> people.containsKey(m.userId()))
                        .map(m -> {
                            UserSummary person = people.get(m.userId());
                            return new TeamView.TeamMemberView(
                                    m.userId(), person.displayName(), person.email(), m.involvement());
                        })
                        .sorted(Comparator.comparing(TeamView.TeamMemberView::involvement)
                                .thenComparing(TeamView.TeamMemberView::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }

    private Map<Long, UserSummary> people(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.byIds(Set.copyOf(ids)).stream().collect(Collectors.toMap(UserSummary::id, u -> u));
    }

    private Map<Long, List<String>> teamNamesByUser(long workspaceId) {
        Map<Long, List<String>> names = new HashMap<>();
        for (Team team : teams.findByWorkspaceIdOrderByNameKeyAsc(workspaceId)) {
            team.members()
                    .forEach(m -> names.computeIfAbsent(m.userId(), k -> new ArrayList<>())
                            .add(team.name()));
        }
        return names;
    }

    private static MemberView memberView(
            Membership m, Map<Long, UserSummary> people, Map<Long, List<String>> teamNames) {
        UserSummary person = people.get(m.userId());
        String name = person == null ? "Unknown person" : person.displayName();
        String email = person == null ? "" : person.email();
        return new MemberView(m.userId(), name, email, m.role(), teamNames.getOrDefault(m.userId(), List.of()));
    }
}
