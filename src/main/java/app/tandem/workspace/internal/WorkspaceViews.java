package app.tandem.workspace.internal;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Teams and memberships as the views the module returns, with each person's name and email from
 * identity. Runs in the transaction of the service that calls it.
 */
@Component
public class WorkspaceViews {

    private final TeamRepository teams;
    private final Users users;

    WorkspaceViews(TeamRepository teams, Users users) {
        this.teams = teams;
        this.users = users;
    }

    /** Views of teams, with the people of all of {@code all} looked up at once. */
    public Function<Team, TeamView> teams(List<Team> all) {
        Map<Long, UserSummary> people = people(all.stream()
                .flatMap(t -> t.members().stream())
                .map(TeamMember::userId)
                .collect(Collectors.toSet()));
        return team -> new TeamView(
                team.id(),
                team.name(),
                team.description(),
                team.itTeam(),
                team.members().stream()
                        .filter(m -> people.containsKey(m.userId()))
                        .map(m -> {
                            UserSummary person = people.get(m.userId());
                            return new TeamView.TeamMemberView(
                                    m.userId(), person.displayName(), person.email(), m.involvement());
                        })
                        .sorted(Comparator.comparing(TeamView.TeamMemberView::involvement)
                                .thenComparing(TeamView.TeamMemberView::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                team.version());
    }

    TeamView team(Team team) {
        return teams(List.of(team)).apply(team);
    }

    /** Views of these members of the workspace, each with the teams they are in. */
    public List<MemberView> members(long workspaceId, List<Membership> members) {
        Map<Long, UserSummary> people =
                people(members.stream().map(Membership::userId).toList());
        Map<Long, List<String>> teamNames = teamNamesByUser(workspaceId);
        return members.stream().map(m -> memberView(m, people, teamNames)).toList();
    }

    MemberView member(long workspaceId, Membership membership) {
        return memberView(membership, people(List.of(membership.userId())), teamNamesByUser(workspaceId));
    }

    /** A member who just joined, so is in no team yet. */
    MemberView newMember(Membership membership, UserSummary person) {
        return memberView(membership, Map.of(person.id(), person), Map.of());
    }

    private Map<Long, UserSummary> people(Collection<Long> ids) {
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
        return new MemberView(
                m.userId(), name, email, m.role(), teamNames.getOrDefault(m.userId(), List.of()), m.version());
    }
}
