package app.tandem.workspace.internal;

import app.tandem.identity.InstanceInitialized;
import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.workspace.Involvement;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceCreated;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo workspace "Budgetly" (DESIGN.md, "Demo workspace"), created with a fresh instance, in
 * the same transaction as its first admin. Other modules add their demo data when they see
 * {@link WorkspaceCreated} with {@code demo = true}.
 */
@Component
class DemoWorkspace {

    static final String SLUG = "budgetly";

    private final WorkspaceAdministration workspaces;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final boolean enabled;

    DemoWorkspace(
            WorkspaceAdministration workspaces,
            Users users,
            ApplicationEventPublisher events,
            @Value("${tandem.demo.enabled:true}") boolean enabled) {
        this.workspaces = workspaces;
        this.users = users;
        this.events = events;
        this.enabled = enabled;
    }

    record Person(String name, String email, Role role, String team, Involvement involvement) {}

    record TeamSeed(String name, String description) {}

    static final List<TeamSeed> TEAMS = List.of(
            new TeamSeed("Marketing", "Campaigns, onboarding emails and the landing page that bring trials in."),
            new TeamSeed("Design", "Product and UX design: the app a nervous first-time budgeter meets."),
            new TeamSeed("IT", "Platform, forms, hosting and data: what every launch runs on."),
            new TeamSeed("Sales", "Turns trials into paying customers and hears why they hesitate."),
            new TeamSeed("Support", "Answers the tickets and hears the jargon questions first."));

    static final List<Person> PEOPLE = List.of(
            new Person("Maya Ortiz", "maya@budgetly.example", Role.ADMIN, "Marketing", Involvement.LEADS),
            new Person("Jonas Berg", "jonas@budgetly.example", Role.MEMBER, "Marketing", Involvement.EXECUTES),
            new Person("Dev Patel", "dev@budgetly.example", Role.MEMBER, "Design", Involvement.LEADS),
            new Person("Aiko Tanaka", "aiko@budgetly.example", Role.MEMBER, "Design", Involvement.EXECUTES),
            new Person("Sam Okafor", "sam@budgetly.example", Role.MEMBER, "IT", Involvement.LEADS),
            new Person("Lena Fischer", "lena@budgetly.example", Role.MEMBER, "Sales", Involvement.LEADS),
            new Person("Rui Costa", "rui@budgetly.example", Role.MEMBER, "Support", Involvement.EXECUTES),
            new Person("Grace Kim", "grace@budgetly.example", Role.VIEWER, "Support", Involvement.LEADS));

    @EventListener
    void on(InstanceInitialized event) {
        if (!enabled) {
            return;
        }
        long admin = event.adminUserId();
        WorkspaceSummary budgetly = workspaces.create(admin, "Budgetly", SLUG, true);
        TEAMS.forEach(t -> workspaces.createTeam(SLUG, admin, t.name(), t.description()));
        List<TeamView> teams = workspaces.teams(SLUG, admin, Pageable.unpaged()).getContent();
        for (Person person : PEOPLE) {
            UserSummary user = users.findByEmail(person.email())
                    .orElseGet(() -> users.create(person.email(), person.name(), unusablePassword(), false));
            workspaces.invite(budgetly.slug(), admin, user.email(), person.role());
            TeamView team = teams.stream()
                    .filter(t -> t.name().equals(person.team()))
                    .findFirst()
                    .orElseThrow();
            workspaces.addToTeam(SLUG, admin, team.id(), user.id(), person.involvement());
        }
        // announced once teams and people exist, so other modules can add their demo data to them
        events.publishEvent(new WorkspaceCreated(budgetly.id(), budgetly.slug(), admin, true));
    }

    /** Demo people cannot sign in until an instance admin gives them a password of their own. */
    private static String unusablePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
