package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The foundation as a person uses it, in a real Chromium. */
class FoundationBrowserIT extends BrowserIT {

    @Test
    void aWrongPasswordShowsAnErrorAndKeepsTheEmail() {
        signIn(ADMIN_EMAIL, "definitely-wrong");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong email or password");
        assertThat(page.getByLabel("Email")).hasValue(ADMIN_EMAIL);
        screenshot("login-error");
    }

    @Test
    void signsInSwitchesWorkspaceCreatesATeamAndAddsAMember() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Budgetly").setLevel(1)))
                .isVisible();

        String name = "Field Research " + unique();
        page.locator("details.switcher summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All workspaces…"))
                .click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is ready");

        page.locator("details.switcher summary").click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Budgetly").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Budgetly").setLevel(1)))
                .isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Teams").setExact(true))
                .click();
        String team = "Product " + unique();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(team);
        page.getByLabel("Description").fill("Roadmap and discovery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Team " + team + " created.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(team)))
                .isVisible();
        screenshot("teams");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(team)).click();
        assertThat(page.getByText("Nobody is in this team yet.")).isVisible();
        page.getByLabel("Member").selectOption(new SelectOption().setLabel("Maya Ortiz (maya@budgetly.example)"));
        page.getByLabel("Leads the work").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to team"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Maya Ortiz").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Leads").setExact(true)))
                .isVisible();
        screenshot("team");
    }

    @Test
    void aTeamNeedsANameAndTheFormSaysSoBesideTheField() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate(baseUrl() + "/w/budgetly/teams");
        page.getByLabel("Description").fill("kept after the error");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(page.locator("#team-name-error")).containsText("Give the team a name");
        assertThat(page.getByLabel("Description")).hasValue("kept after the error");
    }

    @Test
    void createsAnApiTokenShownOnceAndRevokesIt() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens"))
                .click();
        String tokenName = "Import script " + unique();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(tokenName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        assertThat(page.getByText("it is shown only this once")).isVisible();
        String secret = page.getByLabel("Your new token").inputValue();
        Assertions.assertThat(secret).startsWith("tdm_");
        Assertions.assertThat(new Api(baseUrl(), secret).get("/api/v1/me").status())
                .isEqualTo(200);
        screenshot("token-created");

        page.reload();
        assertThat(page.getByText("it is shown only this once")).isHidden();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke " + tokenName))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is revoked");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(tokenName)))
                .isHidden();
        Assertions.assertThat(new Api(baseUrl(), secret).get("/api/v1/me").status())
                .isEqualTo(401);
    }
}
