package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The alignment dashboard on the demo workspace, as a person reads it before the check-in: Budgetly's
 * goal tree down to the initiatives per team, each team's alignment score explained, the at-risk
 * hand-off and the open plan conflicts, narrowed to one team from the keyboard, and the printable
 * version.
 */
class DashboardBrowserIT extends BrowserIT {

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void showsBudgetlysGoalTreeScoresRisksAndConflicts() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboard"))
                .click();
        assertThat(heading("Dashboard")).isVisible();

        Locator tree = page.locator(".goal-tree-list");
        assertThat(tree.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Grow trial-to-paid conversions")))
                .isVisible();
        assertThat(tree.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Trial-to-paid conversion"))
                        .first())
                .isVisible();
        Locator userGoal = tree.locator(".tree-user-goals > li")
                .filter(new Locator.FilterOptions().setHasText("Explain money words in plain language"))
                .first()
                .locator("details");
        assertThat(userGoal.locator(".tree-initiatives a").first()).isHidden();
        userGoal.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(userGoal.locator(".tree-initiatives a").first()).isVisible();

        Locator scores = page.locator(".alignment");
        for (String team : new String[] {"Design", "IT", "Marketing", "Sales", "Support"}) {
            assertThat(scores.filter(new Locator.FilterOptions().setHasText(team))
                            .first())
                    .isVisible();
        }
        assertThat(scores.filter(new Locator.FilterOptions().setHasText("Design"))
                        .locator(".explanation"))
                .containsText("of Design's");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Alignment scores")))
                .containsText("At the last check-ins");

        Locator risks = page.locator(".risks");
        assertThat(risks.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("Open plan conflicts \\([1-9]"))))
                .isVisible();
        assertThat(risks).containsText("Committed without an IT review");
        Locator atRisk = risks.locator("li").filter(new Locator.FilterOptions().setHasText("at risk"));
        assertThat(atRisk.first()).containsText("In-app guidance for new budgeters");
        assertThat(atRisk.first()).containsText("Re-onboarding e-mail campaign");
        assertThat(heading("Roadmap: this quarter and the next two")).isVisible();
        // the participation matrix, coloured as the heat map is: a cell per pair of teams (other tests
        // add teams to Budgetly), each team's own work marked
        Locator matrix = page.locator(".participation-table");
        // (the page arrives in parts, and the matrix is near its end: wait for its fifth row before
        // counting them, as count() does not wait; in one CI run it counted while the page was arriving)
        assertThat(matrix.locator("tbody tr").nth(4)).isAttached();
        int teams = matrix.locator("tbody tr").count();
        org.assertj.core.api.Assertions.assertThat(teams).isGreaterThanOrEqualTo(5);
        assertThat(matrix.locator("td.heat-self")).hasCount(teams);
        assertThat(matrix.locator("td.heat-cell")).hasCount(teams * teams);
        assertThat(matrix.locator("td:is(.heat-1, .heat-2, .heat-3, .heat-4)").first())
                .isVisible();
        matrix.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "dashboard-participation.png")));
        screenshot("dashboard-budgetly");

        page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Design"));
        page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*team=\\d+.*"));
        assertThat(page.locator(".alignment")).hasCount(1);
        assertThat(page.locator(".alignment h3")).hasText("Design");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable version"))
                .click();
        assertThat(page.locator(".dashboard.printable")).isVisible();
        assertThat(page.locator(".filter-form")).isHidden();
        screenshot("dashboard-printable");
    }
}
