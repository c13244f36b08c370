package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The demo's pages, create forms and one record of each kind in a phone's window (320 px wide), a
 * tablet's (768 px), a small laptop's (1,024 px, or a wider screen zoomed in) and a desktop's
 * (1,280 px): no page scrolls sideways (a wide table or picture scrolls in a frame of its own), and
 * no word in a table is cut across lines ("Okafor" as "Okafo" and "r").
 */
class NarrowWindowBrowserIT extends BrowserIT {

    private static final List<String> PAGES = List.of(
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
            "/check-ins/cadences/new");

    /** The words cut across two lines in the main part's table cells (hyphens and spaces may break). */
    private static final String CUT_WORDS = """
            () => {
              const cut = [];
              for (const cell of document.querySelectorAll('main td')) {
                const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                  // (a zero-width space is where an address or a time zone may break, after a slash: PlaceText)
                  for (const word of text.data.matchAll(/[^\\s\\-\\u2010\\u200B]+/g)) {
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    const lines = new Set([...range.getClientRects()]
                        .filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) cut.push(word[0]);
                  }
                }
              }
              return cut.slice(0, 10);
            }""";

    /** 320 px: the narrowest phones, and what WCAG's reflow asks for (1,280 px zoomed to 400%). */
    @Test
    void onAPhoneNoPageScrollsSidewaysAndNoWordIsCut() {
        everyPageFits(320);
    }

    /** 768 px: a tablet upright, about the narrowest window with the menu beside the page. */
    @Test
    void onATabletNoPageScrollsSidewaysAndNoWordIsCut() {
        everyPageFits(768);
    }

    @Test
    void onASmallLaptopNoPageScrollsSidewaysAndNoWordIsCut() {
        everyPageFits(1024);
    }

    @Test
    void onADesktopNoPageScrollsSidewaysAndNoWordIsCut() {
        everyPageFits(1280);
    }

    @Test
    void onAPhoneTheMembersTableScrollsSidewaysInItsFrame() {
        page.setViewportSize(390, 844);
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/members");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("jonas@budgetly.example");
        Assertions.assertThat((Boolean) page.evaluate("() => { const t = document.querySelector('main table');"
                        + " return t.scrollWidth > t.clientWidth; }"))
                .as("the table scrolls sideways")
                .isTrue();
        Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the page does not")
                .isLessThanOrEqualTo(390);
        screenshot("members-phone");

        // a phone shows no scroll bar: a shadow on the side with more columns says the table scrolls
        Locator table = page.locator("main table").first();
        BufferedImage atStart = image(table.screenshot());
        Assertions.assertThat(edge(atStart, atStart.getWidth() - 5))
                .as("the right edge, with columns beyond it, is shaded")
                .isLessThan(edge(atStart, 4) - 8);
        table.evaluate("t => t.scrollLeft = t.scrollWidth");
        page.waitForFunction("() => { const t = document.querySelector('main table');"
                + " return t.scrollLeft + t.clientWidth >= t.scrollWidth - 1; }");
        BufferedImage atEnd = image(table.screenshot());
        Assertions.assertThat(edge(atEnd, 4))
                .as("scrolled to its end, the left edge is shaded instead")
                .isLessThan(edge(atEnd, atEnd.getWidth() - 5) - 8);
        screenshot("members-phone-scrolled");

        // the ranked plan is a card per initiative instead: nothing to scroll, each value named
        page.navigate(baseUrl() + "/w/budgetly/plan");
        Locator plan = page.locator("table.plan-table");
        Assertions.assertThat((Boolean) plan.evaluate("t => t.scrollWidth <= t.clientWidth + 1"))
                .as("the plan's table fits the phone")
                .isTrue();
        Locator first = plan.locator("tbody tr").first();
        Assertions.assertThat((String) first.locator("td[data-label=Slack]")
                        .evaluate("td => getComputedStyle(td, '::before').content"))
                .isEqualTo("\"Slack: \"");
        assertThat(first.locator("td.rank")).isVisible();
        screenshot("plan-phone");

        // a journey picture wider than its frame says it scrolls, on a laptop too (five stages at 1,280 px)
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 844);
            page.navigate(baseUrl() + "/w/budgetly/journeys");
            page.navigate((String) page.evaluate("() => [...document.querySelectorAll('main a')].map(a => a.href)"
                    + ".find(h => /\\/journeys\\/\\d+$/.test(h))"));
            Locator picture = page.locator("#journey-picture");
            boolean wider = (Boolean) picture.evaluate("p => p.scrollWidth > p.clientWidth + 1");
            Assertions.assertThat(wider)
                    .as("the picture is wider than the window at %d px", width)
                    .isTrue();
            assertThat(page.locator("#journey-scroll-hint")).isVisible();
        }
    }

    private static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The brightness of the table's body at column {@code x}, the median of its rows below the header. */
    private static int edge(BufferedImage image, int x) {
        List<Integer> values = new java.util.ArrayList<>();
        for (int y = image.getHeight() / 3; y < image.getHeight() - 4; y++) {
            int rgb = image.getRGB(x, y);
            values.add(((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff));
        }
        values.sort(null);
        return values.get(values.size() / 2) / 3;
    }

    @Test
    void onASmallLaptopTheInitiativesScrollSidewaysInAFrameTheKeyboardReaches() {
        page.setViewportSize(1024, 768);
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/initiatives");
        scriptsLoaded();
        Locator frame =
                page.locator("main .table-scroll").filter(new Locator.FilterOptions().setHas(page.locator("table")));
        assertThat(frame).hasAttribute("tabindex", "0");
        assertThat(frame).hasAttribute("role", "region");
        frame.focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => document.querySelector('main .table-scroll').scrollLeft > 0");
        screenshot("initiatives-small-laptop");
    }

    /**
     * In a window wider than the page, the menu stays where it is from a page too short to scroll to
     * one that scrolls: the page keeps the scroll bar's room. (A Chromium of its own, with the scroll
     * bars that take room as on most desktops: headless Chromium hides them.)
     */
    @Test
    void onAWideScreenTheMenuDoesNotMoveFromAShortPageToALongOne() {
        try (Browser withScrollBars = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(
                                        Paths.get(System.getProperty("tandem.chromium", "/usr/bin/chromium")))
                                .setHeadless(true)
                                .setIgnoreDefaultArgs(List.of("--hide-scrollbars"))
                                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
                BrowserContext wide = withScrollBars.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1440, 1400)
                        .setBaseURL(baseUrl()))) {
            Page tab = wide.newPage();
            tab.navigate("/login");
            tab.getByLabel("Email").fill(ADMIN_EMAIL);
            tab.getByLabel("Password").fill(ADMIN_PASSWORD);
            tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(tab).not().hasURL(Pattern.compile(".*/login.*"));
            Map<String, Object> menuAt = new TreeMap<>();
            for (String path : List.of("/w/budgetly/teams", "/w/budgetly/insights")) {
                tab.navigate(path);
                menuAt.put(
                        path
                                + (Boolean.TRUE.equals(
                                                tab.evaluate("document.documentElement.scrollHeight > innerHeight"))
                                        ? " (scrolls)"
                                        : " (short)"),
                        tab.evaluate("Math.round(document.querySelector('nav[aria-label=Workspace]')"
                                + ".getBoundingClientRect().left)"));
            }
            Assertions.assertThat(menuAt).containsKeys("/w/budgetly/teams (short)", "/w/budgetly/insights (scrolls)");
            Assertions.assertThat(new java.util.HashSet<>(menuAt.values()))
                    .as("the menu's left edge on each page: %s", menuAt)
                    .hasSize(1);
        }
    }

    /** The first link on the pages listed to one record of each kind (a KPI's from the goals). */
    private static final String RECORD_LINKS = """
            () => [...new Set([...document.querySelectorAll('main a[href]')]
                .map(a => a.getAttribute('href'))
                .filter(h => /^\\/w\\/budgetly\\/[a-z-]+\\/\\d+$/.test(h)))]""";

    private void everyPageFits(int width) {
        page.setViewportSize(width, 844);
        signIn();
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> records = new TreeMap<>();
        for (String path : PAGES) {
            fits("/w/budgetly" + path, width, softly);
            for (Object link : (List<?>) page.evaluate(RECORD_LINKS)) {
                String href = (String) link;
                records.putIfAbsent(href.replaceAll("/\\d+$", ""), href);
            }
        }
        Assertions.assertThat(records).as("a record of each kind").hasSizeGreaterThanOrEqualTo(10);
        for (String record : records.values()) {
            fits(record, width, softly);
        }
        softly.assertAll();
    }

    private void fits(String path, int width, SoftAssertions softly) {
        page.navigate(baseUrl() + path);
        scriptsLoaded();
        assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
        softly.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the width of %s at %d px", path, width)
                .isLessThanOrEqualTo(width);
        softly.assertThat((List<?>) page.evaluate(CUT_WORDS))
                .as("words cut in the tables of %s at %d px", path, width)
                .isEmpty();
    }
}
