package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every main page of the demo workspace, checked by axe-core (WCAG 2.2 A and AA rules) in a real
 * Chromium: none may have a serious or critical violation. Each page is also saved as a full-page
 * screenshot ({@code target/screenshots/a11y-PAGE.png}) to look at, and every violation found,
 * whatever its impact, is listed in {@code target/a11y/violations.txt}.
 */
class AccessibilityBrowserIT extends BrowserIT {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String WORKSPACE = "/w/budgetly";

    /** Blocking violations by page, each as "id (impact): targets". */
    private final Map<String, List<String>> blocking = new LinkedHashMap<>();

    /** All violations by page, for the report file. */
    private final Map<String, List<String>> all = new LinkedHashMap<>();

    @Test
    void everyMainPageHasNoSeriousOrCriticalViolationAndMarksItsSection() throws IOException {
        page.navigate(baseUrl() + "/login");
        check("login", null);

        signIn();
        visit("home", "", "Home");
        visit("teams", "/teams", "Teams");
        visit("members", "/members", "Members");
        visit("personas", "/personas", "Personas");
        open("persona", "Frugal Freelancer", "Personas");
        page.navigate(baseUrl() + WORKSPACE + "/personas");
        open("shared-persona", "Jess, gig worker", "Personas");
        visit("user-goals", "/user-goals", "User goals");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Explain money words in plain language")
                                .setExact(true))
                .click();
        // the evidence panel arrives over htmx: check the page with it
        assertThat(page.locator("#evidence-panel h2")).containsText("insights");
        check("user-goal", "User goals");
        visit("journeys", "/journeys", "Journeys");
        open("journey", "First month with Budgetly", "Journeys");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Evidence for Onboard")
                                .setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("What proves the journey stage");
        check("evidence", null);
        visit("insights", "/insights", "Insights");
        visit("insight-form", "/insights/new", "Insights");
        visit("import", "/insights/import", "Insights");
        visit("inbox", "/inbox", "Team inboxes");
        visit("routing-rules", "/insights/rules", "Team inboxes");
        visit("themes", "/themes", "Themes");
        open("theme", "Onboarding emails lose users after the second one", "Themes");
        open("insight", "Users drop off after the second onboarding email", "Insights");
        visit("goals", "/goals", "Goals & KPIs");
        open("goal", "Grow trial-to-paid conversions", "Goals & KPIs");
        open("kpi", "Trial-to-paid conversion", "Goals & KPIs");
        visit("kpi-import", "/kpis/definitions/import", "Goals & KPIs");
        visit("initiative-import", "/initiatives/import", "Initiatives");
        visit("settings", "/settings", "Settings");
        visit("webhooks", "/webhooks", null);
        visit("plan", "/plan", "Plan");
        visit("plan-models", "/plan/models", "Plan");
        visit("plan-what-if", "/plan/what-if", "Plan");
        visit("plan-snapshots", "/plan/snapshots", "Plan");
        visit("plan-settings", "/plan/settings", "Plan");
        visit("discovery", "/discovery", "Discovery");
        visit("discovery-form", "/discovery/new", "Discovery");
        page.navigate(baseUrl() + WORKSPACE + "/discovery");
        open("discovery-session", "Lead generation in Q3", "Discovery");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("State a team's goals")
                                .setExact(true))
                .first()
                .click();
        check("discovery-statement", "Discovery");
        visit("reviews", "/reviews", "Reviews");
        visit("review-form", "/reviews/new", "Reviews");
        page.navigate(baseUrl() + WORKSPACE + "/reviews");
        open("review", "Savings goals on the home screen: design review", "Reviews");
        visit("participation", "/participation", "Participation");
        visit("dashboard", "/dashboard", "Dashboard");
        visit("dashboard-print", "/dashboard?view=print&days=30", "Dashboard");
        String views = initiativesWithADependencyAtRisk();
        page.navigate(baseUrl() + views + "/initiatives/roadmap");
        check("roadmap", "Initiatives");
        page.navigate(baseUrl() + views + "/initiatives/board");
        check("board", "Initiatives");
        page.navigate(baseUrl() + views + "/initiatives");
        check("initiatives", "Initiatives");
        open("initiative", "Re-onboarding campaign", "Initiatives");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("See its dependencies as a picture")
                                .setExact(true))
                .click();
        check("dependency-graph", "Initiatives");

        page.navigate(baseUrl() + "/account");
        assertThat(accountLink("Your account")).hasAttribute("aria-current", "page");
        check("account", null);
        page.navigate(baseUrl() + "/account/tokens");
        assertThat(accountLink("API tokens")).hasAttribute("aria-current", "page");
        check("tokens", null);
        page.navigate(baseUrl() + "/admin/users");
        assertThat(accountLink("People")).hasAttribute("aria-current", "page");
        check("admin-users", null);
        page.navigate(baseUrl() + "/admin/rate-limits");
        assertThat(accountLink("People")).hasAttribute("aria-current", "page");
        check("admin-rate-limits", null);
        page.navigate(baseUrl() + "/admin/webhook-targets");
        check("admin-webhook-targets", null);
        page.navigate(baseUrl() + "/admin/workspaces");
        check("admin-workspaces", null);
        page.navigate(baseUrl() + "/problems");
        check("problem-types", null);
        page.navigate(baseUrl() + "/problems/concurrent-change");
        check("problem-type", null);
        long someone = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"a11y-" + unique() + "@example.com\",\"displayName\":\"Axe Person\","
                                + "\"password\":\"long-enough-password\"}")
                .json()
                .path("id")
                .asLong();
        page.navigate(baseUrl() + "/admin/users/" + someone + "/deactivate");
        check("admin-deactivate", null);
        page.navigate(baseUrl() + "/admin/workspaces/import");
        check("workspace-import", null);

        report();
        Assertions.assertThat(blocking)
                .as("serious or critical axe violations by page (rule id (impact): targets); all violations are in"
                        + " target/a11y/violations.txt")
                .isEmpty();
    }

    @Test
    void theCheckInPagesHaveNoSeriousOrCriticalViolationAndMarkTheirSection() throws IOException {
        signIn();
        visit("check-ins", "/check-ins", "Check-ins");
        page.getByRole(AriaRole.MAIN)
                .locator("tbody tr")
                .nth(1)
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Monthly check-in");
        check("check-in-next", "Check-ins");
        page.navigate(baseUrl() + WORKSPACE + "/check-ins");
        page.getByRole(AriaRole.MAIN)
                .locator("tbody tr")
                .first()
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Monthly check-in");
        check("check-in-held", "Check-ins");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Printable minutes")
                                .setExact(true))
                .click();
        check("check-in-minutes", "Check-ins");
        visit("cadence-form", "/check-ins/cadences/new", "Check-ins");
        report("violations-check-ins.txt");
        Assertions.assertThat(blocking)
                .as("serious or critical axe violations by page (rule id (impact): targets); all violations are in"
                        + " target/a11y/violations-check-ins.txt")
                .isEmpty();
    }

    @Test
    void theCheckFindsTheViolationsOfAPageThatHasThem() {
        // the check above can fail: axe, as run here, finds an image without a text and an unnamed button
        page.setContent("<!doctype html><html lang=en><head><title>Bad</title></head><body><main>"
                + "<img src=data:image/gif;base64,R0lGODlhAQABAAAAACw= ><button></button></main></body></html>");
        List<String> found = axe().withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations().stream()
                .map(Rule::getId)
                .toList();
        Assertions.assertThat(found).contains("image-alt", "button-name");
    }

    /**
     * A workspace of its own (the demo workspace has no initiatives) with three teams' initiatives in
     * this quarter, one of which needs the others, one hand-off at risk; answers its address.
     */
    private String initiativesWithADependencyAtRisk() {
        String slug = "a11y-views-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Views\",\"slug\":\"" + slug + "\"}");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        long[] ids = new long[3];
        String[] teams = {"Design", "Marketing", "IT"};
        String[] titles = {"In-app guidance assets", "Re-onboarding campaign", "Sign-up form endpoint"};
        int[][] days = {{0, 40}, {20, 70}, {5, 30}};
        for (int i = 0; i < 3; i++) {
            long team = admin().post(base + "/teams", "{\"name\":\"" + teams[i] + "\"}")
                    .json()
                    .path("id")
                    .asLong();
            ids[i] = admin().post(
                            base + "/initiatives",
                            "{\"title\":\"" + titles[i] + "\",\"kind\":\"OTHER\",\"proposingTeamId\":" + team
                                    + ",\"ownerId\":" + me + ",\"startDate\":\"" + start.plusDays(days[i][0])
                                    + "\",\"dueDate\":\"" + start.plusDays(days[i][1]) + "\"}")
                    .json()
                    .path("id")
                    .asLong();
        }
        for (long provider : new long[] {ids[0], ids[2]}) {
            admin().post(
                            base + "/initiatives/" + ids[1] + "/dependencies",
                            "{\"providerId\":" + provider + ",\"kind\":\"NEEDS_FEATURE\",\"handoffDue\":\""
                                    + start.plusDays(25) + "\"}");
        }
        return "/w/" + slug;
    }

    /** Opens a page of the demo workspace by its address. */
    private void visit(String name, String path, String section) {
        page.navigate(baseUrl() + WORKSPACE + path);
        check(name, section);
    }

    /** Follows the link of that name in the page's main content, as a person picks an item of a list. */
    private void open(String name, String link, String section) {
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(link).setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(link);
        check(name, section);
    }

    private Locator accountLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Checks that the side menu marks the page's section (when it is a workspace page), takes the
     * screenshot and runs axe on the whole page.
     */
    private void check(String name, @Nullable String section) {
        scriptsLoadedIfAny();
        if (section != null) {
            Locator current = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                    .locator("[aria-current=page]");
            assertThat(current).hasCount(1);
            assertThat(current).hasText(section);
        }
        screenshot("a11y-" + name);
        List<Rule> violations = axe().withTags(
                        List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze()
                .getViolations();
        for (Rule v : violations) {
            String line = v.getId() + " (" + v.getImpact() + "): "
                    + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", "));
            all.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            if (BLOCKING.contains(v.getImpact())) {
                blocking.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            }
        }
    }

    /** The login page has no htmx; every other page waits for its scripts (charts draw themselves). */
    private void scriptsLoadedIfAny() {
        if (!page.url().contains("/login")) {
            scriptsLoaded();
        }
    }

    private void report() throws IOException {
        report("violations.txt");
    }

    /** Writes every violation found to target/a11y/NAME. */
    private void report(String fileName) throws IOException {
        Path file = Path.of("target", "a11y", fileName);
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder();
        all.forEach((name, lines) -> {
            text.append(name).append('\n');
            lines.forEach(l -> text.append("  ").append(l).append('\n'));
        });
        Files.writeString(file, text.isEmpty() ? "No violations.\n" : text.toString());
    }
}
