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
 * A feature's IT review and information-design checklist as a team lead uses them: committing it
 * without an IT review asks first (going back to record it, then committing anyway), the skip is
 * shown on the page and in the history, the review recorded after a refused try with the typed text
 * kept, and two of the five design steps answered in place, one tied to a user goal.
 */
class InitiativeReviewBrowserIT extends BrowserIT {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** No serious or critical accessibility violation on the page as it is now. */
    private void accessible() {
        scriptsLoaded();
        List<String> blocking = seriousViolations("best-practice");
        Assertions.assertThat(blocking).as(page.url()).isEmpty();
    }

    private String slug;

    /** A workspace with a Design team, Jess and her user goal, and the feature "Savings goals" in discovery. */
    private long featureInDiscovery() {
        slug = "reviews-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Reviews UI\",\"slug\":\"" + slug + "\"}");
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long persona = id(admin().post(
                        base + "/personas",
                        "{\"name\":\"Jess\",\"kind\":\"TEAM\",\"teamId\":" + design + ",\"summary\":\"Gig worker\","
                                + "\"demographics\":[],\"motivations\":[],\"frustrations\":[],\"goals\":[]}"));
        id(admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me save without thinking about it\",\"importance\":5}"));
        long feature = id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Savings goals\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + design
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-02-01\",\"dueDate\":\"2027-04-30\"}"));
        admin().patchAsRead(
                        base + "/initiatives/" + feature,
                        base + "/initiatives/" + feature + "/status",
                        "{\"status\":\"DISCOVERY\"}");
        return feature;
    }

    @Test
    void commitsAFeatureWithoutAnItReviewThenRecordsItAndAnswersTwoDesignSteps() {
        long feature = featureInDiscovery();
        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/" + feature);
        Locator review = page.locator("#it-review");
        assertThat(review).containsText("No IT review yet.");
        assertThat(page.locator("#information-design")).containsText("0 of 5 steps done");

        // committing asks first; going back to record the review leaves it in discovery
        button("Commit to it").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Commit Savings goals?");
        assertThat(page.getByText(
                        "This feature has no IT review. Commit it anyway? The plan will list it as a conflict."))
                .isVisible();
        screenshot("initiative-commit-question");
        accessible();
        link("Record the IT review first").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("In discovery");

        button("Commit to it").click();
        button("Commit without IT review").click();
        assertThat(page.locator(".flash")).containsText("Savings goals is committed now, without an IT review");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Committed");
        assertThat(page.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions().setName("Every status change: who, when, from, to and why")))
                .containsText("Committed without an IT review.");
        assertThat(review.locator(".health.off-track")).hasText("Committed without an IT review");

        // the review: refused without a readiness, the typed text kept; then recorded as needing work
        scriptsLoaded();
        page.getByLabel("Technical requirements").fill("A goals table and a nightly job");
        button("Record IT review").click();
        assertThat(review.getByText("Say how ready the infrastructure is: ready, needs work or blocked."))
                .isVisible();
        assertThat(page.getByLabel("Infrastructure readiness")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Technical requirements")).hasValue("A goals table and a nightly job");
        page.getByLabel("Infrastructure readiness").selectOption(new SelectOption().setLabel("Needs work"));
        page.getByLabel("Hosting needs").fill("None beyond the app");
        button("Record IT review").click();
        assertThat(review.locator(".flash")).hasText("IT review recorded (infrastructure: needs work).");
        Locator readiness = review.locator(".facts .health");
        assertThat(readiness).hasText("Needs work");
        assertThat(readiness).hasClass("health at-risk");
        assertThat(review.locator(".facts")).containsText("A goals table and a nightly job");
        assertThat(review).not().containsText("No IT review yet.");
        assertThat(button("Replace IT review")).isVisible();

        // two design steps, answered in place
        Locator checklist = page.locator("#information-design");
        page.getByLabel("Answer to define the problem").fill("Testers cannot find the savings goals");
        page.getByLabel("User goal it serves (define the problem)")
                .selectOption(new SelectOption().setLabel("Help me save without thinking about it (Jess)"));
        button("Save define the problem").click();
        assertThat(checklist).containsText("1 of 5 steps done");
        page.getByLabel("Answer to define the data").fill("Income and bills, week by week");
        button("Save define the data").click();
        assertThat(checklist).containsText("2 of 5 steps done");
        assertThat(checklist.locator("#step-PROBLEM .health")).hasText("Done");
        assertThat(checklist.locator("#step-DIMENSIONS .health")).hasText("To do");

        page.reload();
        assertThat(page.locator("#information-design")).containsText("2 of 5 steps done");
        assertThat(page.getByLabel("User goal it serves (define the problem)").locator("option:checked"))
                .hasText("Help me save without thinking about it (Jess)");
        assertThat(page.locator("#it-review .facts .health")).hasText("Needs work");
        screenshot("initiative-reviews");
        accessible();

        // deleting the review asks first (dismissed: it stays); done, the page opens at the review's
        // section, below the panel that loads after the page, and says so there
        String[] asked = {null};
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
        });
        button("Delete IT review").click();
        assertThat(button("Replace IT review")).isVisible();
        org.assertj.core.api.Assertions.assertThat(asked[0]).startsWith("Delete this IT review?");
        page.onceDialog(com.microsoft.playwright.Dialog::accept);
        button("Delete IT review").click();
        assertThat(page.locator("#it-review")).containsText("No IT review yet.");
        assertThat(page.locator(".flash")).hasText("The IT review is deleted.");
        assertThat(page.locator(".flash")).isInViewport();
        assertThat(page.locator("#it-review h2")).isInViewport();
        screenshot("initiative-it-review-deleted");
    }

    @Test
    void withoutJavaScriptARefusedSaveShowsTheSectionAloneWithWhatWasTyped() {
        long feature = featureInDiscovery();
        context.close();
        context = browser.newContext(contextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/" + feature);

        String tooLong = "w".repeat(1001);
        page.getByLabel("Answer to define the interaction").fill(tooLong);
        button("Save define the interaction").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Savings goals");
        assertThat(page.getByText("An answer has at most 1000 characters.")).isVisible();
        assertThat(page.getByLabel("Answer to define the interaction")).hasValue(tooLong);
        assertThat(page.getByLabel("Answer to define the interaction")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#it-review")).hasCount(0);

        page.getByLabel("Answer to define the interaction").fill("Tap a goal, then drag to save");
        button("Save define the interaction").click();
        assertThat(page.locator(".flash")).hasText("“Define the interaction” saved: 1 of 5 steps done.");
        assertThat(page.locator("#information-design")).containsText("1 of 5 steps done");

        page.getByLabel("Note").fill("Ask about the scheduler");
        button("Record IT review").click();
        assertThat(page.getByText("Say how ready the infrastructure is: ready, needs work or blocked."))
                .isVisible();
        assertThat(page.getByLabel("Note")).hasValue("Ask about the scheduler");
        assertThat(page.locator("#information-design")).hasCount(0);
        page.getByLabel("Infrastructure readiness").selectOption(new SelectOption().setLabel("Blocked"));
        button("Record IT review").click();
        assertThat(page.locator(".flash")).hasText("IT review recorded (infrastructure: blocked).");
        assertThat(page.locator("#it-review .facts .health")).hasClass("health off-track");
        screenshot("initiative-reviews-no-js");
    }
}
