package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Two people open the same insight's edit form and both save: the first save is kept, the second
 * person sees that someone else changed it, what their version has, and still has what they typed.
 */
class InsightConcurrentEditBrowserIT extends BrowserIT {

    @Test
    void theSecondSaveOfAStaleFormShowsTheirChangeAndKeepsWhatWasTyped() {
        String base = "/api/v1/workspaces/budgetly/insights";
        Api.Response created = admin().post(
                        base,
                        "{\"title\":\"Users stall on the budget grid " + unique()
                                + "\",\"body\":\"Two of five testers stopped.\",\"sourceType\":\"USABILITY_TEST\"}");
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        String edit =
                baseUrl() + "/w/budgetly/insights/" + created.json().path("id").asLong() + "/edit";
        signIn();

        page.navigate(edit);
        Page first = context.newPage();
        first.navigate(edit);
        first.getByLabel("Title").fill("Testers stall on the budget grid");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save insight"))
                .click();
        assertThat(first.getByRole(AriaRole.STATUS)).containsText("Insight saved");

        page.getByLabel("Title").fill("New users stall on the budget grid");
        page.getByLabel("What we learned").fill("Three of five testers stopped at the grid.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save insight"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Someone else changed this insight since you opened it.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Testers stall on the budget grid");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Two of five testers stopped.");
        assertThat(page.getByLabel("Title")).hasValue("New users stall on the budget grid");
        assertThat(page.getByLabel("What we learned")).hasValue("Three of five testers stopped at the grid.");
        screenshot("insight-stale-edit");
        Assertions.assertThat(seriousViolations())
                .as("the notice of a stale edit passes axe")
                .isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open their version"))
                .click();
        assertThat(page.getByLabel("Title")).hasValue("Testers stall on the budget grid");
        Assertions.assertThat(admin().get(base + "/" + created.json().path("id").asLong())
                        .json()
                        .path("title")
                        .asString())
                .as("the first save is what is stored")
                .isEqualTo("Testers stall on the budget grid");
    }
}
