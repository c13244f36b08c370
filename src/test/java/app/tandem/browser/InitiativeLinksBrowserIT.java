package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A team lead says what an initiative serves, from its page: the business goal with the KPI it should
 * move (a KPI of another goal refused beside the field, what was typed kept), and the insight that
 * backs it found by search; then sees the initiative on the KPI's page and on the insight's page.
 */
class InitiativeLinksBrowserIT extends BrowserIT {

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
    void linksAGoalWithAKpiContributionAndAnInsightThenSeesTheInitiativeFromBothSides() {
        String slug = "links-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Links UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long grow = id(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Grow trial-to-paid conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\"}"));
        long support = id(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Keep support costs flat\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\"}"));
        long conversion = id(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Trial-to-paid conversion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":6.0,"
                                + "\"targetDate\":\"2027-06-30\",\"goalIds\":[" + grow + "]}"));
        id(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Tickets per user\",\"unit\":\"COUNT\",\"direction\":\"LOWER_IS_BETTER\","
                                + "\"baselineValue\":3,\"baselineDate\":\"2026-01-01\",\"targetValue\":2,"
                                + "\"targetDate\":\"2027-06-30\",\"goalIds\":[" + support + "]}"));
        long insight = id(admin().post(
                        base + "/insights",
                        "{\"title\":\"Users drop off after the second onboarding email\",\"body\":\"Campaign results.\","
                                + "\"sourceType\":\"CAMPAIGN_RESULT\",\"sentiment\":-1,\"reach\":480,"
                                + "\"evidenceStrength\":\"MEASURED\"}"));
        long campaign = id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Re-onboarding e-mail campaign\",\"kind\":\"CAMPAIGN\",\"proposingTeamId\":"
                                + marketing + ",\"ownerId\":" + me
                                + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/" + campaign);
        scriptsLoaded();
        assertThat(panel().getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("What it serves")))
                .isVisible();
        assertThat(panel()).containsText("It is tied to no business goal yet.");

        // a KPI of another goal is refused beside the field, and what was typed stays
        page.getByLabel("Serves the goal").selectOption(new SelectOption().setLabel("Grow trial-to-paid conversions"));
        page.getByLabel("Expected to move the KPI (optional)")
                .selectOption(new SelectOption().setLabel("Tickets per user"));
        page.getByLabel("Expected change, in the KPI's unit").fill("2");
        button("Link goal").click();
        assertThat(panel().locator("#link-kpi-error")).containsText("does not measure the goal");
        assertThat(page.getByLabel("Expected change, in the KPI's unit")).hasValue("2.0");
        assertThat(page.getByLabel("Serves the goal").locator("option:checked"))
                .hasText("Grow trial-to-paid conversions");

        page.getByLabel("Expected to move the KPI (optional)")
                .selectOption(new SelectOption().setLabel("Trial-to-paid conversion"));
        button("Link goal").click();
        assertThat(panel().getByRole(AriaRole.STATUS)).hasText("It serves “Grow trial-to-paid conversions” now.");
        assertThat(panel().locator(".link-list").first())
                .containsText("+2 points of Trial-to-paid conversion by 31 Mar 2027 (its due date)");

        // the insight that backs it, found by search in the panel swapped in (once its box is bound)
        settled();
        page.getByLabel("Find an insight that backs it").fill("second onboarding");
        button("Link the insight Users drop off after the second onboarding email")
                .click();
        assertThat(panel().getByRole(AriaRole.STATUS))
                .hasText("Backed by Users drop off after the second onboarding email now.");
        Locator backing =
                panel().getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Insights that back it"));
        assertThat(backing).containsText("Measured");
        assertThat(backing).containsText("reach 480");
        screenshot("initiative-links");
        List<String> blocking = seriousViolations();
        Assertions.assertThat(blocking).as("serious accessibility violations").isEmpty();

        // from the other side: the KPI's page, then the insight's page
        page.navigate(baseUrl() + "/w/" + slug + "/kpis/" + conversion);
        Locator work = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Work expected to move it"));
        assertThat(work).containsText("+2 points");
        assertThat(work).containsText("Proposed");
        screenshot("kpi-work");
        work.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Re-onboarding e-mail campaign"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Re-onboarding e-mail campaign");

        page.navigate(baseUrl() + "/w/" + slug + "/insights/" + insight);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Initiatives it backs"))
                        .getByRole(
                                AriaRole.LINK, new Locator.GetByRoleOptions().setName("Re-onboarding e-mail campaign")))
                .isVisible();
        screenshot("insight-backs");
    }
}
