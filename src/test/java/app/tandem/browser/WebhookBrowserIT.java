package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.webhook.WebhookReceiver;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workspace admin adds a webhook to a receiver from the workspace's settings, keeps the secret
 * shown once, sends a test event and sees its delivery in the log; then deletes the webhook.
 */
class WebhookBrowserIT extends BrowserIT {

    private WebhookReceiver receiver;
    private String slug;

    @BeforeEach
    void workspaceAndReceiver() {
        // the receiver runs on loopback: the instance admin allows private targets
        assertThat(admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":true}")
                        .status())
                .isEqualTo(200);
        receiver = new WebhookReceiver();
        slug = "hooks-ui-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Hook lab\",\"slug\":\"" + slug + "\"}");
        signIn();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anAdminAddsAWebhookSendsATestEventAndSeesItDeliveredInTheLog() {
        page.navigate(baseUrl() + "/w/" + slug + "/settings");
        main().getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Webhooks").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Webhooks");

        // a wrong URL is refused beside the field, with what was typed kept
        page.getByLabel("URL").fill("ftp://files.example.com/drop");
        button("Add webhook").click();
        assertThat(page.locator("#webhook-url-error")).containsText("http or https");
        assertThat(page.locator("#webhook-events-error")).containsText("at least one event type");
        assertThat(page.getByLabel("URL")).hasValue("ftp://files.example.com/drop");

        page.getByLabel("URL").fill(receiver.url("/tandem"));
        page.getByLabel("An insight was captured").check();
        page.getByLabel("An initiative was committed").check();
        button("Add webhook").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(receiver.url("/tandem"));
        assertThat(page.getByLabel("Signing secret")).hasValue(Pattern.compile("whsec_.+"));
        assertThat(main()).containsText("insight.captured, initiative.committed");
        assertThat(main().getByText("Active", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        button("Send test event").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Test event queued");
        assertThat(page.getByLabel("Signing secret")).hasCount(0);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        Locator delivered =
                main().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("webhook.test"));
        while (delivered.count() == 0 && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(300);
            page.reload();
        }
        assertThat(delivered).hasCount(1);
        assertThat(delivered).containsText("DELIVERED");
        assertThat(delivered).containsText("200");
        assertThat(delivered.getByRole(AriaRole.BUTTON)).hasText("Deliver again");
        assertThat(receiver.received()).hasSize(1);
        // the time as a person reads it, the exact instant in the time element's datetime
        Locator attempted = delivered.locator("time").first();
        assertThat(attempted).hasText(Pattern.compile("^\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}:\\d{2}$"));
        assertThat(attempted).hasAttribute("datetime", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*Z$"));
        screenshot("webhook-delivered");
        assertThat(seriousAxeViolations()).as("axe on the webhook's page").isEmpty();

        // after a rotation, until when the previous secret signs: "8 Dec 2026, 00:11 UTC", no nanoseconds
        button("Rotate secret").click();
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText(Pattern.compile("signs too until \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC\\."));
        Locator until = main().locator("dd").filter(new Locator.FilterOptions().setHasText("Signs too until"));
        assertThat(until)
                .hasText(Pattern.compile("^Signs too until \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC$"));
        assertThat(until.locator("time")).hasAttribute("datetime", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*Z$"));
        assertThat(main()).not().containsText(Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z"));

        // a delivery refused at sending (private targets no longer allowed): its long reason folds away
        assertThat(admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":false}")
                        .status())
                .isEqualTo(200);
        Locator refused;
        try {
            button("Send test event").click();
            refused = main().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("REFUSED"));
            deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (refused.count() == 0 && Instant.now().isBefore(deadline)) {
                page.waitForTimeout(300);
                page.reload();
            }
            assertThat(refused).hasCount(1);
        } finally {
            assertThat(admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":true}")
                            .status())
                    .isEqualTo(200);
        }
        // (refused for good: no next attempt, not even in the moment between its attempt and its end)
        assertThat(refused).not().containsText("Next attempt");
        Locator reason = refused.locator("details");
        assertThat(reason).not().hasAttribute("open", "");
        assertThat(reason.locator("summary")).isVisible();
        // (its 200-character reason written out in the narrow column made one cell of some 20 lines)
        assertThat(refused.boundingBox().height)
                .as("a refused row is not one very tall cell")
                .isLessThan(140);
        // the whole log fits the page at 1280 px: the body and "Deliver again" are in view
        Locator log = main().locator("table.webhook-log");
        assertThat(log.boundingBox().x + log.boundingBox().width)
                .as("the log is no wider than the page")
                .isLessThanOrEqualTo(main().boundingBox().x + main().boundingBox().width + 1);
        Locator refusedAgain = refused.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Deliver ")));
        assertThat(refusedAgain).isVisible();
        assertThat(refusedAgain.boundingBox().x + refusedAgain.boundingBox().width)
                .isLessThanOrEqualTo(1280);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        screenshot("webhook-log-1280");
        reason.locator("summary").click();
        assertThat(reason.locator("p")).containsText("private");
        reason.locator("summary").click();

        // on a phone: a card per attempt, each part named, "Deliver again" in reach, nothing beside the page
        page.setViewportSize(390, 844);
        assertThat(refused.locator("td[data-label='Outcome']")).isVisible();
        assertThat(refused.locator("td[data-label='Response']")).isVisible();
        Locator ok = main().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("DELIVERED"));
        assertThat(ok.locator("td[data-label='Body'] summary")).hasText("2 characters");
        Locator deliverAgain = refusedAgain;
        assertThat(deliverAgain).isVisible();
        assertThat(deliverAgain.boundingBox().x + deliverAgain.boundingBox().width)
                .isLessThanOrEqualTo(390);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        screenshot("webhook-log-390");
        page.setViewportSize(1280, 900);

        // the URL and the events change on the webhook's page; a wrong URL is refused beside the field
        main().getByText("Change the URL or the events").click();
        page.getByLabel("URL").fill("not a url");
        page.getByLabel("An insight was captured").uncheck();
        button("Save webhook").click();
        assertThat(page.locator("#webhook-url-error")).containsText("Give an http or https URL");
        assertThat(page.getByLabel("URL")).hasValue("not a url");
        assertThat(page.getByLabel("An insight was captured")).not().isChecked();
        page.getByLabel("URL").fill(receiver.url("/tandem/v2"));
        button("Save webhook").click();
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText("Saved: it sends initiative.committed to " + receiver.url("/tandem/v2"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(receiver.url("/tandem/v2"));
        screenshot("webhook-changed");

        // a second webhook with the same URL and events would send each event twice: refused beside the URL
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("← Webhooks"))
                .click();
        page.getByLabel("URL").fill(receiver.url("/tandem/v2"));
        page.getByLabel("An initiative was committed").check();
        button("Add webhook").click();
        assertThat(page.locator("#webhook-url-error"))
                .containsText("already sends these events to " + receiver.url("/tandem/v2"));
        assertThat(page.getByLabel("URL")).hasValue(receiver.url("/tandem/v2"));
        assertThat(page.getByLabel("An initiative was committed")).isChecked();
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(receiver.url("/tandem/v2")))
                .click();

        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete this webhook…"))
                .click();
        button("Delete webhook").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("deleted");
        assertThat(main()).containsText("No webhooks yet");
    }

    /** The serious or critical WCAG violations axe finds on the page, as "rule: targets". */
    private List<String> seriousAxeViolations() {
        return seriousViolations("best-practice");
    }

    private Locator main() {
        return page.getByRole(AriaRole.MAIN);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
