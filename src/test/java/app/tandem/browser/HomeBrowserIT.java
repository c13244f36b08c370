package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The home page of the demo workspace as Maya Ortiz sees it: the action item she was given at the
 * last check-in, now overdue, comes first in "What needs me", marked overdue in words; what changed
 * since her last visit says from when it counts; the next check-in is there to open.
 */
class HomeBrowserIT extends BrowserIT {

    private static final String OVERDUE = "Share the week-1 retention numbers per onboarding e-mail with Design";

    /** Gives the demo's Maya Ortiz a password of her own, as an admin would with a password link. */
    private void signInAsMaya() {
        JsonNode maya = admin().get("/api/v1/workspaces/budgetly/members?size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(m -> m.path("email").asString().equals("maya@budgetly.example"))
                .findFirst()
                .orElseThrow();
        String link = admin().post("/api/v1/users/" + maya.path("userId").asLong() + "/password-links", "")
                .json()
                .path("url")
                .asString();
        Assertions.assertThat(link).contains("/password-links/");
        page.navigate(link);
        page.getByLabel("New password").fill("mayas-own-password");
        page.getByLabel("The same password again").fill("mayas-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password is set");
        signIn("maya@budgetly.example", "mayas-own-password");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void mayasOverdueActionItemComesFirstOnHerHomePage() {
        signInAsMaya();
        page.navigate(baseUrl() + "/w/budgetly");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Budgetly");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Home")))
                .hasAttribute("aria-current", "page");

        Locator needsMe = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What needs me"));
        Locator first = needsMe.getByRole(AriaRole.LISTITEM).first();
        assertThat(first).containsText("Overdue");
        assertThat(first.getByRole(AriaRole.LINK)).hasText(OVERDUE);

        Locator changed =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("What changed")));
        assertThat(changed).containsText("UTC");
        Locator next = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Next check-in"));
        assertThat(next.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Monthly check-in")))
                .isVisible();
        screenshot("home-maya");

        first.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile(".*/w/budgetly/check-ins/\\d+#action-item-\\d+"));
        assertThat(page.getByText(OVERDUE).first()).isVisible();

        // the next check-in, once opened, brings its agenda to home
        page.navigate(baseUrl() + "/w/budgetly");
        next.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Monthly check-in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Monthly check-in");
        page.navigate(baseUrl() + "/w/budgetly");
        assertThat(next.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Agenda so far")))
                .isVisible();
        assertThat(next.getByRole(AriaRole.LISTITEM).first().getByRole(AriaRole.LINK))
                .isVisible();
        screenshot("home-maya-agenda");
    }
}
