package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The demo's pages and forms on a phone (390 × 844): no page scrolls sideways (a wide table or
 * picture scrolls in its own frame), and tables keep their words whole.
 */
class PhoneBrowserIT extends BrowserIT {

    private static final int WIDTH = 390;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(WIDTH, 844);
    }

    @Test
    void noPageOfTheDemoIsWiderThanThePhone() {
        signIn();
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of(
                "",
                "/plan",
                "/insights",
                "/themes",
                "/inbox",
                "/initiatives",
                "/goals",
                "/dashboard",
                "/personas",
                "/user-goals",
                "/journeys",
                "/check-ins",
                "/discovery",
                "/reviews",
                "/participation",
                "/teams",
                "/members",
                "/settings",
                "/initiatives/new",
                "/insights/new",
                "/goals/new",
                "/kpis/new",
                "/personas/new",
                "/personas/shared/new",
                "/discovery/new",
                "/reviews/new",
                "/check-ins/cadences/new")) {
            page.navigate(baseUrl() + "/w/budgetly" + path);
            assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
            softly.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("the width of /w/budgetly%s", path)
                    .isLessThanOrEqualTo(WIDTH);
        }
        softly.assertAll();
    }

    @Test
    void theMembersTableScrollsSidewaysRatherThanCutItsWords() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/members");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("jonas@budgetly.example");

        Assertions.assertThat(linesOf("jonas@budgetly.example"))
                .as("an email on one line")
                .isEqualTo(1);
        Assertions.assertThat(linesOf("Marketing"))
                .as("a team's name on one line")
                .isEqualTo(1);
        Assertions.assertThat((Boolean) page.evaluate("() => { const t = document.querySelector('main table');"
                        + " return t.scrollWidth > t.clientWidth; }"))
                .as("the table scrolls sideways")
                .isTrue();
        Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the page does not")
                .isLessThanOrEqualTo(WIDTH);
        screenshot("members-phone");
    }

    /** How many lines the first table cell whose whole text is {@code text} takes. */
    private int linesOf(String text) {
        return (Integer) page.evaluate(
                "text => { const cell = [...document.querySelectorAll('main td')]"
                        + ".find(c => c.textContent.trim() === text);"
                        + " const range = document.createRange(); range.selectNodeContents(cell);"
                        + " return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }",
                text);
    }
}
