package app.tandem.journey;

import app.tandem.journey.Journeys.StageChange;
import app.tandem.journey.Journeys.TouchpointChange;
import app.tandem.persona.PersonaKind;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's journey map: the shared persona's first month, five stages, pain points on the
 * onboarding stages and the emotion dip after the second onboarding email. Runs after the demo
 * personas (same transaction, later order).
 */
@Component
class DemoJourney {

    private final Journeys journeys;
    private final Personas personas;
    private final Workspaces workspaces;

    DemoJourney(Journeys journeys, Personas personas, Workspaces workspaces) {
        this.journeys = journeys;
        this.personas = personas;
        this.workspaces = workspaces;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(20)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        String slug = event.slug();
        long admin = event.creatorUserId();
        WorkspaceContext context = workspaces.access(slug, admin);
        PersonaRef shared = personas.refs(context).stream()
                .filter(p -> p.kind() == PersonaKind.SHARED)
                .findFirst()
                .orElse(null);
        if (shared == null) {
            return;
        }
        List<TeamView> teams = workspaces.allTeams(context);
        List<UserGoalView> goals = personas.userGoalsOf(context, shared.id());
        Long paycheck = goal(goals, "paycheck");
        Long spreadsheet = goal(goals, "spreadsheet");
        Long plain = goal(goals, "plain language");
        Long slowMonths = goal(goals, "slow months");

        List<StageChange> stages = List.of(
                new StageChange(
                        null,
                        "Discover",
                        "Sees an ad promising \"budgeting without spreadsheets\" and reads the landing page",
                        "Maybe this one won't make me feel stupid.",
                        1,
                        List.of(touch("Social ad", teams, "Marketing"), touch("Landing page", teams, "Marketing")),
                        List.of(),
                        List.of(opportunity("Show the plain-language screens in the ad", teams, "Marketing"))),
                new StageChange(
                        null,
                        "Sign up",
                        "Creates an account on the phone and gets the first onboarding email",
                        "That was quick. Nice.",
                        1,
                        List.of(touch("Sign-up form", teams, "IT"), touch("Onboarding email #1", teams, "Marketing")),
                        List.of(),
                        List.of(opportunity("Ask for income later, not at sign-up", teams, "IT"))),
                new StageChange(
                        null,
                        "Onboard",
                        "Opens the second onboarding email: \"Set up your envelopes and accrual categories\"",
                        "I don't know what half of these words mean. Maybe this isn't for me.",
                        -2,
                        List.of(
                                touch("Onboarding email #2", teams, "Marketing"),
                                touch("Setup wizard", teams, "Design")),
                        List.of(
                                new Stage.PainPointChange(
                                        null,
                                        "The second onboarding email is full of jargon (accruals, envelopes)",
                                        3,
                                        plain,
                                        owner(teams, "Marketing")),
                                new Stage.PainPointChange(
                                        null,
                                        "The setup wizard wants every account before showing anything",
                                        2,
                                        spreadsheet,
                                        owner(teams, "Design"))),
                        List.of(
                                opportunity("Rewrite email #2 in plain words with one next step", teams, "Marketing"),
                                opportunity("Let people skip linking accounts", teams, "Design"))),
                new StageChange(
                        null,
                        "First budget",
                        "Tries to make a first budget on the budget screen",
                        "This table looks like a spreadsheet. My chest tightens.",
                        -1,
                        List.of(touch("Budget screen", teams, "Design"), touch("Help center", teams, "Support")),
                        List.of(
                                new Stage.PainPointChange(
                                        null,
                                        "The first budget view looks like a spreadsheet",
                                        2,
                                        spreadsheet,
                                        owner(teams, "Design")),
                                new Stage.PainPointChange(
                                        null,
                                        "Cannot find the new savings-goal feature",
                                        2,
                                        slowMonths,
                                        owner(teams, "Design"))),
                        List.of(opportunity("Start with one weekly number instead of a table", teams, "Design"))),
                new StageChange(
                        null,
                        "Habit",
                        "Checks the weekly number on payday and gets an upgrade offer",
                        "I actually know where my money went this week.",
                        1,
                        List.of(touch("Weekly push notification", teams, "IT"), touch("Upgrade offer", teams, "Sales")),
                        List.of(),
                        List.of(opportunity("Celebrate the first month without an overdraft", teams, "Marketing"))));
        journeys.create(
                slug, admin, shared.id(), "First month with Budgetly", "From the first ad to a weekly habit", stages);
    }

    private static TouchpointChange touch(String channel, List<TeamView> teams, String team) {
        return new TouchpointChange(
                channel,
                teams.stream()
                        .filter(t -> t.name().equals(team))
                        .map(TeamView::id)
                        .findFirst()
                        .orElse(null));
    }

    private static Stage.OpportunityChange opportunity(String text, List<TeamView> teams, String team) {
        return new Stage.OpportunityChange(text, owner(teams, team));
    }

    /** The id of the team of that name, as the owner of a pain point; null when the workspace has none. */
    private static @Nullable Long owner(List<TeamView> teams, String name) {
        return teams.stream()
                .filter(t -> t.name().equals(name))
                .map(TeamView::id)
                .findFirst()
                .orElse(null);
    }

    private static Long goal(List<UserGoalView> goals, String containing) {
        return goals.stream()
                .filter(g -> g.sentence().contains(containing))
                .map(UserGoalView::id)
                .findFirst()
                .orElse(null);
    }
}
