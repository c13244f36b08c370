package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A designer closes a routed insight in Design's inbox by choosing the initiative that acts on it: an
 * initiative dropped meanwhile is refused beside the field with what was typed kept; then the closed
 * route names the initiative and links to its page, where the insight now backs it.
 */
class InboxCloseBrowserIT extends BrowserIT {

    private static final String INSIGHT = "Testers cannot find the savings-goal feature";
    private static final String FIX = "Savings goals discoverability fix";

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Locator card() {
        return page.locator(".hits li")
                .filter(new Locator.FilterOptions().setHasText(INSIGHT))
                .first();
    }

    @Test
    void closesARoutedInsightWithTheInitiativeThatActsOnItAndFollowsTheLink() {
        String slug = "inbox-close-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Inbox close\",\"slug\":\"" + slug + "\"}");
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long insight = id(admin().post(
                        base + "/insights",
                        "{\"title\":\"" + INSIGHT
                                + "\",\"body\":\"Usability test.\",\"sourceType\":\"USABILITY_TEST\"}"));
        id(admin().post(
                        base + "/insights/" + insight + "/routes",
                        "{\"team\":" + design + ",\"note\":\"design: can't find savings goals\"}"));
        String initiative = "{\"kind\":\"FEATURE\",\"ownerId\":" + me
                + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\",\"title\":";
        long fix = id(admin().post(
                        base + "/initiatives", initiative + "\"" + FIX + "\",\"proposingTeamId\":" + design + "}"));
        long video = id(admin().post(
                        base + "/initiatives",
                        initiative + "\"Savings goals tutorial video\",\"proposingTeamId\":" + design + "}"));
        id(admin().post(
                        base + "/initiatives",
                        initiative + "\"Re-onboarding e-mail campaign\",\"proposingTeamId\":" + marketing + "}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/inbox?team=" + design);
        Locator acting = card().getByLabel("Acted on by initiative");
        assertThat(acting.locator("optgroup[label=\"Design's initiatives\"] option"))
                .hasText(new String[] {FIX + " (Proposed)", "Savings goals tutorial video (Proposed)"});
        assertThat(acting.locator("optgroup[label=\"Other initiatives\"] option"))
                .hasText("Re-onboarding e-mail campaign (Proposed)");
        List<String> blocking = seriousViolations();
        Assertions.assertThat(blocking).as("serious accessibility violations").isEmpty();

        // the video is dropped while the page is open: refused beside the field, what was typed kept
        acting.selectOption(new SelectOption().setLabel("Savings goals tutorial video (Proposed)"));
        card().getByLabel("What the team did").fill("Moved savings goals to the home screen");
        Assertions.assertThat(admin().patchAsRead(
                                base + "/initiatives/" + video,
                                base + "/initiatives/" + video + "/status",
                                "{\"status\":\"DROPPED\",\"reason\":\"No budget\"}")
                        .status())
                .isEqualTo(200);
        card().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close " + INSIGHT))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Not closed: “Savings goals tutorial video” was dropped");
        assertThat(card().locator(".field-error")).containsText("was dropped: it acts on nothing");
        assertThat(card().getByLabel("What the team did")).hasValue("Moved savings goals to the home screen");
        assertThat(card().locator(".badge")).hasText("New");
        screenshot("inbox-close-refused");

        // keyboard: the select is reached and chosen without a mouse
        card().getByLabel("Acted on by initiative").focus();
        card().getByLabel("Acted on by initiative").selectOption(new SelectOption().setLabel(FIX + " (Proposed)"));
        page.keyboard().press("Tab");
        assertThat(card().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close " + INSIGHT)))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Closed: " + INSIGHT + ", acted on by " + FIX);
        assertThat(card().locator(".badge")).hasText("Closed");
        assertThat(card())
                .containsText("done: Acted on by initiative “" + FIX + "”: Moved savings goals to the home screen");
        Locator link = card().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(FIX));
        assertThat(link).isVisible();
        assertThat(card().getByLabel("Acted on by initiative")).hasCount(0);
        screenshot("inbox-closed-with-initiative");

        link.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(FIX);
        Assertions.assertThat(page.url()).endsWith("/w/" + slug + "/initiatives/" + fix);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Insights that back it")))
                .containsText(INSIGHT);
    }
}
