package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import app.tandem.meeting.CadenceInput;
import app.tandem.meeting.CheckIns;
import app.tandem.meeting.Frequency;
import app.tandem.meeting.rules.CadenceDates;
import app.tandem.support.DayWords;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A check-in as a team runs it: setting up monthly check-ins (a mistake first), opening the next one
 * with its agenda generated, adding and reordering items, recording who attended, a decision that
 * re-prioritised an initiative and an action item (refused without an owner first), and reading the
 * minutes.
 */
class CheckInBrowserIT extends BrowserIT {

    @Autowired
    CheckIns checkIns;

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void changesACadencesRhythmFromItsFormAndAPastStartIsRefusedBesideTheDate() {
        String slug = "cadence-ui-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Cadence UI\",\"slug\":\"" + slug + "\"}");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // begun before today, as the demo's (people start theirs today or later), with the check-in just held
        checkIns.createCadenceHeldBefore(
                slug,
                admin().get("/api/v1/me").json().path("id").asLong(),
                new CadenceInput(
                        "Monthly check-in",
                        null,
                        Frequency.MONTHLY,
                        today.minusDays(20),
                        LocalTime.of(10, 0),
                        60,
                        null,
                        null));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/check-ins");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Monthly check-in"))
                .click();
        label("How often").selectOption(new SelectOption().setLabel("Every two weeks"));
        label("First check-in of this rhythm").fill(today.minusDays(1).toString());
        button("Save check-ins").click();

        assertThat(page.locator("#k-first-error")).containsText("today or later");
        assertThat(label("How often")).hasValue("EVERY_TWO_WEEKS");
        assertThat(label("First check-in of this rhythm"))
                .hasValue(today.minusDays(1).toString());
        screenshot("cadence-rhythm-refused");

        label("First check-in of this rhythm").fill(today.plusDays(3).toString());
        button("Save check-ins").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Monthly check-in saved: the new dates are listed");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("old rhythm's dates to come are cancelled");
        assertThat(page.locator("ul.cadences")).containsText("Every two weeks from");
        // the dates the new rhythm replaced are not listed: only the held one and the new ones
        assertThat(page.getByRole(AriaRole.MAIN).getByText("Cancelled", new Locator.GetByTextOptions().setExact(true)))
                .hasCount(0);
        String firstNew = today.plusDays(3).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monthly check-in, " + firstNew)))
                .isVisible();
        screenshot("cadence-rhythm-changed");
    }

    @Test
    void runsACheckInFromItsAgendaToADecisionAndAnActionItem() {
        String slug = "check-in-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Check-in UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        String email = "maya." + unique() + "@example.com";
        id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email
                                + "\",\"displayName\":\"Maya Ortiz\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");
        String viewer = "vic." + unique() + "@example.com";
        id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + viewer
                                + "\",\"displayName\":\"Vic Viewer\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + viewer + "\",\"role\":\"VIEWER\"}");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Rewrite onboarding e-mail #2\",\"kind\":\"CONTENT\",\"proposingTeamId\":"
                                + marketing + ",\"ownerId\":" + me
                                + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        signIn();
        page.navigate(baseUrl() + "/w/" + slug);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Check-ins"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check-ins");
        assertThat(page.locator(".empty")).containsText("No check-ins yet.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up regular check-ins"))
                .click();

        label("How often").selectOption("MONTHLY");
        label("First check-in").fill(today.minusDays(10).toString());
        label("Minutes").fill("0");
        label("Place a room or a meeting link; optional").fill("Room 2");
        button("Set up check-ins").click();
        assertThat(page.getByText("It must last at least a minute; 0 would end before it starts."))
                .isVisible();
        assertThat(label("Minutes")).hasAttribute("aria-invalid", "true");
        // a first check-in that has passed would be listed as held, though it never took place
        assertThat(page.locator("#k-first-error")).containsText("The first check-in is one to come");
        assertThat(label("Place a room or a meeting link; optional")).hasValue("Room 2");
        LocalDate next = CadenceDates.weekdayFrom(today.plusDays(3));
        label("First check-in").fill(next.toString());
        label("Minutes").fill("45");
        button("Set up check-ins").click();
        assertThat(page.locator(".flash")).containsText("Monthly check-in set up");
        Locator rows = page.locator("tbody tr");
        assertThat(rows).hasCount(CadenceDates.AHEAD);
        assertThat(rows.first()).containsText("Scheduled");

        rows.first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Monthly check-in");
        assertThat(page.locator(".facts")).containsText("10:00–10:45 UTC");
        // generated on first open, for the period before it
        assertThat(page.locator("#agenda")).containsText("changed since");

        Locator items = page.locator("ol.agenda > li");
        int generated = items.count();
        label("Item").fill("Onboarding e-mail results");
        button("Add to the agenda").click();
        label("Item").fill("Team news");
        button("Add to the agenda").click();
        assertThat(items).hasCount(generated + 2);
        // the page opens at the new item, and says it was added there, not at its top out of sight
        assertThat(items.last()).isInViewport();
        assertThat(page.locator(".flash")).hasText("Added to the agenda.");
        assertThat(page.locator(".flash")).isInViewport();
        // floating over the page, the message keeps its place in it: the new item does not move up
        // by the message's height, its title out of sight (as it did until December 2026)
        assertThat(page.locator(".flash.toast")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(items.last().boundingBox().y)
                .as("the new item's top, from the top of the window")
                .isGreaterThanOrEqualTo(-1.0);
        screenshot("agenda-item-added");
        // a removal asks first, in its own words: dismissed, the item stays
        String[] asked = {null};
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
        });
        button("Remove “Team news”").click();
        assertThat(items).hasCount(generated + 2);
        org.assertj.core.api.Assertions.assertThat(asked[0]).isEqualTo("Remove “Team news” from the agenda?");
        button("Move “Team news” up").click();
        assertThat(items.nth(generated)).containsText("Team news");
        assertThat(items.last()).containsText("Onboarding e-mail results");
        items.last()
                .getByText("Add notes", new Locator.GetByTextOptions().setExact(true))
                .click();
        label("Notes on “Onboarding e-mail results”").fill("Drop-off halves after the rewrite.");
        button("Save notes on “Onboarding e-mail results”").click();
        assertThat(label("Notes on “Onboarding e-mail results”")).hasValue("Drop-off halves after the rewrite.");

        // a second note-taker saves other notes on the same item; this page still has the notes before
        String checkIn =
                "/api/v1/workspaces/" + slug + "/check-ins/" + page.url().replaceAll(".*/check-ins/(\\d+).*", "$1");
        JsonNode onboarding = admin().get(checkIn + "/agenda")
                .json()
                .path("items")
                .valueStream()
                .filter(i -> i.path("title").asString().equals("Onboarding e-mail results"))
                .findFirst()
                .orElseThrow();
        Api.Response other = admin().patch(
                        checkIn + "/agenda/items/" + onboarding.path("id").asLong(),
                        "{\"notes\":\"Support wants the numbers too.\",\"notesVersion\":"
                                + onboarding.path("notesVersion").asLong() + "}");
        if (other.status() != 200) {
            throw new AssertionError("the other note-taker's save: " + other.text());
        }
        label("Notes on “Onboarding e-mail results”").fill("Drop-off halves after the rewrite; Design agrees.");
        button("Save notes on “Onboarding e-mail results”").click();
        Locator conflict = items.last().locator(".flash.error");
        assertThat(conflict).containsText("Someone else changed the notes on this agenda item");
        assertThat(conflict).containsText("Support wants the numbers too.");
        assertThat(label("Notes on “Onboarding e-mail results”"))
                .hasValue("Drop-off halves after the rewrite; Design agrees.");
        screenshot("check-in-notes-conflict");
        button("Save notes on “Onboarding e-mail results”").click();
        assertThat(page.locator(".flash").first()).containsText("Notes saved.");
        assertThat(label("Notes on “Onboarding e-mail results”"))
                .hasValue("Drop-off halves after the rewrite; Design agrees.");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maya Ortiz"))
                .check();
        button("Save attendance").click();
        assertThat(page.locator(".flash")).containsText("Attendance saved.");
        assertThat(page.locator("#minutes")).containsText("Maya Ortiz");

        label("What was decided").fill("Fix onboarding e-mail #2 before the premium tier");
        label("Why").fill("People leave after the second e-mail.");
        label("What it re-prioritised").fill("The premium tier waits a month.");
        label("Initiatives it concerns").selectOption(new SelectOption().setLabel("Rewrite onboarding e-mail #2"));
        button("Record decision").click();
        Locator decisions = page.locator("ul.decisions");
        assertThat(decisions).containsText("Fix onboarding e-mail #2 before the premium tier");
        assertThat(decisions).containsText("The premium tier waits a month.");
        assertThat(decisions.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rewrite onboarding e-mail #2")))
                .isVisible();

        label("What to do").fill("Send the <b>new</b> e-mail to the test group");
        label("Due optional").fill(next.plusDays(7).toString());
        button("Add action item").click();
        assertThat(page.getByText("Every action item needs an owner: choose a member."))
                .isVisible();
        assertThat(label("Owner")).hasAttribute("aria-invalid", "true");
        // a viewer could not mark it done: not offered as its owner
        Assertions.assertThat(label("Owner").locator("option").allTextContents())
                .contains("Maya Ortiz")
                .doesNotContain("Vic Viewer");
        assertThat(label("What to do")).hasValue("Send the <b>new</b> e-mail to the test group");
        label("Owner").selectOption(new SelectOption().setLabel("Maya Ortiz"));
        button("Add action item").click();
        assertThat(page.locator(".flash")).containsText("Action item for Maya Ortiz recorded");
        Locator actions = page.getByRole(
                AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Action items with their owner, due date and state"));
        assertThat(actions).containsText("Send the <b>new</b> e-mail to the test group");
        assertThat(actions).containsText("Maya Ortiz");
        screenshot("check-in-page");

        // its edit page has the same fields, and its state
        actions.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Edit the action item: Send the <b>new</b> e-mail to the test group"))
                .click();
        assertThat(label("What to do")).hasValue("Send the <b>new</b> e-mail to the test group");
        assertThat(label("Owner").locator("option:checked")).hasText("Maya Ortiz");
        assertThat(label("State")).hasValue("OPEN");
        label("What to do").fill("");
        label("Due optional").fill(next.plusDays(14).toString());
        button("Save action item").click();
        assertThat(label("What to do")).hasAttribute("aria-invalid", "true");
        assertThat(label("Due optional")).hasValue(next.plusDays(14).toString());
        label("What to do").fill("Send the <b>new</b> e-mail to the test group");
        button("Save action item").click();
        assertThat(page.locator(".flash")).containsText("Action item saved.");
        assertThat(actions).containsText(DayWords.of(next.plusDays(14)));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable minutes"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Minutes: Monthly check-in");
        assertThat(page.locator("main")).containsText("Drop-off halves after the rewrite; Design agrees.");
        assertThat(page.locator("main")).containsText("Re-prioritised: The premium tier waits a month.");
        screenshot("check-in-minutes");

        // the owner finds the action item in their own inbox, with its count in the header
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        signIn(email, "long-enough-password");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        Locator myWork = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^My work")));
        assertThat(myWork.locator(".badge")).hasText(Pattern.compile("[1-9]\\d*"));
        myWork.click();
        Locator item = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Send the <b>new</b> e-mail to the test group"));
        assertThat(item).isVisible();
        assertThat(page.locator("main")).containsText("Check-in UI");
        screenshot("my-work-action-item");
        item.click();
        assertThat(page).hasURL(Pattern.compile(".*/w/" + slug + "/check-ins/\\d+.*"));
    }

    @Test
    void theListOfCheckInsFitsItsBoxWithALongPlaceAndTimeZone() {
        String slug = "check-in-list-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Check-in list\",\"slug\":\"" + slug + "\"}");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        id(
                admin().post(
                                "/api/v1/workspaces/" + slug + "/check-ins",
                                "{\"title\":\"Monthly check-in of the whole workspace\",\"frequency\":\"MONTHLY\","
                                        + "\"firstDate\":\"" + CadenceDates.weekdayFrom(today.plusDays(3))
                                        + "\",\"startTime\":\"10:00\",\"durationMinutes\":60,"
                                        + "\"timeZone\":\"America/Argentina/Buenos_Aires\",\"place\":\"Room Tandem, or"
                                        + " https://meet.example.com/budgetly-monthly-check-in-of-the-whole-workspace?pwd=abcdef\"}"));

        signIn();
        for (int width : new int[] {1280, 1024}) {
            page.setViewportSize(width, 900);
            page.navigate(baseUrl() + "/w/" + slug + "/check-ins");
            Locator table = page.locator("table.table");
            assertThat(table.locator("tbody tr")).hasCount(CadenceDates.AHEAD);
            screenshot("check-ins-list-" + width);
            double right = table.boundingBox().x + table.boundingBox().width;
            // the table's box is its section's: a wider table went past it, and the window cut its last column
            Assertions.assertThat(right)
                    .as(
                            "the table's right edge at %d px (its columns: %s)",
                            width,
                            table.evaluate(
                                    "t => [...t.rows[1].cells].map(c => Math.round(c.getBoundingClientRect().width))"))
                    .isLessThanOrEqualTo(((Number) table.evaluate("t => t.parentElement.getBoundingClientRect().right"))
                            .doubleValue());
            for (Locator badge : table.locator("tbody td:last-child .badge").all()) {
                Assertions.assertThat(badge.boundingBox().x + badge.boundingBox().width)
                        .as("the State badge's right edge at %d px, within the table's (%s)", width, right)
                        .isLessThanOrEqualTo(right);
            }
            Assertions.assertThat((Boolean) page.evaluate(
                            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("the page fits the window at %d px", width)
                    .isTrue();
        }
    }
}
