package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text that tries to be markup, code, another direction or a very long word shows as the text it
 * is: nothing runs, every character is there, and no page grows wider than the window.
 */
class HostileTextBrowserIT extends BrowserIT {

    /** Markup, quotes of both kinds, an ampersand and a right-to-left override (U+202E) with its end. */
    private static final String HOSTILE =
            "<script>alert('x')</script><img src=x onerror=alert(1)> \"Bob's\" & \u202Egnp.exe\u202C";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void signInAndWatchForDialogs() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn();
    }

    @Test
    void anInsightWithMarkupAndTenThousandCharactersWithoutASpaceReadsAsText() {
        String longWord = "https://example.com/" + "a".repeat(10_000);
        String title = (HOSTILE + " " + "x".repeat(200)).substring(0, 200);
        long id = admin().post(
                        "/api/v1/workspaces/budgetly/insights",
                        json(Map.of("title", title, "body", HOSTILE + "\n\n" + longWord + "\n\n" + HOSTILE)))
                .json()
                .path("id")
                .asLong();

        page.navigate(baseUrl() + "/w/budgetly/insights/" + id);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title.strip());
        assertThat(page.locator("main")).containsText(longWord);
        assertThat(page.locator("main")).containsText("<script>alert('x')</script>");
        assertNothingRanAndNothingOverflows("hostile-insight");

        page.navigate(baseUrl() + "/w/budgetly/insights?q=" + "a".repeat(50));
        assertNothingRanAndNothingOverflows("hostile-insight-search");
    }

    @Test
    void aPersonaAndATeamNamedWithMarkupReadAsText() {
        String name = "<b>Bold</b> \"Bob's\" & \u202Egnp.exe\u202C " + unique();
        long teamId = admin().post(
                        "/api/v1/workspaces/budgetly/teams",
                        json(Map.of("name", name, "description", HOSTILE + " " + "b".repeat(400))))
                .json()
                .path("id")
                .asLong();
        Map<String, Object> persona = new LinkedHashMap<>();
        persona.put("name", name);
        persona.put("kind", "TEAM");
        persona.put("teamId", teamId);
        persona.put("summary", HOSTILE + " " + "c".repeat(400));
        persona.put("quote", HOSTILE);
        persona.put("motivations", List.of(HOSTILE, "d".repeat(300)));
        long personaId = admin().post("/api/v1/workspaces/budgetly/personas", json(persona))
                .json()
                .path("id")
                .asLong();

        page.navigate(baseUrl() + "/w/budgetly/personas/" + personaId);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.locator("main")).containsText("c".repeat(400));
        assertNothingRanAndNothingOverflows("hostile-persona");

        page.navigate(baseUrl() + "/w/budgetly/personas");
        assertThat(page.locator("main")).containsText(name);
        assertNothingRanAndNothingOverflows("hostile-personas");

        page.navigate(baseUrl() + "/w/budgetly/teams/" + teamId);
        assertThat(page.locator("main")).containsText(name);
        assertNothingRanAndNothingOverflows("hostile-team");

        page.navigate(baseUrl() + "/w/budgetly/teams");
        assertNothingRanAndNothingOverflows("hostile-teams");
    }

    private void assertNothingRanAndNothingOverflows(String screenshot) {
        screenshot(screenshot);
        Assertions.assertThat(dialogs).as("no script ran on %s", page.url()).isEmpty();
        Assertions.assertThat(page.locator("script:not([src])").count())
                .as("no inline script on %s", page.url())
                .isZero();
        Object width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assertions.assertThat((List<?>) width)
                .as("page width and window width on %s", page.url())
                .satisfies(w -> Assertions.assertThat(((Number) w.get(0)).intValue())
                        .isLessThanOrEqualTo(((Number) w.get(1)).intValue()));
    }

    private static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }
}
