package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The whole path of an initiative as a design lead walks it: proposes a feature, ties it to the
 * conversion goal's KPI and to the insight that backs it, says it needs design assets from another
 * team's work that ends too late, sees that hand-off at risk on the roadmap, and commits the feature
 * without an IT review (asked first, then kept).
 */
class InitiativeStoryBrowserIT extends BrowserIT {

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator panel() {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What it serves"));
    }

    @Test
    void proposesLinksDependsSeesTheRiskOnTheRoadmapAndCommitsWithoutAnItReview() {
        String slug = "story-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Story\",\"slug\":\"" + slug + "\"}");
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long grow = id(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Grow trial-to-paid conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\"}"));
        id(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Trial-to-paid conversion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":6.0,"
                                + "\"targetDate\":\"2027-06-30\",\"goalIds\":[" + grow + "]}"));
        id(admin().post(
                        base + "/insights",
                        "{\"title\":\"Testers cannot find the new savings-goal feature\",\"body\":\"Usability test.\","
                                + "\"sourceType\":\"USABILITY_TEST\",\"sentiment\":-1,\"reach\":8,"
                                + "\"evidenceStrength\":\"PATTERN\"}"));
        id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"In-app guidance assets\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + design
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/new");
        page.getByLabel("Title").fill("Savings-goals discoverability fix");
        page.getByLabel("Kind").selectOption("FEATURE");
        page.getByLabel("Proposing team").selectOption(new SelectOption().setLabel("Design"));
        page.getByLabel("Accountable owner").selectOption(new SelectOption().setLabel("Instance admin"));
        page.getByLabel("Starts").fill("2027-03-01");
        page.getByLabel("Due").fill("2027-04-30");
        page.getByLabel("Design person-weeks").fill("3");
        button("Propose initiative").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Savings-goals discoverability fix");
        String fixUrl = page.url();

        // what it serves: the goal's KPI it should move, and the insight that backs it
        scriptsLoaded();
        page.getByLabel("Serves the goal").selectOption(new SelectOption().setLabel("Grow trial-to-paid conversions"));
        page.getByLabel("Expected to move the KPI (optional)")
                .selectOption(new SelectOption().setLabel("Trial-to-paid conversion"));
        page.getByLabel("Expected change, in the KPI's unit").fill("1.5");
        button("Link goal").click();
        assertThat(panel().getByRole(AriaRole.STATUS)).hasText("It serves “Grow trial-to-paid conversions” now.");
        settled(); // the search box of the panel swapped in is bound
        page.getByLabel("Find an insight that backs it").fill("savings-goal");
        button("Link the insight Testers cannot find the new savings-goal feature")
                .click();
        assertThat(panel().getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Insights that back it")))
                .containsText("Testers cannot find the new savings-goal feature");

        // it needs design's assets, which end after it starts
        page.getByLabel("Needs it from").selectOption(new SelectOption().setLabel("In-app guidance assets"));
        page.getByLabel("What it needs").selectOption("NEEDS_DESIGN_ASSETS");
        page.getByLabel("Hand-off due").fill("2027-02-15");
        button("Add dependency").click();
        assertThat(page.locator(".flash")).containsText("It needs design assets from In-app guidance assets now.");
        String reason =
                "“In-app guidance assets” is due on 31 Mar 2027, after “Savings-goals discoverability fix” starts on 1 Mar 2027.";
        assertThat(page.locator(".risk-reasons")).containsText(reason);

        // the roadmap shows the hand-off at risk, in red and in words
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/roadmap?from=2027-01-01&to=2027-06-30");
        assertThat(page.locator(".arrow-group.risk")).hasCount(1);
        assertThat(page.locator(".risk-list")).containsText(reason);
        screenshot("story-roadmap");

        // committing a feature without an IT review is asked first, then kept
        page.navigate(fixUrl);
        button("Start discovery").click();
        button("Commit to it").click();
        assertThat(page.getByText(
                        "This feature has no IT review. Commit it anyway? The plan will list it as a conflict."))
                .isVisible();
        button("Commit without IT review").click();
        assertThat(page.locator(".flash")).containsText("is committed now, without an IT review");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Committed");
        assertThat(page.locator(".health.off-track").filter(new Locator.FilterOptions().setHasText("IT review")))
                .hasText("Committed without an IT review");
        screenshot("story-committed");
    }
}
