package app.tandem.workspace;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team with the people in it.
 *
 * @param itTeam whether the team is IT: discovery sessions warn when nobody from an IT team is there
 *     while an involved initiative needs infrastructure or an IT review
 * @param version moves on with every change to the team (name, description, IT or not, its people);
 *     an edit of the team sends it back
 */
public record TeamView(
        long id,
        String name,
        @Nullable String description,
        boolean itTeam,
        List<TeamMemberView> members,
        long version) {

    /** A person in a team, and whether they lead or execute the work. */
    public record TeamMemberView(long userId, String displayName, String email, Involvement involvement) {}

    public long leaders() {
        return members.stream()
                .filter(m -> m.involvement() == Involvement.LEADS)
                .count();
    }
}
