package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The views of the initiatives as a team lead uses them: the roadmap with a lane per team and a red
 * arrow whose reason is written in words, zoomed by quarter; the board, where a card moves to its
 * next status with the keyboard alone, and a move made on a stale board is refused in words; and the
 * dependency picture of one initiative. The dates fall in the next 90 days, inside the roadmap's
 * default window (this quarter and the next) whatever day the test runs.
 */
class RoadmapBrowserIT extends BrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private String slug;
    private String base;
    private LocalDate quarter;
    private LocalDate today;
    private long campaign;
    private long endpoint;

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long propose(String title, String kind, long team, long owner, LocalDate start, LocalDate due) {
        return id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + owner + ",\"startDate\":\"" + start + "\",\"dueDate\":\"" + due
                                + "\"}"));
    }

    private void needs(long dependant, long provider, String kind, LocalDate handoffDue) {
        id(admin().post(
                        base + "/initiatives/" + dependant + "/dependencies",
                        "{\"providerId\":" + provider + ",\"kind\":\"" + kind + "\",\"handoffDue\":\"" + handoffDue
                                + "\"}"));
    }

    @BeforeEach
    void workspaceWithInitiatives() {
        slug = "views-ui-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Views UI\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long it = id(admin().post(base + "/teams", "{\"name\":\"IT\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        today = LocalDate.now(ZoneOffset.UTC);
        quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        // from the day after tomorrow on, so nothing is late whatever the day; the window reaches 90 days ahead
        long assets = propose("In-app guidance assets", "CONTENT", design, me, today.plusDays(2), today.plusDays(40));
        campaign = propose(
                "Re-onboarding e-mail campaign", "CAMPAIGN", marketing, me, today.plusDays(30), today.plusDays(80));
        endpoint = propose("Sign-up form endpoint", "INFRASTRUCTURE", it, me, today.plusDays(5), today.plusDays(25));
        needs(campaign, assets, "NEEDS_DESIGN_ASSETS", today.plusDays(35));
        needs(campaign, endpoint, "NEEDS_FEATURE", today.plusDays(25));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theRoadmapShowsTeamLanesAndARedArrowWithItsReasonInWordsByMonthOrQuarter() {
        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Views of the initiatives"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Roadmap"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Roadmap");
        Locator picture = page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Roadmap from " + DAY.format(quarter) + " to ")));
        assertThat(picture).isVisible();
        assertThat(picture.locator(".lane-name")).hasText(new String[] {"Design", "IT", "Marketing"});
        assertThat(picture.locator("rect.bar")).hasCount(3);
        // under each bar, the weeks today's plan gives it; the title says them in words
        assertThat(picture.locator("rect.planned")).hasCount(3);
        assertThat(picture.locator(".bar-group title").first()).containsText("; the plan gives it ");
        // a label longer than its bar is cut to fit; the bar's title says it whole
        assertThat(picture.locator(".bar-label"))
                .hasText(new String[] {"In-app guidance assets", "Sign-up form…", "Re-onboarding e-mail campaign"});
        assertThat(picture.locator(".bar-group title").nth(1))
                .hasText(Pattern.compile("^Sign-up form endpoint \\(IT\\): infrastructure, proposed, "));

        String reason = "The hand-off is due on " + DAY.format(today.plusDays(35))
                + ", after “Re-onboarding e-mail campaign” starts on " + DAY.format(today.plusDays(30)) + ".";
        Locator red = picture.locator(".arrow-group.risk");
        assertThat(red).hasCount(1);
        assertThat(red.locator("path.arrow.risk")).hasCSS("stroke", "rgb(180, 35, 24)");
        assertThat(red.locator("title")).containsText(reason);
        assertThat(page.locator(".risk-list")).containsText(reason);
        assertThat(page.locator(".legend")).containsText("Red arrow: a dependency at risk");
        assertThat(link("By month")).hasAttribute("aria-current", "true");
        screenshot("roadmap-month");

        link("By quarter").click();
        assertThat(link("By quarter")).hasAttribute("aria-current", "true");
        assertThat(picture.locator(".tick-label").first()).hasText(Pattern.compile("^Q[1-4] \\d{4}$"));
        assertThat(picture.locator("rect.bar")).hasCount(3);
        screenshot("roadmap-quarter");

        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/roadmap?from=soon");
        assertThat(page.getByText("Give a day as YYYY-MM-DD, such as 2027-01-31."))
                .isVisible();
        assertThat(page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("");
        assertThat(page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
    }

    @Test
    void aCardMovesToItsNextStatusWithTheKeyboardAlone() {
        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives");
        link("Board").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Board");
        Locator proposed = column("Proposed");
        Locator discovery = column("In discovery");
        assertThat(proposed.locator("article")).hasCount(3);
        assertThat(discovery.locator("article")).hasCount(0);
        assertThat(proposed.locator("#card-" + campaign)).containsText("At risk");
        screenshot("board");

        // a card's "Drop…" panel opens from the keyboard and Escape closes it, the focus back on it
        tabTo("Drop Sign-up form endpoint…");
        page.keyboard().press("Enter");
        Locator drop = page.locator("#card-" + endpoint + " details.card-drop");
        assertThat(drop).hasAttribute("open", "");
        page.keyboard().press("Tab");
        page.keyboard().press("Escape");
        assertThat(drop).not().hasAttribute("open", "");
        assertThat(drop.locator("summary")).isFocused();
        // dropped without a reason (the browser's own check off): the panel opens again, the error beside the field
        drop.locator("summary").click();
        page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drop it: Sign-up form endpoint"))
                .click();
        Locator reason = page.locator("#drop-reason-" + endpoint);
        Assertions.assertThat((Boolean)
                        page.locator("#card-" + endpoint + " details.card-drop").evaluate("d => d.open"))
                .isTrue();
        assertThat(reason).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#drop-reason-" + endpoint + "-error"))
                .hasText("Say why it is dropped, so every team knows.");
        assertThat(reason).isFocused();
        screenshot("board-drop-refused");
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/board");

        tabTo("Start discovery: Sign-up form endpoint");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=status]")).hasText("Sign-up form endpoint is in discovery now.");
        assertThat(discovery.locator("article")).hasCount(1);
        assertThat(discovery.locator("#card-" + endpoint)).containsText("Sign-up form endpoint");
        assertThat(proposed.locator("article")).hasCount(2);
        // focus stays on the moved card, in its new column
        assertThat(page.locator("#card-" + endpoint)).isFocused();
        screenshot("board-moved");

        // committing goes through the initiative page, as its own status buttons do: infrastructure
        // without an IT review is asked about first
        tabTo("Commit to it: Sign-up form endpoint");
        page.keyboard().press("Space");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit without IT review")))
                .isVisible();
        tabTo("Commit without IT review");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Sign-up form endpoint");
        assertThat(page.locator(".flash")).containsText("Sign-up form endpoint is committed now, without an IT review");

        // a board opened before someone else moved the card refuses the move in words
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/board");
        admin().patchAsRead(
                        base + "/initiatives/" + campaign,
                        base + "/initiatives/" + campaign + "/status",
                        "{\"status\":\"DISCOVERY\"}");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start discovery: Re-onboarding e-mail campaign"))
                .click();
        assertThat(page.locator(".flash.error"))
                .containsText("Someone else changed this initiative since you opened the board");
        assertThat(column("In discovery").locator("#card-" + campaign)).isVisible();
    }

    @Test
    void theDependencyPictureShowsWhatAnInitiativeNeedsAndWhy() {
        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/" + campaign);
        link("See its dependencies as a picture").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Dependencies of Re-onboarding e-mail campaign");
        Locator picture = page.getByRole(
                AriaRole.IMG, new Page.GetByRoleOptions().setName("Dependencies of Re-onboarding e-mail campaign"));
        assertThat(picture.locator("rect.node")).hasCount(3);
        assertThat(picture.locator(".edge-label")).hasText(new String[] {"a feature", "design assets"});
        assertThat(picture.locator("path.edge.risk")).hasCount(1);
        assertThat(page.locator(".risk-list .risk-reasons"))
                .containsText("The hand-off is due on " + DAY.format(today.plusDays(35)));
        screenshot("dependency-graph");
    }

    private Locator column(String status) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + status + " \\(")));
    }

    /** Presses Tab until the button of that name (its label) has the focus, as a keyboard user does. */
    private void tabTo(String text) {
        for (int i = 0; i < 400; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement?.getAttribute('aria-label')"
                    + " || document.activeElement?.textContent?.trim() || ''");
            if (text.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + text);
    }
}
