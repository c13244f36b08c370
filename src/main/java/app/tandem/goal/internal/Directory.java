package app.tandem.goal.internal;

import app.tandem.goal.Ref;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The teams and people of a workspace as goals and KPIs name them, and checks that given ids belong to it. */
@Component
public class Directory {

    private final Workspaces workspaces;

    Directory(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * Teams and members of one workspace, looked up once per request: the team names at once (one
     * query), the members only when something asks for a person (a list of KPIs names no one).
     */
    public static final class Snapshot {

        private final Map<Long, String> teams;
        private @Nullable Map<Long, String> people;
        private final Supplier<Map<Long, String>> loadPeople;

        public Snapshot(Map<Long, String> teams, Map<Long, String> people) {
            this(teams, () -> people);
        }

        Snapshot(Map<Long, String> teams, Supplier<Map<Long, String>> people) {
            this.teams = teams;
            this.loadPeople = people;
        }

        public Map<Long, String> teams() {
            return teams;
        }

        public Map<Long, String> people() {
            if (people == null) {
                people = loadPeople.get();
            }
            return people;
        }

        public List<Ref> teams(Collection<Long> ids) {
            return ids.stream()
                    .filter(teams::containsKey)
                    .map(id -> new Ref(id, teams.get(id)))
                    .sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }

        public @Nullable Ref person(@Nullable Long id) {
            return id == null || !people().containsKey(id) ? null : new Ref(id, people().get(id));
        }

        public void checkTeams(@Nullable Set<Long> ids, String field) {
            if (ids == null) {
                return;
            }
            for (Long id : ids) {
                if (id == null || !teams.containsKey(id)) {
                    throw new InvalidInput(field, "No team " + id + " in this workspace.");
                }
            }
        }

        public void checkPerson(@Nullable Long id, String field) {
            if (id != null && !people().containsKey(id)) {
                throw new InvalidInput(field, "The owner must be a member of this workspace.");
            }
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
        return new Snapshot(workspaces.teamNames(context), () -> {
            Map<Long, String> people = new LinkedHashMap<>();
            for (MemberView member : workspaces
                    .members(context.slug(), context.userId(), Pageable.unpaged())
                    .getContent()) {
                people.put(member.userId(), member.displayName());
            }
            return people;
        });
    }
}
