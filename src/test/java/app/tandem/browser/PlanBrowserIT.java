package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The plan as a team lead reads it: Budgetly's ranked work with each rank explained, the conflicts
 * with where each is fixed, and the landing page waiting on IT's form endpoint; then, in a workspace
 * of their own, the settings refusing a capacity of 0 beside the field with what was typed kept, a
 * what-if that shows what would move, and two saved plans compared.
 */
class PlanBrowserIT extends BrowserIT {

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Locator row(String title) {
        return page.locator(".plan-table tr").filter(new Locator.FilterOptions().setHasText(title));
    }

    @Test
    void budgetlysPlanExplainsEveryRankAndListsItsConflicts() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Plan").setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Plan");
        assertThat(row("Re-onboarding e-mail campaign").locator(".explanation").first())
                .containsText("Week-1 retention is off track");
        assertThat(row("New landing page")).containsText("Waits on Landing-page form endpoint");
        Locator conflicts = page.locator(".conflict");
        assertThat(conflicts.filter(new Locator.FilterOptions().setHasText("“Premium tier” makes money but hurts")))
                .hasCount(1);
        assertThat(conflicts
                        .filter(new Locator.FilterOptions().setHasText("“Savings-goals discoverability fix”"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Record the IT review")))
                .isVisible();
        // how the model makes a score from its terms is said above the scores
        assertThat(page.locator("code.formula"))
                .hasText("(goal value + user value) × confidence ÷ effort (person-weeks, at least 1)");
        // a score's terms open from the keyboard
        Locator score = row("Re-onboarding e-mail campaign").locator("summary");
        score.focus();
        page.keyboard().press("Enter");
        assertThat(row("Re-onboarding e-mail campaign").locator(".breakdown")).containsText("goal value");
        // user value against business value: a picture with its numbers as a table, the premium tier flagged
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName("User value against business value")))
                .isVisible();
        assertThat(page.locator(".value-picture .flag-ring")).hasCount(1);
        // a legend says what each shape and the ring mean
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("What the shapes say")))
                .containsText("Red ring: monetisation that hurts an important user goal");
        assertThat(page.locator(".value-picture table tr")
                        .filter(new Locator.FilterOptions().setHasText("Premium tier")))
                .containsText("guardrails it touches: “NPS”");
        // planned against committed dates: a row per ranked initiative, committed work dark
        Locator schedule =
                page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Planned against committed dates"));
        assertThat(schedule).isVisible();
        assertThat(schedule.locator(".schedule-row"))
                .hasCount(page.locator(".plan-table tbody tr").count());
        assertThat(schedule.locator(".schedule-row.fixed title")
                        .filter(new Locator.FilterOptions().setHasText("New landing page")))
                .containsText("(committed: it keeps them)");
        screenshot("plan-budgetly");

        page.getByLabel("Scoring model").selectOption("RICE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page.locator("#ranked-title")).containsText("Ranked under RICE");
        assertThat(row("Re-onboarding e-mail campaign").locator(".explanation").first())
                .containsText("reaches");
    }

    @Test
    void settingsWhatIfAndSavedPlansWorkFromThePages() {
        String slug = "plan-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Plan UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long conversions = id(admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow conversions\",\"periodStart\":\"" + today + "\",\"periodEnd\":\""
                                + today.plusYears(1) + "\",\"status\":\"ACTIVE\"}"));
        long support = id(admin().post(
                        base + "/goals",
                        "{\"title\":\"Cut support load\",\"periodStart\":\"" + today + "\",\"periodEnd\":\""
                                + today.plusYears(1) + "\",\"status\":\"ACTIVE\"}"));
        long[] goals = {conversions, support};
        String[] titles = {"Pricing page", "Help centre"};
        for (int i = 0; i < 2; i++) {
            long initiative = id(admin().post(
                            base + "/initiatives",
                            "{\"title\":\"" + titles[i] + "\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + marketing
                                    + ",\"ownerId\":" + me + ",\"startDate\":\"" + today + "\",\"dueDate\":\""
                                    + today.plusDays(7) + "\",\"effort\":[{\"teamId\":" + marketing
                                    + ",\"personWeeks\":1}]}"));
            admin().send("PUT", base + "/initiatives/" + initiative + "/links/goals/" + goals[i], "{}");
        }
        signIn();

        // settings: a capacity of 0 is refused beside the field, with what was typed kept
        page.navigate(baseUrl() + "/w/" + slug + "/plan/settings");
        page.getByLabel("Marketing").fill("0");
        page.getByLabel("Cut support load").selectOption("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
        assertThat(page.locator(".field-error")).containsText("A team's capacity is from 0.1 to 1000");
        assertThat(page.getByLabel("Marketing")).hasValue(Pattern.compile("^0(\\.0)?$"));
        assertThat(page.getByLabel("Cut support load")).hasValue("5");
        screenshot("plan-settings-error");

        // a what-if: the support goal weighing 5 would move the help centre up
        page.navigate(baseUrl() + "/w/" + slug + "/plan/what-if");
        page.getByLabel("Goal", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(support));
        page.getByLabel("New weight (1–5)").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what would move"))
                .click();
        Locator outcome = page.locator(".what-if-outcome");
        assertThat(outcome).containsText("2 initiatives changed rank");
        assertThat(outcome).containsText("Help centre: 2 → 1 (up 1)");
        screenshot("plan-what-if");

        // two saved plans, compared
        page.navigate(baseUrl() + "/w/" + slug + "/plan/snapshots");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan"))
                .click();
        assertThat(page.locator(".field-error")).containsText("Name the saved plan");
        page.getByLabel("Save today's plan as").fill("Before the check-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan"))
                .click();
        assertThat(page.locator(".flash")).containsText("Plan saved as “Before the check-in”.");
        admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":0,\"goalWeights\":[{\"goalId\":" + support + ",\"weight\":5}]}");
        page.getByLabel("Save today's plan as").fill("After the check-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan"))
                .click();
        page.getByLabel("Compare")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Before the check-in"));
        page.getByLabel("with")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("After the check-in"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("How the plan moved");
        assertThat(page.locator(".lead"))
                .hasText("Since “Before the check-in”: 2 initiatives changed rank, no initiatives"
                        + " moved in time, no conflicts appeared, no conflicts went away.");
        screenshot("plan-compare");
    }
}
