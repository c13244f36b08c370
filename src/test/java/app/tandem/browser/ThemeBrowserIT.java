package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grouping insights into themes and reshaping them as a person does, in a real Chromium. */
class ThemeBrowserIT extends BrowserIT {

    private String slug;

    @BeforeEach
    void workspaceWithInsights() {
        slug = "themes-ui-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Theme lab\",\"slug\":\"" + slug + "\"}");
        capture("Users drop off after the second onboarding email", 4200, "onboarding", "email");
        capture("Second onboarding email loses trial users", 300, "onboarding", "email");
        capture("Few users open the second onboarding email", 50, "onboarding", "email");
        capture("Onboarding email two lands at 7am on Monday", 900, "onboarding", "email");
        capture("Testers cannot find the savings goal feature", 8, "savings-goals");
        capture("Savings goal feature is hidden in the profile menu", 12, "savings-goals");
        capture("Dark mode requests", 35, "dark-mode");
        signIn();
    }

    private void capture(String title, int reach, String... tags) {
        String tagList = String.join("\",\"", tags);
        admin().post(
                        "/api/v1/workspaces/" + slug + "/insights",
                        "{\"title\":\"" + title + "\",\"sourceType\":\"SURVEY\",\"reach\":" + reach + ",\"tags\":[\""
                                + tagList + "\"]}");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void groupsOpensRenamesSplitsAndMergesBack() {
        page.navigate(baseUrl() + "/w/" + slug);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Themes"))
                .click();
        assertThat(page.getByText("No themes yet")).isVisible();
        scriptsLoaded();
        button("Group similar insights").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Grouped 6 of 7 insights: 2 new themes");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("5,450 users");
        screenshot("themes");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Email").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Email").setExact(true)))
                .isVisible();
        assertThat(page.getByText("4 insights · total reach 5,450 users")).isVisible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("");
        button("Rename").click();
        assertThat(page.locator("#theme-name-error")).containsText("Give the theme a name");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Email two loses users");
        button("Rename").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Theme renamed to 'Email two loses users'");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Email two loses users")))
                .isVisible();

        // someone else renames it meanwhile: this rename is refused above the form, the name typed kept
        String themePage = page.url();
        String themeApi = "/api/v1/workspaces/" + slug + "/themes" + themePage.substring(themePage.lastIndexOf('/'));
        org.assertj.core.api.Assertions.assertThat(
                        admin().patchAsRead(themeApi, themeApi, "{\"name\":\"Email two loses users\"}")
                                .status())
                .isEqualTo(200);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Second email");
        button("Rename").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Someone else changed this theme");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Second email");
        screenshot("theme-rename-conflict");
        page.navigate(themePage);

        page.getByLabel("New theme name").fill("Open rates");
        button("Split into new theme").click();
        assertThat(page.locator("#split-insights-error")).containsText("Tick the insights that move to the new theme");
        assertThat(page.getByLabel("New theme name")).hasValue("Open rates");
        page.getByLabel("Few users open the second onboarding email", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Onboarding email two lands at 7am on Monday", new Page.GetByLabelOptions().setExact(true))
                .check();
        button("Split into new theme").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 insights moved to the new theme 'Open rates'");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open rates")))
                .isVisible();
        assertThat(page.getByText("2 insights · total reach 950 users")).isVisible();
        screenshot("theme-split");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Themes").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Email two loses users"))
                .click();
        page.getByLabel("Merge into this theme").selectOption(new SelectOption().setLabel("Open rates"));
        button("Merge").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("'Open rates' is merged into 'Email two loses users': it holds 4 insights now.");
        assertThat(page.getByText("4 insights · total reach 5,450 users")).isVisible();
        assertThat(page.getByLabel("Merge into this theme").locator("option"))
                .containsText(new String[] {"Choose a theme…", "Savings goals"});

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Few users open the second onboarding email"))
                .click();
        assertThat(page.locator(".facts")).containsText("Email two loses users");
        screenshot("theme-merged");
    }

    @Test
    void newInsightsLikeAnExistingThemeJoinItOnTheNextRun() {
        page.navigate(baseUrl() + "/w/" + slug + "/themes");
        scriptsLoaded();
        button("Group similar insights").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 new themes");
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Savings goals"))
                .click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                .fill("Savings goals: hard to find, motivating once found");
        button("Rename").click();
        assertThat(page.getByText("2 insights · total reach 20 users")).isVisible();

        capture("Testers look for savings goals under Budget", 3, "savings-goals");
        capture("Savings goal progress keeps users coming back", 4, "savings-goals");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Themes").setExact(true))
                .first()
                .click();
        scriptsLoaded();
        button("Group similar insights").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Grouped 2 of 2 insights: 0 new themes, 1 existing theme grew.");
        page.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Savings goals: hard to find, motivating once found"))
                .click();
        assertThat(page.getByText("4 insights · total reach 27 users")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Testers look for savings goals under Budget")))
                .isVisible();
        screenshot("theme-grew");
    }
}
