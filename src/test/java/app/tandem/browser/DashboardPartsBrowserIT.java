package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.dashboard.KpiTrend;
import app.tandem.dashboard.KpiTrends;
import app.tandem.goal.Direction;
import app.tandem.goal.GoalInput;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.initiative.GoalLinkInput;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.Initiatives;
import app.tandem.insight.EvidenceFlow;
import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.Insights;
import app.tandem.insight.SourceType;
import app.tandem.insight.routing.Routing;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The dashboard's evidence flow (an ECharts Sankey) and KPI trends (Chart.js cards) as a person sees
 * them, before the dashboard page exists: the two fragments rendered by the application's template
 * engine into a test page (test resources, {@code templates/test/dashboard-parts.html}) and opened in
 * Chromium on the application's origin, so the page loads the real scripts and styles.
 */
class DashboardPartsBrowserIT extends BrowserIT {

    private static final String HOSTILE_TEAM = "<img src=x onerror=alert(1)> Support";

    @Autowired
    Insights insights;

    @Autowired
    Routing routing;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Goals goals;

    @Autowired
    Kpis kpis;

    @Autowired
    Initiatives initiatives;

    @Autowired
    InitiativeLinks links;

    @Autowired
    KpiTrends kpiTrends;

    @Autowired
    SpringTemplateEngine templates;

    private final List<String> dialogs = new ArrayList<>();
    private String slug;
    private long me;
    private WorkspaceContext workspace;

    @BeforeEach
    void workspaceWithEvidenceAndKpis() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        slug = "parts-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Dashboard parts\",\"slug\":\"" + slug + "\"}");
        me = admin().get("/api/v1/me").json().path("id").asLong();
        long marketing = team(base, "Marketing");
        long design = team(base, "Design");
        long support = team(base, HOSTILE_TEAM);
        workspace = workspaces.access(slug, me);

        for (int i = 0; i < 4; i++) {
            long insight = capture("Jargon " + i, support);
            routing.routeByHand(slug, me, insight, design, null);
            if (i < 3) {
                routing.acknowledge(slug, me, insight, design);
            }
        }
        long campaign = capture("Second email loses people", marketing);
        routing.routeByHand(slug, me, campaign, design, null);
        routing.routeByHand(slug, me, capture("Pricing unclear", design), marketing, null);
        capture("Dark mode wanted", support);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long goal = goals.create(
                        slug,
                        me,
                        new GoalInput(
                                "Grow conversions",
                                null,
                                today.minusDays(100),
                                today.plusDays(100),
                                null,
                                null,
                                null,
                                Set.of(marketing)))
                .id();
        long conversion = kpis.create(
                        slug,
                        me,
                        new KpiInput(
                                "Trial-to-paid conversion",
                                KpiUnit.PERCENT,
                                Direction.HIGHER_IS_BETTER,
                                2.0,
                                today.minusDays(100),
                                4.0,
                                today.plusDays(100),
                                1.5,
                                null,
                                null,
                                Set.of(goal),
                                Set.of(marketing)))
                .id();
        List<MeasurementInput> values = new ArrayList<>();
        for (int week = 14; week >= 1; week--) {
            values.add(new MeasurementInput(today.minusDays(week * 7L), 2.0 + (14 - week) * 0.1, null));
        }
        kpis.record(slug, me, conversion, values, MeasurementSource.API);
        long initiative = initiatives
                .propose(
                        slug,
                        me,
                        new InitiativeInput(
                                "Re-onboarding campaign",
                                null,
                                InitiativeKind.CAMPAIGN,
                                marketing,
                                me,
                                today.plusDays(10),
                                today.plusDays(60),
                                null,
                                null,
                                null))
                .id();
        links.putGoal(slug, me, initiative, goal, new GoalLinkInput(conversion, 2.0, null));
    }

    @Test
    void theEvidenceFlowAndTheKpiTrendsDrawTheirPicturesAndTablesWithTeamNamesAsText() {
        EvidenceFlow flow = insights.evidenceFlow(workspace, 30, null);
        List<KpiTrend> trends = kpiTrends.trends(workspace, null, null);
        open(flow, trends);

        Locator sankey = page.locator("[data-evidence-flow]");
        assertThat(sankey).hasAttribute("data-drawn", "4");
        assertThat(sankey).hasAttribute("aria-label", flow.summary());
        assertThat(sankey.locator("svg")).hasCount(1);
        assertThat(sankey.locator("svg text", new Locator.LocatorOptions().setHasText("Routed to Design")))
                .hasCount(1);
        assertThat(sankey.locator("svg text", new Locator.LocatorOptions().setHasText("Captured by " + HOSTILE_TEAM)))
                .hasCount(1);
        Locator streams =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Where the insights went"));
        assertThat(streams.getByRole(AriaRole.ROW)).hasCount(5);
        assertThat(streams.getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.CELL))
                .hasText(new String[] {HOSTILE_TEAM, "Design", "4"});
        Locator perTeam = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Each team's figures"));
        // Design captured one, routed nowhere, received five and acknowledged three
        assertThat(perTeam.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Design"))
                        .locator("td"))
                .hasText(new String[] {"1", "0", "5", "3", "under a minute"});
        assertThat(page.getByText("Median time to acknowledge").first()).isVisible();

        Locator card = page.locator(".trend-cards > li").first();
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Trial-to-paid conversion")))
                .hasAttribute(
                        "href", "/w/" + slug + "/kpis/" + trends.getFirst().id());
        assertThat(card.locator(".health")).containsText(trends.getFirst().healthLabel());
        assertThat(card.locator("canvas[data-kpi-chart]")).hasAttribute("data-drawn", "14");
        assertThat(card.getByRole(AriaRole.IMG))
                .hasAttribute("aria-label", trends.getFirst().chartText());
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Re-onboarding campaign")))
                .isVisible();
        assertThat(card).containsText("+2 points by");

        page.getByText("Numbers as a table").nth(1).click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("KPI trends"))
                        .getByRole(AriaRole.ROW)
                        .nth(1))
                .containsText("Trial-to-paid conversion");

        // hover a stream: the tooltip names the team as text
        sankey.locator("svg path").first().hover();
        screenshot("dashboard-parts");
        assertThat(page.locator("img[src=x]")).hasCount(0);
        assertThat(dialogs).isEmpty();

        List<Rule> violations = axe().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze()
                .getViolations();
        assertThat(violations)
                .extracting(v -> v.getId() + ": "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .isEmpty();
    }

    @Test
    void anEmptyWorkspaceInvitesToCaptureAnInsightAndToAddAKpi() {
        String empty = "parts-empty-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Empty\",\"slug\":\"" + empty + "\"}");
        WorkspaceContext context = workspaces.access(empty, me);
        slug = empty;
        workspace = context;
        open(insights.evidenceFlow(context, 90, null), kpiTrends.trends(context, null, null));

        assertThat(page.getByText("No insights captured in the last 90 days.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Capture one…")))
                .hasAttribute("href", "/w/" + empty + "/insights/new");
        assertThat(page.getByText("No KPIs yet.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add one to a business goal…")))
                .hasAttribute("href", "/w/" + empty + "/kpis/new");
        assertThat(page.locator("[data-evidence-flow]")).hasCount(0);
        screenshot("dashboard-parts-empty");
    }

    /** Renders the test page with the two fragments and opens it on the application's origin. */
    private void open(EvidenceFlow flow, List<KpiTrend> trends) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/w/" + slug);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext)
                        .buildExchange(request, new MockHttpServletResponse()),
                Locale.ENGLISH,
                Map.of("flow", flow, "trends", trends, "slug", slug, "workspace", workspace));
        String html = templates.process("test/dashboard-parts", context);
        page.navigate(baseUrl() + "/login");
        page.setContent(html);
        page.waitForFunction("() => window.echarts !== undefined && window.Chart !== undefined");
    }

    private long team(String base, String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long capture(String title, @Nullable Long teamId) {
        return insights.capture(
                        slug,
                        me,
                        new InsightDraft(
                                title,
                                "Seen in the field.",
                                SourceType.SUPPORT_TICKET,
                                teamId,
                                LocalDate.now(ZoneOffset.UTC),
                                null,
                                0,
                                1,
                                EvidenceStrength.ANECDOTE,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()))
                .id();
    }
}
