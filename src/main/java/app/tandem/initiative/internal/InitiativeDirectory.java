package app.tandem.initiative.internal;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.initiative.Ref;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The teams and people of a workspace as initiatives name them. */
@Component
public class InitiativeDirectory {

    private final Workspaces workspaces;
    private final Users users;

    InitiativeDirectory(Workspaces workspaces, Users users) {
        this.workspaces = workspaces;
        this.users = users;
    }

    /**
     * Teams and members of one workspace, looked up once per request, and the names of people named
     * who are no longer members (a former owner stays named).
     */
    public static final class Snapshot {

        private final Map<Long, String> teams;
        private final Map<Long, String> members;
        /** Each team's members' user ids. */
        private final Map<Long, Set<Long>> teamMembers;

        private final Map<Long, String> others = new HashMap<>();
        private final Users users;

        Snapshot(Map<Long, String> teams, Map<Long, Set<Long>> teamMembers, Map<Long, String> members, Users users) {
            this.teams = teams;
            this.teamMembers = teamMembers;
            this.members = members;
            this.users = users;
        }

        public Set<Long> memberIds() {
            return members.keySet();
        }

        public Set<Long> teamIds() {
            return teams.keySet();
        }

        /** Whether the person is in the team (a contributor works for one of their own teams). */
        public boolean inTeam(long userId, long teamId) {
            return teamMembers.getOrDefault(teamId, Set.of()).contains(userId);
        }

        public @Nullable Ref team(@Nullable Long id) {
            return id == null || !teams.containsKey(id) ? null : new Ref(id, teams.get(id));
        }

        /** A person by user id: a member, or someone who was one. */
        public Ref person(long id) {
            String name = members.get(id);
            if (name == null) {
                name = others.get(id);
            }
            return new Ref(id, name == null ? "Person " + id : name);
        }

        /** Looks up, in one query, the names of those of {@code ids} who are not members. */
        public Snapshot knowing(Collection<Long> ids) {
            List<Long> missing = ids.stream()
                    .filter(id -> !members.containsKey(id) && !others.containsKey(id))
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                for (UserSummary user : users.byIds(missing)) {
                    others.put(user.id(), user.displayName());
                }
            }
            return this;
        }

        /** The member with this email, if one of the workspace's members has it. */
        public Optional<Long> memberByEmail(String email) {
            return users.findByEmail(email).map(UserSummary::id).filter(members::containsKey);
        }

        /**
         * A member by email, or else by name (any case) when one member alone has it: a tracker's
         * export names its assignees ("Ana Lima").
         */
        public Optional<Long> member(String emailOrName) {
            String wanted = emailOrName.strip();
            Optional<Long> byEmail = wanted.contains("@") ? memberByEmail(wanted) : Optional.empty();
            if (byEmail.isPresent()) {
                return byEmail;
            }
            List<Long> named = members.entrySet().stream()
                    .filter(m -> m.getValue() != null && m.getValue().strip().equalsIgnoreCase(wanted))
                    .map(Map.Entry::getKey)
                    .toList();
            return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
        }

        /** A team by id ("12") or name ("Marketing", any case), for {@code ?team=} filters. */
        public long team(String idOrName, String field) {
            String wanted = idOrName.strip();
            for (Map.Entry<Long, String> team : teams.entrySet()) {
                if (String.valueOf(team.getKey()).equals(wanted)
                        || team.getValue().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    return team.getKey();
                }
            }
            throw new InvalidInput(field, "No team '" + wanted + "' in this workspace.");
        }
    }

    public Snapshot of(WorkspaceContext context) {
        Map<Long, String> teams = new LinkedHashMap<>();
        Map<Long, Set<Long>> teamMembers = new HashMap<>();
        for (TeamView team : workspaces.allTeams(context)) {
            teams.put(team.id(), team.name());
            Set<Long> people = new HashSet<>();
            for (TeamView.TeamMemberView member : team.members()) {
                people.add(member.userId());
            }
            teamMembers.put(team.id(), people);
        }
        Map<Long, String> members = new LinkedHashMap<>();
        for (MemberView member : workspaces
                .members(context.slug(), context.userId(), Pageable.unpaged())
                .getContent()) {
            members.put(member.userId(), member.displayName());
        }
        return new Snapshot(teams, teamMembers, members, users);
    }
}
