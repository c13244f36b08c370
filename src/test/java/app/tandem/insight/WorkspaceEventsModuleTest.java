package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.DataDirectory;
import app.tandem.identity.Users;
import app.tandem.insight.internal.Insight;
import app.tandem.workspace.TeamDeleted;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceDeleted;
import app.tandem.workspace.internal.WorkspaceAdministration;
import app.tandem.workspace.internal.WorkspaceSummary;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insight module with the modules it needs (persona and journey, whose ids it checks, workspace,
 * identity, support) and nothing else (not goal or cli):
 * a deleted team ({@link TeamDeleted}, published by workspace) is cleared from the insights it
 * found, after the deleting transaction commits and on another thread (TeamGone); a deleted
 * workspace's insights ({@link WorkspaceDeleted}) leave the search index (WorkspaceGone).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorkspaceEventsModuleTest {

    private static final Path DATA_DIR = DataDirectory.create("module-insight-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DataDirectory.register(registry, DATA_DIR);
        registry.add("tandem.demo.enabled", () -> "false");
    }

    @Autowired
    Users users;

    @Autowired
    WorkspaceAdministration workspaces;

    @Autowired
    Insights insights;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    private long admin;
    private WorkspaceSummary workspace;

    @BeforeEach
    void workspaceWithAnAdmin() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        admin = users.create("maya." + unique + "@example.com", "Maya Ortiz", "long-enough-password", false)
                .id();
        workspace = workspaces.create(admin, "Budgetly " + unique, "budgetly-" + unique);
    }

    @Test
    void clearsADeletedTeamFromItsInsights(Scenario scenario) {
        TeamView marketing = workspaces.createTeam(workspace.slug(), admin, "Marketing", null);
        TeamView design = workspaces.createTeam(workspace.slug(), admin, "Design", null);
        InsightView drop = capture("Users drop off after the second onboarding email", marketing.id());
        InsightView fear = capture("Users fear linking their bank", design.id());

        scenario.publish(new TeamDeleted(workspace.id(), marketing.id()))
                .andWaitForStateChange(() -> teamOf(drop), Optional::isEmpty)
                .andVerify(team -> assertThat(teamOf(fear)).contains(design.id()));
    }

    @Test
    void deletingATeamInTheWorkspaceClearsItFromItsInsights(Scenario scenario) {
        TeamView sales = workspaces.createTeam(workspace.slug(), admin, "Sales", null);
        InsightView hesitate = capture("Trial users hesitate at the price page", sales.id());

        scenario.stimulate(() -> workspaces.deleteTeam(workspace.slug(), admin, sales.id(), null))
                .andWaitForStateChange(() -> teamOf(hesitate), Optional::isEmpty)
                .andVerify(team -> assertThat(insights.get(workspace.slug(), admin, hesitate.id())
                                .title())
                        .isEqualTo("Trial users hesitate at the price page"));
    }

    @Test
    void deletingAWorkspaceTakesItsInsightsOutOfTheSearchIndex(Scenario scenario) {
        TeamView support = workspaces.createTeam(workspace.slug(), admin, "Support", null);
        capture("Tickets ask what 'accrual' means", support.id());
        capture("Tickets ask where the export went", support.id());
        assertThat(indexed(workspace.id())).isEqualTo(2);

        scenario.stimulate(() -> workspaces.delete(workspace.slug(), admin))
                .andWaitForEventOfType(WorkspaceDeleted.class)
                .matching(deleted -> deleted.workspaceId() == workspace.id())
                .toArriveAndVerify(deleted -> {});
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(indexed(workspace.id())).isZero());
    }

    /** How many insights of the workspace the search index holds. */
    private long indexed(long workspaceId) {
        return transactions.execute(status -> Search.session(entityManager)
                .search(Insight.class)
                .where(f -> f.match().field("workspaceId").matching(workspaceId))
                .fetchTotalHitCount());
    }

    private InsightView capture(String title, long teamId) {
        return insights.capture(
                workspace.slug(),
                admin,
                new InsightDraft(
                        title,
                        "Seen in " + title.length() + " sessions.",
                        SourceType.INTERVIEW,
                        teamId,
                        LocalDate.of(2026, 11, 2),
                        null,
                        -1,
                        10,
                        EvidenceStrength.ANECDOTE,
                        List.of("onboarding"),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    /**
     * The insight's team as it is now. Optional, not null: Awaitility (under the Scenario) never
     * accepts a null state, whatever the predicate says.
     */
    private Optional<Long> teamOf(InsightView insight) {
        return Optional.ofNullable(
                insights.get(workspace.slug(), admin, insight.id()).teamId());
    }
}
