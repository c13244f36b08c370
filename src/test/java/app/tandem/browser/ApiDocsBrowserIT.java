package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A person who made an API token finds the API docs from the tokens page, authorizes the Swagger UI
 * with the token and tries a call, in a real Chromium.
 */
class ApiDocsBrowserIT extends BrowserIT {

    @Test
    void theTokensPageLeadsToApiDocsThatTakeTheTokenAndTryACall() {
        // the document is built on its first read, which takes a while on a busy machine
        admin().get("/v3/api-docs");
        signIn();
        page.navigate(baseUrl() + "/account/tokens");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("API docs").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tandem API")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Authorize").setExact(true))
                .click();
        // the Swagger UI's own dialog, which has no dialog role
        Locator dialog = page.locator(".modal-ux");
        assertThat(dialog).containsText("bearerAuth");
        dialog.getByRole(AriaRole.TEXTBOX).fill(ADMIN_TOKEN);
        // the Swagger UI names its buttons by aria-label: Authorize is "Apply credentials"
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply credentials"))
                .click();
        assertThat(dialog).containsText("Authorized");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .first()
                .click();

        Locator getMe = page.locator("#operations-Me-getMe");
        getMe.getByRole(AriaRole.BUTTON).first().click();
        getMe.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try it out"))
                .click();
        getMe.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Execute"))
                .click();
        assertThat(getMe.locator(".live-responses-table")).containsText(ADMIN_EMAIL);
        assertThat(getMe).containsText("application/problem+json");
        page.setViewportSize(1280, 900);
        getMe.scrollIntoViewIfNeeded();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "api-docs.png")));
    }
}
