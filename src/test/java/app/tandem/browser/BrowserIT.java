package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.TandemIT;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the browser tests: the whole application (see {@link TandemIT}) used through the system
 * Chromium ({@code /usr/bin/chromium}, or {@code -Dtandem.chromium=PATH}), headless, with no
 * browser download. Each test gets a fresh browser context (no cookies) and page.
 */
@Tag("browser")
abstract class BrowserIT extends TandemIT {

    /**
     * One Playwright driver and one Chromium for every browser test class of the run, started by the
     * first and stopped as the test JVM ends: each class started its own (about 0.5 s each, and more
     * on a loaded machine), while a fresh browser context per test (below) already keeps the tests
     * apart (cookies, storage, windows).
     */
    static Playwright playwright;

    static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        // Web-first assertions wait as long as actions do: a loaded CI machine is slower than a laptop.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = SharedChromium.PLAYWRIGHT;
        browser = SharedChromium.BROWSER;
    }

    /** Made on first use (the class is initialised once per JVM), closed by a shutdown hook. */
    private static final class SharedChromium {
        static final Playwright PLAYWRIGHT = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        static final Browser BROWSER = start(PLAYWRIGHT);

        private static Browser start(Playwright playwright) {
            Browser chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(System.getProperty("tandem.chromium", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    playwright.close(); // closes Chromium too
                } catch (RuntimeException alreadyGone) {
                    // the driver may have ended with the JVM's other threads: nothing is left to close
                }
            }));
            return chromium;
        }
    }

    /** The window and download settings of each test's browser context. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900);
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Signs in through the login form. */
    protected void signIn(String email, String password) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /** Signs in as the instance admin and waits until the login page is left behind. */
    protected void signIn() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    /**
     * axe-core on the current page, run in the page itself ("legacy mode"): Tandem's pages have no
     * frames, and the frame-by-frame mode would open a blank page and load axe into it again for every
     * check, which made the accessibility tests half as fast again.
     */
    protected AxeBuilder axe() {
        return new AxeBuilder(page).setLegacyMode(true);
    }

    /**
     * The serious and critical violations axe finds on the current page under the WCAG 2.2 A and AA
     * rules (and the tags given, such as {@code best-practice}), each as "rule: targets".
     */
    protected List<String> seriousViolations(String... moreTags) {
        List<String> tags = new ArrayList<>(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
        tags.addAll(List.of(moreTags));
        return axe().withTags(tags).analyze().getViolations().stream()
                .filter(v -> Set.of("serious", "critical").contains(v.getImpact()))
                .map(v -> v.getId() + ": "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * Waits until the current page has loaded its deferred scripts (htmx, tandem.js, pictures.js).
     * An assertion on the page's text passes as soon as the HTML is parsed; a click on an htmx link
     * or a script-driven button before the scripts ran would take the no-JavaScript path instead.
     */
    protected void scriptsLoaded() {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => window.htmx !== undefined");
    }

    /**
     * Waits until htmx has settled what it swapped in. htmx binds the triggers of swapped-in content
     * (a search box's {@code hx-trigger="input changed"}) only when it settles it, {@code settleDelay}
     * (20 ms) after the swap: text typed before is never sent. An assertion on the swapped-in text
     * passes at the swap.
     */
    protected void settled() {
        page.waitForFunction("() => !document.querySelector('.htmx-settling, .htmx-swapping, .htmx-request')");
    }

    /** Saves a full-page screenshot as target/screenshots/NAME.png, to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
