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
 * A discovery session as a team lead runs it: an empty list that says what to do, planning a session
 * with a mistake and then right, two teams stating their goals and seeing where they overlap and
 * conflict, the warning that only leads are invited and then that only leads attended, and a
 * decision recorded.
 */
class DiscoveryBrowserIT extends BrowserIT {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void member(String base, String name, long team) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@example.com";
        long user = id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + name
                                + "\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");
        admin().post(base + "/teams/" + team + "/members", "{\"userId\":" + user + ",\"involvement\":\"LEADS\"}");
    }

    @Test
    void plansASessionStatesTwoTeamsGoalsSeesTheConflictAndTheLeadsOnlyWarningAndRecordsADecision() {
        String slug = "discovery-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Discovery UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        member(base, "Maya Ortiz", marketing);
        member(base, "Dev Patel", design);
        long goal = id(admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow trial-to-paid conversions\",\"periodStart\":\"2026-01-01\","
                                + "\"periodEnd\":\"2027-12-31\"}"));
        id(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Form completion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":40,\"baselineDate\":\"2026-01-01\",\"targetValue\":60,"
                                + "\"targetDate\":\"2027-06-01\",\"goalIds\":[" + goal + "]}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Discovery"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Discovery sessions");
        assertThat(page.locator(".empty")).containsText("No discovery sessions yet.");

        link("Plan a discovery session").click();
        page.getByLabel("Topic").fill("Lead generation in Q3");
        page.getByLabel("Starts").fill("2026-03-02T12:00");
        page.getByLabel("Ends").fill("2026-03-02T10:00");
        page.getByLabel("Time zone").fill("Mars/Base");
        page.getByLabel("Grow trial-to-paid conversions").check();
        page.getByLabel("Maya Ortiz").check();
        page.getByLabel("Dev Patel").check();
        button("Plan session").click();

        assertThat(page.getByText("It ends at 2026-03-02 10:00, not after it starts at 2026-03-02 12:00."))
                .isVisible();
        assertThat(page.getByLabel("Ends")).hasAttribute("aria-invalid", "true");
        // a time zone that is none, beside its field with the other error, what was typed kept
        assertThat(page.getByText("“Mars/Base” is no time zone; give one such as Europe/Berlin."))
                .isVisible();
        assertThat(page.getByLabel("Time zone")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Time zone")).hasValue("Mars/Base");
        assertThat(page.getByLabel("Topic")).hasValue("Lead generation in Q3");
        assertThat(page.getByLabel("Maya Ortiz")).isChecked();

        page.getByLabel("Ends").fill("2026-03-02T14:00");
        page.getByLabel("Time zone").fill("Europe/Berlin");
        button("Plan session").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Lead generation in Q3");
        // the times typed are Berlin's, and the page says so
        assertThat(page.locator(".facts dd").first()).hasText("Monday 2 Mar 2026, 12:00 – 14:00 Europe/Berlin");
        Locator warnings = page.locator(".discovery-warnings");
        assertThat(warnings).containsText("Only leads are invited: nobody who executes the work");
        assertThat(page.locator(".empty").first()).containsText("No team has stated its goals for this topic yet.");

        link("State a team's goals").first().click();
        page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Marketing"));
        page.getByLabel("What the team wants to achieve").fill("Twice the trial sign-ups from the landing page");
        page.getByLabel("Grow trial-to-paid conversions").check();
        page.getByLabel("Form completion").selectOption("RAISE");
        page.getByLabel("Design person-weeks").fill("-2");
        button("Save the team's goals").click();
        // a wrong row is shown beside it, with what was typed
        assertThat(page.getByText("Person-weeks between 0 and 10,000.")).isVisible();
        assertThat(page.getByLabel("Design person-weeks")).hasValue("-2");
        assertThat(page.getByLabel("What the team wants to achieve"))
                .hasValue("Twice the trial sign-ups from the landing page");
        page.getByLabel("Design person-weeks").fill("2");
        button("Save the team's goals").click();
        assertThat(page.locator(".flash")).containsText("Marketing's goals are stated");

        link("State a team's goals").first().click();
        page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Design"));
        page.getByLabel("What the team wants to achieve").fill("A calm sign-up: a check that people are real");
        page.getByLabel("Grow trial-to-paid conversions").check();
        page.getByLabel("Form completion").selectOption("LOWER");
        page.getByLabel("Person-weeks the team can give").fill("1");
        button("Save the team's goals").click();

        Locator columns = page.locator(".side-by-side").getByRole(AriaRole.ARTICLE);
        assertThat(columns).hasCount(2);
        assertThat(columns.nth(0).getByRole(AriaRole.HEADING)).hasText("Design");
        assertThat(columns.nth(1).getByRole(AriaRole.HEADING)).hasText("Marketing");
        assertThat(columns.nth(1)).containsText("Twice the trial sign-ups from the landing page");
        Locator findings = page.locator(".findings");
        assertThat(findings)
                .containsText("Design and Marketing both name the business goal “Grow trial-to-paid conversions”");
        assertThat(findings)
                .containsText("Marketing wants to raise “Form completion”, and Design expects to lower it.");
        assertThat(findings)
                .containsText(
                        "The statements need 2 person-weeks of Design (Marketing 2), and Design says it can give 1.");

        // the session took place (in March): who attended is recorded
        page.getByLabel("Maya Ortiz attended").check();
        page.getByLabel("Dev Patel attended").check();
        button("Record attendance").click();
        assertThat(page.locator(".flash")).containsText("Attendance recorded: 2 of 2 came.");
        assertThat(warnings).containsText("Only leads attended: nobody who executes the work");

        page.getByLabel("What was decided").fill("Launch without a bot check");
        page.getByLabel("Why").fill("Marketing needs every completion in Q3");
        button("Record decision").click();
        assertThat(page.locator(".flash")).containsText("Decision recorded.");
        assertThat(page.locator(".outcomes")).containsText("Launch without a bot check");
        assertThat(page.locator(".outcomes")).containsText("Marketing needs every completion in Q3");
        screenshot("discovery-session");
    }
}
