package app.tandem.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tandem.TandemIT;
import app.tandem.client.api.GoalsApi;
import app.tandem.client.api.InitiativesApi;
import app.tandem.client.api.InsightsApi;
import app.tandem.client.api.KpisApi;
import app.tandem.client.api.MeApi;
import app.tandem.client.api.PlanApi;
import app.tandem.client.api.WorkspacesApi;
import app.tandem.client.model.CreateTeamRequest;
import app.tandem.client.model.CreateWorkspaceRequest;
import app.tandem.client.model.GoalRequest;
import app.tandem.client.model.GoalView;
import app.tandem.client.model.InitiativeRequest;
import app.tandem.client.model.InitiativeView;
import app.tandem.client.model.InsightRequest;
import app.tandem.client.model.InsightView;
import app.tandem.client.model.KpiRequest;
import app.tandem.client.model.KpiView;
import app.tandem.client.model.PlanView;
import app.tandem.client.model.Recorded;
import app.tandem.client.model.SearchResponse;
import app.tandem.client.model.TeamView;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API as an integrator meets it: through a Java client that openapi-generator made from
 * {@code docs/openapi.json} at build time (the {@code api-client} execution in the pom), over real
 * HTTP with an API token. What the document says must be what the server does: the requests the
 * client builds from it are accepted, and the answers it reads with it are complete. A refusal
 * reaches the client as an {@code ApiException} with the problem details naming the field.
 */
class GeneratedClientIT extends TandemIT {

    private ApiClient client;
    private String slug;

    @BeforeEach
    void client() {
        URI base = URI.create(baseUrl());
        client = new ApiClient();
        client.setScheme(base.getScheme());
        client.setHost(base.getHost());
        client.setPort(base.getPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ADMIN_TOKEN));
        slug = "client-" + unique();
    }

    @Test
    void aWorkspaceIsBuiltAndReadBackThroughTheGeneratedClient() throws ApiException {
        WorkspacesApi workspaces = new WorkspacesApi(client);
        workspaces.createWorkspace(
                new CreateWorkspaceRequest().name("Generated client").slug(slug));
        TeamView support = workspaces.createWorkspaceTeam(slug, new CreateTeamRequest().name("Support"));
        TeamView platform = workspaces.createWorkspaceTeam(
                slug, new CreateTeamRequest().name("Platform").itTeam(true));
        assertThat(support.getItTeam()).isFalse();
        assertThat(platform.getItTeam()).isTrue();
        long me = new MeApi(client).getMe().getId();

        InsightsApi insights = new InsightsApi(client);
        InsightView captured = insights.createInsight(
                slug,
                new InsightRequest()
                        .title("Bank sync fails every Monday")
                        .body("Three tickets this week: the sync stops after the weekend.")
                        .sourceType(InsightRequest.SourceTypeEnum.SUPPORT_TICKET)
                        .teamId(support.getId())
                        .sentiment(-2)
                        .reach(120));
        assertThat(captured.getId()).isPositive();
        assertThat(insights.getInsight(slug, captured.getId()).getTitle()).isEqualTo("Bank sync fails every Monday");
        SearchResponse found = insights.searchInsights(
                slug, "sync", null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(found.getItems()).extracting(hit -> hit.getInsight().getId()).containsExactly(captured.getId());
        assertThat(found.getItems().getFirst().getTitleHtml()).contains("<mark>");

        GoalView goal = new GoalsApi(client)
                .createGoal(
                        slug,
                        new GoalRequest()
                                .title("Keep users who sync their bank")
                                .periodStart(LocalDate.of(2026, 1, 1))
                                .periodEnd(LocalDate.of(2027, 12, 31)));
        KpisApi kpis = new KpisApi(client);
        KpiView retention = kpis.createKpi(
                slug,
                new KpiRequest()
                        .name("Week-4 retention")
                        .unit(KpiRequest.UnitEnum.PERCENT)
                        .direction(KpiRequest.DirectionEnum.HIGHER_IS_BETTER)
                        .baselineValue(30.0)
                        .baselineDate(LocalDate.of(2026, 1, 1))
                        .targetValue(45.0)
                        .targetDate(LocalDate.of(2027, 6, 1))
                        .goalIds(java.util.Set.of(goal.getId())));
        Recorded recorded = kpis.recordKpiMeasurements(
                slug,
                retention.getId(),
                List.of(new app.tandem.client.model.MeasurementInput()
                        .date(LocalDate.of(2026, 11, 30))
                        .value(33.5)));
        assertThat(recorded.getRecorded()).isEqualTo(1);
        assertThat(kpis.listKpiMeasurements(slug, retention.getId(), null, null, 0, 100)
                        .getItems())
                .extracting(m -> m.getValue())
                .containsExactly(33.5);

        InitiativeView fix = new InitiativesApi(client)
                .proposeInitiative(
                        slug,
                        new InitiativeRequest()
                                .title("Retry the bank sync after a weekend")
                                .kind(InitiativeRequest.KindEnum.FEATURE)
                                .proposingTeamId(support.getId())
                                .ownerId(me)
                                .startDate(LocalDate.of(2027, 1, 4))
                                .dueDate(LocalDate.of(2027, 2, 1)));
        PlanView plan = new PlanApi(client).getPlan(slug, null, null, null);
        assertThat(plan.getEntries()).extracting(e -> e.getId()).contains(fix.getId());
    }

    @Test
    void theDemoStoryReadsThroughTheGeneratedClient() throws ApiException {
        WorkspacesApi workspaces = new WorkspacesApi(client);
        assertThat(workspaces.listWorkspaces(0, 20).getTotalItems()).isPositive();
        assertThat(workspaces.getWorkspace("budgetly").getName()).isEqualTo("Budgetly");
        assertThat(workspaces.listWorkspaceTeams("budgetly", 0, 20).getItems())
                .extracting(TeamView::getName, TeamView::getItTeam)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("IT", true),
                        org.assertj.core.groups.Tuple.tuple("Design", false));
        SearchResponse insights = new InsightsApi(client)
                .searchInsights("budgetly", null, null, null, null, null, null, null, null, null, null, null, 0, 10);
        assertThat(insights.getItems()).hasSize(10);
        assertThat(insights.getTotalItems()).isGreaterThanOrEqualTo(60);
        assertThat(new KpisApi(client).listKpis("budgetly", null, null, 0, 50).getItems())
                .extracting(KpiView::getName)
                .isNotEmpty();
        PlanView plan = new PlanApi(client).getPlan("budgetly", null, 0, 50);
        assertThat(plan.getEntries()).isNotEmpty();
        assertThat(plan.getConflicts()).isNotEmpty();
    }

    /**
     * An import sends a file; an export and a calendar feed answer one, which the client hands over
     * as the bytes that came (a CSV read as JSON, as a client made from a document that called it
     * text would, fails).
     */
    @Test
    void filesGoInAndComeOutThroughTheGeneratedClient() throws Exception {
        WorkspacesApi workspaces = new WorkspacesApi(client);
        workspaces.createWorkspace(new CreateWorkspaceRequest().name("Files").slug(slug));
        TeamView support = workspaces.createWorkspaceTeam(slug, new CreateTeamRequest().name("Support"));
        java.nio.file.Path tickets = java.nio.file.Files.createTempFile("tickets", ".csv");
        java.nio.file.Files.writeString(
                tickets,
                "subject,description,created_at\n"
                        + "Bank sync fails every Monday,\"Three tickets, one week\",2026-11-30\n"
                        + "Export to the accountant,Asked twice,2026-11-29\n");

        app.tandem.client.model.InsightImportReport report = new app.tandem.client.api.InsightImportApi(client)
                .importInsights(
                        slug,
                        tickets.toFile(),
                        null,
                        "SUPPORT_TICKET",
                        support.getId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        assertThat(report.getImported()).isEqualTo(2L); // the document names what an import answers
        assertThat(report.getApplied()).isTrue();

        // a refused row reaches the client with its line and its row, as the document names them
        java.nio.file.Files.writeString(
                tickets,
                "subject,description,created_at\n" + "Good row,Fine,2026-11-30\n" + "Bad day,Wrong,2026-13-45\n");
        ApiException refusedRows = catchThrowableOfType(
                ApiException.class,
                () -> new app.tandem.client.api.InsightImportApi(client)
                        .importInsights(
                                slug,
                                tickets.toFile(),
                                null,
                                "SUPPORT_TICKET",
                                support.getId(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
        assertThat(refusedRows.getCode()).isEqualTo(400);
        app.tandem.client.model.ProblemDetail problem = client.getObjectMapper()
                .readValue(refusedRows.getResponseBody(), app.tandem.client.model.ProblemDetail.class);
        assertThat(problem.getErrors()).anySatisfy(e -> {
            assertThat(e.getLine()).isEqualTo(3);
            assertThat(e.getRow()).isEqualTo(3);
        });

        InsightsApi insights = new InsightsApi(client);
        java.io.File csv =
                insights.exportInsights(slug, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(java.nio.file.Files.readString(csv.toPath()))
                .contains("Bank sync fails every Monday")
                .contains("\"Three tickets, one week\"");
        java.io.File json = insights.exportInsights(
                slug, "json", "accountant", null, null, null, null, null, null, null, null, null, null);
        assertThat(java.nio.file.Files.readString(json.toPath()))
                .startsWith("[")
                .contains("\"title\":\"Export to the accountant\"")
                .doesNotContain("Bank sync");

        java.io.File calendar = new app.tandem.client.api.CheckInsApi(client).getMyCalendar(null);
        assertThat(java.nio.file.Files.readString(calendar.toPath())).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aRefusalReachesTheClientAsProblemDetailsNamingTheField() throws ApiException {
        new WorkspacesApi(client)
                .createWorkspace(new CreateWorkspaceRequest().name("Refusals").slug(slug));

        ApiException refused = catchThrowableOfType(
                ApiException.class, () -> new InsightsApi(client).createInsight(slug, new InsightRequest().title(" ")));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.getResponseBody()).contains("\"field\":\"title\"");
    }
}
