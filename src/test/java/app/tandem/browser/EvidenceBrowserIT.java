package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Evidence both ways, as a designer uses it: linking an insight to what it proves from the insight's
 * page and form, attaching insights from a user goal's page, and seeing the demo's evidence behind
 * its shared persona, user goals and pain points.
 */
class EvidenceBrowserIT extends BrowserIT {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1400, 900);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theDemoShowsTheEvidenceBehindItsSharedPersonaUserGoalsAndPainPoints() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/personas");
        link("Jess, gig worker").click();
        Locator panel = page.locator("#evidence-panel");
        assertThat(panel.getByRole(AriaRole.HEADING)).containsText("insights");
        assertThat(panel).containsText("Users drop off after the second onboarding email");
        assertThat(panel).containsText("Testers cannot find the new savings-goal feature");
        assertThat(panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("in the insight search")))
                .isVisible();
        screenshot("evidence-shared-persona");

        link("Explain money words in plain language").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Explain money words in plain language");
        assertThat(page.locator("#evidence-panel")).containsText("Tickets ask what 'envelope allocation' means");
        assertThat(page.getByText("Support tickets about jargon")).isVisible();
        screenshot("evidence-user-goal");

        page.navigate(baseUrl() + "/w/budgetly/journeys");
        link("First month with Budgetly").click();
        Locator jargon = page.locator(".pain-item", new Page.LocatorOptions().setHasText("full of jargon"));
        assertThat(jargon).containsText("Severity 3 of 3");
        assertThat(jargon).containsText("Marketing owns it");
        assertThat(jargon).containsText("insights prove it");
        assertThat(page.locator("#journey-svg")).containsText("insights prove it");
        assertThat(page.locator("#journey-svg")).containsText("Blocks: Explain money");
        screenshot("evidence-journey");

        jargon.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#evidence-panel")).containsText("Users drop off after the second onboarding email");
        screenshot("evidence-pain-point");
    }

    @Test
    void linksAnInsightFromItsPageAndItsFormAndAttachesInsightsFromAUserGoal() {
        String slug = "evidence-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Evidence UI\",\"slug\":\"" + slug + "\"}");
        long team = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long persona = id(admin().post(
                        base + "/personas",
                        "{\"name\":\"Nervous Newcomer\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long goal = id(admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me understand money words\",\"importance\":4}"));
        long first = id(
                admin().post(
                                base + "/insights",
                                "{\"title\":\"Tickets ask what accrual means\",\"sourceType\":\"SUPPORT_TICKET\",\"reach\":30}"));
        id(admin().post(
                        base + "/insights",
                        "{\"title\":\"Glossary test halves jargon tickets\",\"sourceType\":\"CAMPAIGN_RESULT\","
                                + "\"evidenceStrength\":\"MEASURED\",\"reach\":400}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/insights/" + first);
        scriptsLoaded();
        Locator proves = page.locator("#insight-links");
        assertThat(proves).containsText("not linked");
        proves.getByLabel("Link to a persona, user goal, journey stage or pain point")
                .pressSequentially("money words");
        button("Link Help me understand money words").click();
        assertThat(proves.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Help me understand money words")))
                .isVisible();
        screenshot("evidence-insight-linked");

        proves.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Help me understand money words"))
                .click();
        scriptsLoaded();
        Locator panel = page.locator("#evidence-panel");
        assertThat(panel.getByRole(AriaRole.HEADING)).containsText("1 insight");
        assertThat(panel).containsText("Tickets ask what accrual means");
        panel.getByLabel("Attach insights found by search").pressSequentially("glossary");
        button("Attach Glossary test halves jargon tickets").click();
        assertThat(panel.getByRole(AriaRole.HEADING)).containsText("2 insights · reach 430 users");
        // measured evidence first
        assertThat(panel.locator(".evidence-item").first()).containsText("Glossary test halves jargon tickets");
        screenshot("evidence-user-goal-attached");
        button("Detach Tickets ask what accrual means").click();
        assertThat(page.locator("#evidence-panel").getByRole(AriaRole.HEADING)).containsText("1 insight");
        JsonNode after = admin().get(base + "/insights/" + first).json();
        Assertions.assertThat(after.path("userGoalIds").isEmpty())
                .as("detached in the database")
                .isTrue();

        page.navigate(baseUrl() + "/w/" + slug + "/insights/new");
        scriptsLoaded();
        page.getByLabel("Title").fill("Newcomers skip the glossary");
        page.getByLabel("Find one to link").pressSequentially("newcomer");
        page.getByLabel("Persona Nervous Newcomer").check();
        page.getByLabel("Find one to link").fill("");
        page.getByLabel("Find one to link").pressSequentially("money");
        page.getByLabel("User goal Help me understand money words").check();
        assertThat(page.locator("#i-linked input:checked")).hasCount(2);
        screenshot("evidence-insight-form");
        button("Capture insight").click();
        Locator links = page.locator("#insight-links");
        assertThat(links.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nervous Newcomer")))
                .isVisible();
        assertThat(links.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Help me understand money words")))
                .isVisible();
        Assertions.assertThat(goal).isPositive();
    }

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }
}
