package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
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
        // the demo workspace: other tests make workspaces of the same name
        page.locator("details.switcher")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Budgetly").setExact(true))
                .and(page.locator("[href='/w/budgetly']"))
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
        page.getByLabel("This team is IT").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Team " + team + " created.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(team)))
                .isVisible();
        screenshot("teams");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(team)).click();
        assertThat(page.getByText("Nobody is in this team yet.")).isVisible();
        // ticked when it was made: discovery sessions count it as IT, until its page says otherwise
        assertThat(page.getByText("IT team", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This team is not IT"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(team + " is no longer an IT team.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as an IT team")))
                .isVisible();
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
        page.getByLabel("This team is IT").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(page.locator("#team-name-error")).containsText("Give the team a name");
        assertThat(page.getByLabel("Description")).hasValue("kept after the error");
        assertThat(page.getByLabel("This team is IT")).isChecked();
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

    @Test
    void anAdminCreatesAPasswordLinkWithWhichThePersonChoosesAPassword() {
        // "aaron..." sorts before every other account, so the person is on the first page of people
        String email = "aaron.link." + unique() + "@example.com";
        admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email
                                + "\",\"displayName\":\"Aaron Link\",\"password\":\"nobody-knows-this-one\"}");
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("People").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Password link for Aaron Link"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Create a password link for Aaron Link?")))
                .isVisible();
        screenshot("password-link-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create password link"))
                .click();
        assertThat(page.getByText("Password link for Aaron Link created.")).isVisible();
        String link = page.getByLabel("Password link", new Page.GetByLabelOptions().setExact(true))
                .inputValue();
        Assertions.assertThat(link).startsWith(baseUrl() + "/password-links/");
        screenshot("password-link-created");

        page.context().clearCookies();
        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose your password")))
                .isVisible();
        page.getByLabel("New password").fill("aarons-own-password");
        page.getByLabel("The same password again").fill("aarons-0wn-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(page.locator("#repeated-password-error")).containsText("The two passwords differ.");
        screenshot("password-link-choose");
        page.getByLabel("New password").fill("aarons-own-password");
        page.getByLabel("The same password again").fill("aarons-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password is set. Sign in with it.");
        assertThat(page.getByLabel("Email")).hasValue(email);
        page.getByLabel("Password").fill("aarons-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link does not work")))
                .isVisible();
        assertThat(page.getByText("This link was used already")).isVisible();
        screenshot("password-link-used");
    }
}
