package app.tandem.meeting.internal;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.meeting.Ref;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The members and teams of a workspace as check-ins name them, looked up once per request. */
@Component
public class MeetingDirectory {

    private final Workspaces workspaces;
    private final Users users;

    MeetingDirectory(Workspaces workspaces, Users users) {
        this.workspaces = workspaces;
        this.users = users;
    }

    /** A workspace's members and teams; people who were members stay named. */
    public static final class Snapshot {

        private final Map<Long, String> members;
        private final Set<Long> viewers;
        private final Map<Long, String> teams;
        private final Map<Long, Set<Long>> teamsOf;
        private final Map<Long, String> others = new HashMap<>();
        private final Users users;

        Snapshot(
                Map<Long, String> members,
                Set<Long> viewers,
                Map<Long, String> teams,
                Map<Long, Set<Long>> teamsOf,
                Users users) {
            this.members = members;
            this.viewers = viewers;
            this.teams = teams;
            this.teamsOf = teamsOf;
            this.users = users;
        }

        public boolean isMember(long userId) {
            return members.containsKey(userId);
        }

        /** A member whose role is viewer: they read, and change nothing (not even an action item's state). */
        public boolean isViewer(long userId) {
            return viewers.contains(userId);
        }

        /** The members, by name. */
        public List<Ref> members() {
            return members.entrySet().stream()
                    .map(e -> new Ref(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }

        /** The teams {@code userId} is in. */
        public Set<Long> teamsOf(long userId) {
            return teamsOf.getOrDefault(userId, Set.of());
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
    }

    public Snapshot of(WorkspaceContext context) {
        Map<Long, String> members = new LinkedHashMap<>();
        Set<Long> viewers = new HashSet<>();
        for (MemberView member : workspaces
                .members(context.slug(), context.userId(), Pageable.unpaged())
                .getContent()) {
            members.put(member.userId(), member.displayName());
            if (member.role() == Role.VIEWER) {
                viewers.add(member.userId());
            }
        }
        Map<Long, String> teams = new LinkedHashMap<>();
        Map<Long, Set<Long>> teamsOf = new HashMap<>();
        for (TeamView team : workspaces.allTeams(context)) {
            teams.put(team.id(), team.name());
            for (TeamView.TeamMemberView member : team.members()) {
                teamsOf.computeIfAbsent(member.userId(), k -> new HashSet<>()).add(team.id());
            }
        }
        return new Snapshot(members, viewers, teams, teamsOf, users);
    }
}
