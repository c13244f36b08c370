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

/**
 * A cross-team review as the people in it use it: a designer asks for a review (a mistake first, then
 * right), invites a marketer, who is marked as from another team; the marketer tries to block without
 * saying why, then says why; the block stands out on the review's page; and the participation page
 * counts Marketing in Design's work.
 */
class ReviewBrowserIT extends BrowserIT {

    private static final String PASSWORD = "long-enough-password";

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

    /** A member of the workspace in a team, who can sign in; answers their email. */
    private String member(String base, String name, long team) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@example.com";
        long user = id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"password\":\"" + PASSWORD
                                + "\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");
        admin().post(base + "/teams/" + team + "/members", "{\"userId\":" + user + ",\"involvement\":\"EXECUTES\"}");
        return email;
    }

    private void signInAs(String email) {
        context.clearCookies();
        signIn(email, PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void aDesignerInvitesAMarketerWhoBlocksWithAReasonAndTheMatrixCountsIt() {
        String slug = "reviews-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Reviews UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        String aiko = member(base, "Aiko Tanaka", design);
        String jonas = member(base, "Jonas Berg", marketing);

        signInAs(aiko);
        page.navigate(baseUrl() + "/w/" + slug);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reviews"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Reviews");
        assertThat(page.locator(".empty")).containsText("No reviews yet.");

        link("Ask for a review").click();
        page.getByLabel("What is reviewed").fill("Savings goals on the home screen");
        page.getByLabel("Kind").selectOption("DESIGN_REVIEW");
        page.getByLabel("Link").fill("figma board");
        button("Ask for review").click();
        assertThat(page.getByText("Choose the team whose work it is.")).isVisible();
        assertThat(page.getByLabel("Whose work")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("A link is a web address starting with https:// or http://."))
                .isVisible();
        assertThat(page.getByLabel("What is reviewed")).hasValue("Savings goals on the home screen");
        assertThat(page.getByLabel("Kind").locator("option:checked")).hasText("Design review");
        screenshot("review-form-errors");

        page.getByLabel("Whose work").selectOption(new SelectOption().setLabel("Design"));
        page.getByLabel("Link").fill("https://figma.example/savings");
        button("Ask for review").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Savings goals on the home screen");
        String reviewUrl = page.url();

        page.getByLabel("Reviewer").selectOption(new SelectOption().setLabel("Jonas Berg (Marketing)"));
        button("Invite").click();
        assertThat(page.locator(".flash")).containsText("Jonas Berg is invited to review it.");
        Locator reviewers = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("The reviewers, their teams and their verdicts"));
        assertThat(reviewers.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Jonas Berg")))
                .containsText("From another team");
        assertThat(reviewers).containsText("Marketing");
        assertThat(reviewers).containsText("Not given yet");
        // only the invited give a verdict: the designer has no verdict form
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your verdict")))
                .hasCount(0);

        link("Edit").click();
        assertThat(page.getByLabel("What is reviewed")).hasValue("Savings goals on the home screen");
        page.getByLabel("What is reviewed").fill("");
        button("Save review").click();
        assertThat(page.getByText("Say what is reviewed.")).isVisible();
        assertThat(page.getByLabel("Link")).hasValue("https://figma.example/savings");
        page.getByLabel("What is reviewed").fill("Savings goals on the home screen");
        page.getByLabel("Due").fill("2027-03-01");
        button("Save review").click();
        assertThat(page.locator(".flash"))
                .containsText("The review \u201cSavings goals on the home screen\u201d is saved.");
        assertThat(page.locator(".facts")).containsText("1 Mar 2027");

        signInAs(jonas);
        page.navigate(reviewUrl);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Block"))
                .check();
        button("Give verdict").click();
        assertThat(page.getByText("Say why you block it, so the team knows what must change."))
                .isVisible();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Block")))
                .isChecked();
        page.getByLabel("Why").fill("The card says \"allocate surplus\"; our e-mails say \"put a little aside\".");
        button("Give verdict").click();
        assertThat(page.locator(".flash")).containsText("Your verdict is saved: block.");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Blocked by a reviewer")))
                .containsText("Jonas Berg: The card says \"allocate surplus\"");
        page.getByLabel("Comment").fill("Happy to pair on the words.\n<b>not bold</b>");
        button("Comment").click();
        assertThat(page.getByText("<b>not bold</b>", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("review-page");

        // taking a reviewer off would lose their verdict: the page asks first, and a "no" keeps them
        java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.dismiss();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take Jonas Berg off the review"))
                .click();
        org.assertj.core.api.Assertions.assertThat(asked.get())
                .isEqualTo("Take Jonas Berg off the review? Their verdict (Block) and its reason go with them.");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Blocked by a reviewer")))
                .containsText("Jonas Berg");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Participation"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName("Participation between teams, last 90 days")))
                .isVisible();
        Locator numbers = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Occasions per team")));
        assertThat(numbers.getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText("own work"))
                        .first())
                .containsText("Design");
        assertThat(numbers.getByRole(AriaRole.ROW).nth(1)).containsText("1 (1 review)");
        assertThat(numbers.getByRole(AriaRole.ROW).nth(2)).containsText("Marketing");
        assertThat(numbers.getByRole(AriaRole.ROW).nth(2)).containsText("0");
        assertThat(page.locator(".participation-walls")).containsText("No walls");
        screenshot("participation");

        link("Last 30 days").click();
        assertThat(link("Last 30 days")).hasAttribute("aria-current", "page");
        assertThat(numbers.getByRole(AriaRole.ROW).nth(1)).containsText("1 (1 review)");
    }
}
