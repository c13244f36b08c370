package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capturing and finding insights as a person does, in a real Chromium. */
class InsightBrowserIT extends BrowserIT {

    @BeforeEach
    void signInToBudgetly() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly");
    }

    @Test
    void capturesAQuickInsightAndFindsItByAWordInItsBody() {
        String word = "zebrafinch" + unique().replaceAll("[0-9]", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ Insight"))
                .click();
        page.getByLabel("Title").fill("Budget screen scares new users");
        page.getByLabel("What we learned").fill("A participant called the grid a " + word + " of numbers.");
        page.getByLabel("Source").selectOption("USABILITY_TEST");
        page.getByLabel("Found by team").selectOption(new SelectOption().setLabel("Design"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Capture insight"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Insight captured");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Budget screen scares new users")))
                .isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insights"))
                .click();
        page.getByLabel("Search").fill(word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.getByText("1 insight", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator(".hits mark")).hasText(word);
        screenshot("insight-search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget screen scares new users"))
                .click();
        page.getByLabel("Route to team").selectOption(new SelectOption().setLabel("Sales"));
        page.getByLabel("Note").fill("sales: prospects stall at the grid too");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Route"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sent to the team's inbox");
        // statuses read as words, not as the API's NEW
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Sales")))
                .containsText("New");
        assertThat(page.getByText("NEW", new Page.GetByTextOptions().setExact(true)))
                .hasCount(0);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Sales").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sales's inbox")))
                .isVisible();
        assertThat(page.getByText("sales: prospects stall at the grid too")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Acknowledge Budget screen scares new users"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Acknowledged: Budget screen scares new users");
        assertThat(page.locator(".hits li")
                        .filter(new Locator.FilterOptions().setHasText("Budget screen scares new users"))
                        .first()
                        .locator(".badge"))
                .hasText("Acknowledged");
        screenshot("team-inbox");
    }

    @Test
    void aLargeImportShowsAProgressBarThenWhatItDid() throws IOException {
        String slug = "progress-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Progress\",\"slug\":\"" + slug + "\"}");
        Path csv = Files.createTempFile(Paths.get("target"), "large", ".csv");
        StringBuilder rows = new StringBuilder("id,subject,description,created_at,tags\n");
        for (int i = 0; i < 24_000; i++) {
            // made-up words: these 24,000 insights share the test server's index with other tests, and
            // common words in such numbers would change the word statistics (BM25) their searches rely on
            rows.append("T-")
                    .append(i)
                    .append(",Zorblat ticket ")
                    .append(i)
                    .append(",")
                    .append("Quuxly wibble ")
                    .append(i)
                    .append(" zorblat flimflam,2026-10-0")
                    .append(1 + i % 9)
                    .append(",zorblat\n");
        }
        Files.writeString(csv, rows);
        page.navigate(baseUrl() + "/w/" + slug + "/insights/import");
        page.getByLabel("CSV or JSON file").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();

        // 24,000 rows take seconds: the page shows the bar first, and updates it without a reload
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Importing " + csv.getFileName())))
                .isVisible();
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        screenshot("insight-import-progress");
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText(
                        "24000 insights imported, 0 skipped as imported before, 0 left out",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        // more than 20,000 matches: the total and the counts are estimated from a one-in-sixteen sample
        // (24,000 ± about 600, so the estimate is above the limit by far more than chance would move it)
        var api = admin().get("/api/v1/workspaces/" + slug + "/insights?q=flimflam&size=1")
                .json();
        Assertions.assertThat(api.path("totalExact").asBoolean()).isFalse();
        Assertions.assertThat(api.path("countsExact").asBoolean()).isFalse();
        Assertions.assertThat(api.path("totalItems").asDouble()).isCloseTo(24_000, Assertions.within(3_000.0));
        page.navigate(baseUrl() + "/w/" + slug + "/insights?q=flimflam");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("About 2\\d,000 insights"));
        assertThat(page.getByText("Counts estimated from a sample of one in sixteen of the matching insights."))
                .isVisible();
        assertThat(page.locator(".facets .count").first()).containsText("≈");
        screenshot("insight-search-estimated");
    }

    @Test
    void withoutJavaScriptAnExportIsUploadedWithItsTokenInTheFormAndItsColumnsMapped() throws IOException {
        Path csv = Files.createTempFile(Paths.get("target"), "tickets-no-js", ".csv");
        Files.writeString(csv, "id,subject,description\nZD-" + unique() + ",Export is slow,It takes minutes\n");
        context.close();
        context = browser.newContext(contextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/insights/import");
        Assertions.assertThat(page.locator("form[enctype='multipart/form-data'] input[name='_csrf']")
                        .count())
                .isEqualTo(1);
        page.getByLabel("CSV or JSON file").setInputFiles(csv);
        Request sent = page.waitForRequest(
                request -> request.method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                        .click());
        Assertions.assertThat(sent.url()).doesNotContain("_csrf");
        Assertions.assertThat(sent.headerValue("x-csrf-token")).isNull();
        assertThat(page).hasTitle(Pattern.compile("^Map columns"));
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("subject");
        screenshot("insight-import-map-no-js");
    }

    @Test
    void importsATicketExportAfterShowingTheBadRowByLine() throws IOException {
        String ref = "ZD-" + unique();
        Path csv = Files.createTempFile(Paths.get("target"), "tickets", ".csv");
        Files.writeString(
                csv,
                "id,subject,description,created_at\n"
                        + ref + ",Where is the savings goal,I cannot find it anywhere,2026-10-01\n"
                        + ref + "-2,,,2026-10-02\n");
        page.navigate(baseUrl() + "/w/budgetly/insights/import");
        // the CSRF token goes in a header (htmx), never in the form's address or the URL sent
        Assertions.assertThat(
                        page.locator("form[enctype='multipart/form-data']").getAttribute("action"))
                .endsWith("/w/budgetly/insights/import")
                .doesNotContain("_csrf");
        scriptsLoaded();
        page.getByLabel("CSV or JSON file").setInputFiles(csv);
        Request sent = page.waitForRequest(
                request -> request.method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                        .click());
        Assertions.assertThat(sent.url())
                .endsWith("/w/budgetly/insights/import")
                .doesNotContain("_csrf");
        Assertions.assertThat(sent.headerValue("x-csrf-token")).isNotBlank();
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("subject");
        assertThat(page).hasTitle(Pattern.compile("^Map columns"));
        Assertions.assertThat(page.url()).doesNotContain("_csrf");
        assertThat(page.getByLabel("Reference in the source system")).hasValue("id");
        assertThat(page.getByLabel("Observed on")).hasValue("created_at");
        // before anything is imported the page says how the dates will be read
        assertThat(page.locator("#import-dates"))
                .hasText("Dates will be read as YYYY-MM-DD (2020-11-13), detected from the file.");
        Locator preview =
                page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("First rows as they will be saved"));
        assertThat(preview.getByRole(AriaRole.ROW).nth(1)).containsText("Where is the savings goal");
        assertThat(preview.getByRole(AriaRole.ROW).nth(1)).containsText("2026-10-01");
        assertThat(preview.getByRole(AriaRole.ROW).nth(2))
                .containsText("Title: is empty (column 'subject'), and so is the text (column 'description').");
        screenshot("insight-import-map");

        // changing a column refreshes the preview (htmx) before anything is imported
        scriptsLoaded();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).selectOption("created_at");
        assertThat(preview.getByRole(AriaRole.ROW).nth(2)).containsText("2026-10-02");
        assertThat(preview.getByRole(AriaRole.ROW).nth(2)).not().containsText("is empty");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).selectOption("subject");
        assertThat(preview.getByRole(AriaRole.ROW).nth(2)).containsText("Title: is empty");
        page.getByLabel("Source type when a row has none").selectOption("SUPPORT_TICKET");
        assertThat(preview.getByRole(AriaRole.ROW).nth(1)).containsText("Support ticket");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 of 2 rows are wrong");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that cannot be imported")))
                .containsText("3");
        page.getByLabel("Source type when a row has none").selectOption("SUPPORT_TICKET");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import only the good rows"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("1 insight imported, 0 skipped as imported before, 1 left out");
        screenshot("insight-import");
    }

    @Test
    void aCaptureWithoutTitleKeepsWhatWasTyped() {
        page.navigate(baseUrl() + "/w/budgetly/insights/new");
        page.getByLabel("What we learned").fill("kept text");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Capture insight"))
                .click();
        assertThat(page.locator("#i-title-error")).containsText("Give the insight a short title");
        assertThat(page.getByLabel("What we learned")).hasValue("kept text");
    }

    @Test
    void theDemoRepositoryShowsFacetsBesideTheResults() {
        page.navigate(baseUrl() + "/w/budgetly/insights?q=onboarding");
        assertThat(page.locator(".facets")).containsText("Campaign result");
        assertThat(page.locator(".hits mark").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "insight-demo-search.png"))
                .setFullPage(false));
    }
}
