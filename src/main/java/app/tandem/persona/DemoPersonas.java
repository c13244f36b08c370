package app.tandem.persona;

import app.tandem.persona.SharedPersonaBuilder.Decision;
import app.tandem.persona.SharedPersonaBuilder.Draft;
import app.tandem.persona.SharedPersonaBuilder.Row;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's personas (DESIGN.md): marketing's cost-cutting freelancer, design's newcomer scared of
 * jargon, the shared gig worker built from both with the shared-persona builder, and five user
 * goals. Runs just before the demo workspace's transaction commits, when its teams exist.
 */
@Component
class DemoPersonas {

    static final String SHARED = "Jess, gig worker";

    private final Personas personas;
    private final Workspaces workspaces;

    DemoPersonas(Personas personas, Workspaces workspaces) {
        this.personas = personas;
        this.workspaces = workspaces;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(10)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        String slug = event.slug();
        long admin = event.creatorUserId();
        List<TeamView> teams = workspaces.allTeams(workspaces.access(slug, admin));
        PersonaView marketing = personas.createTeamPersona(
                slug,
                admin,
                new Personas.PersonaData(
                        "Frugal Freelancer",
                        "A millennial freelancer looking to cut costs: marketing's buyer persona.",
                        team(teams, "Marketing"),
                        "Every month I promise myself I'll spend less.",
                        List.of(
                                new Fact("Age", "29"),
                                new Fact("Occupation", "Freelance illustrator"),
                                new Fact("Income", "Irregular, invoice by invoice")),
                        List.of("Cut my monthly costs", "See where my money goes", "Save for slow months"),
                        List.of(
                                "Subscriptions I forget about",
                                "Irregular income makes planning hard",
                                "Budgeting apps cost too much"),
                        List.of("Stop living paycheck to paycheck", "Spend less on things I don't use")));
        PersonaView design = personas.createTeamPersona(
                slug,
                admin,
                new Personas.PersonaData(
                        "Nervous Newcomer",
                        "A new user intimidated by financial jargon: design's user persona.",
                        team(teams, "Design"),
                        "I don't know what 'accrual' means and I'm scared to ask.",
                        List.of(new Fact("Age", "34"), new Fact("Experience", "First budgeting app")),
                        List.of("Feel in control of my money", "See where my money goes."),
                        List.of(
                                "Financial jargon I don't understand",
                                "Spreadsheets make me anxious",
                                "Too many steps before anything useful"),
                        List.of("Understand my money in plain words", "Stop living paycheck to paycheck!")));

        List<Long> sources = List.of(marketing.id(), design.id());
        Draft draft = personas.draft(slug, admin, sources);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (Row row : draft.rows()) {
            decisions.put(
                    row.key(),
                    switch (row.text()) {
                        case "Budgeting apps cost too much" -> Decision.drop();
                        case "Feel in control of my money" -> Decision.mergeInto(key(draft, "See where my money goes"));
                        case "Spreadsheets make me anxious" -> Decision.keep("Gets anxious looking at spreadsheets");
                        default -> Decision.keep();
                    });
        }
        PersonaView shared = personas.buildSharedPersona(
                slug,
                admin,
                sources,
                new Personas.PersonaData(
                        SHARED,
                        "A 32-year-old gig worker with ADHD who gets anxious looking at spreadsheets but wants to stop living paycheck to paycheck. "
                                + "Both marketing's prospect and design's user.",
                        null,
                        "When I open a spreadsheet my chest gets tight. I just want to stop living paycheck to paycheck.",
                        List.of(
                                new Fact("Age", "32"),
                                        new Fact("Work", "Gig worker: deliveries and freelance illustration"),
                                new Fact("Lives with", "ADHD"), new Fact("Phone", "Does everything on the phone")),
                        null,
                        null,
                        null),
                decisions);

        personas.addUserGoal(
                slug,
                admin,
                shared.id(),
                "Help me stop living paycheck to paycheck",
                5,
                "Both team personas; sales calls");
        personas.addUserGoal(
                slug,
                admin,
                shared.id(),
                "Show me where my money went this week without a spreadsheet",
                5,
                "Usability tests");
        personas.addUserGoal(
                slug, admin, shared.id(), "Explain money words in plain language", 4, "Support tickets about jargon");
        personas.addUserGoal(slug, admin, shared.id(), "Help me save for slow months when gigs dry up", 4, null);
        personas.addUserGoal(slug, admin, shared.id(), "Remind me gently before a bill is due", 3, null);
    }

    private static String key(Draft draft, String text) {
        return draft.rows().stream()
                .filter(r -> r.text().equals(text))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static long team(List<TeamView> teams, String name) {
        return teams.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
