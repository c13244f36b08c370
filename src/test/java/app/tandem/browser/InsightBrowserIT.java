package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.TandemIT;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Capturing and finding insights as a person does, in a real Chromium. */
@Tag("browser")
class InsightBrowserIT extends TandemIT {

    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tandem.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(baseUrl() + "/login");
        page.getByLabel("Email").fill(ADMIN_EMAIL);
        page.getByLabel("Password").fill(ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Budgetly").setLevel(1))).isVisible();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void capturesAQuickInsightAndFindsItByAWordInItsBody() {
        String word = "zebrafinch" + unique().replaceAll("[0-9]", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ Insight")).click();
        page.getByLabel("Title").fill("Budget screen scares new users");
        page.getByLabel("What we learned").fill("A participant called the grid a " + word + " of numbers.");
        page.getByLabel("Source").selectOption("USABILITY_TEST");
        page.getByLabel("Found by team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Design"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Capture insight")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Insight captured");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Budget screen scares new users"))).isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Insights")).click();
        page.getByLabel("Search").fill(word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByText("1 insight", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator(".hits mark")).hasText(word);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "insight-search.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget screen scares new users")).click();
        page.getByLabel("Route to team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sales"));
        page.getByLabel("Note").fill("sales: prospects stall at the grid too");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Route")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sent to the team's inbox");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sales's inbox"))).isVisible();
        assertThat(page.getByText("sales: prospects stall at the grid too")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge Budget screen scares new users")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Acknowledged: Budget screen scares new users");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "team-inbox.png")).setFullPage(true));
    }

    @Test
    void importsATicketExportAfterShowingTheBadRowByLine() throws java.io.IOException {
        String ref = "ZD-" + unique();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile(Paths.get("target"), "tickets", ".csv");
        java.nio.file.Files.writeString(csv, "id,subject,description,created_at\n"
                + ref + ",Where is the savings goal,I cannot find it anywhere,2026-10-01\n"
                + ref + "-2,,no subject here,2026-10-02\n");
        page.navigate(baseUrl() + "/w/budgetly/insights/import");
        page.getByLabel("CSV or JSON file").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns")).click();
        assertThat(page.getByLabel("title", new Page.GetByLabelOptions().setExact(true))).hasValue("subject");
        page.getByLabel("Source type when a row has none").selectOption("SUPPORT_TICKET");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 of 2 rows are wrong");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that cannot be imported"))).containsText("3");
        page.getByLabel("Source type when a row has none").selectOption("SUPPORT_TICKET");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import only the good rows")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 insight imported, 0 skipped as imported before, 1 left out");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "insight-import.png")).setFullPage(true));
    }

    @Test
    void aCaptureWithoutTitleKeepsWhatWasTyped() {
        page.navigate(baseUrl() + "/w/budgetly/insights/new");
        page.getByLabel("What we learned").fill("kept text");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Capture insight")).click();
        assertThat(page.locator("#i-title-error")).containsText("Give the insight a short title");
        assertThat(page.getByLabel("What we learned")).hasValue("kept text");
    }

    @Test
    void theDemoRepositoryShowsFacetsBesideTheResults() {
        page.navigate(baseUrl() + "/w/budgetly/insights?q=onboarding");
        assertThat(page.locator(".facets")).containsText("Campaign result");
        assertThat(page.locator(".hits mark").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "insight-demo-search.png")).setFullPage(false));
    }
}
