package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A run groups at most tandem.themes.max-per-run (2000) insights, newest first, and says how many wait. */
class ThemeBoundsIT extends TandemIT {

    private static final Logger log = LoggerFactory.getLogger(ThemeBoundsIT.class);
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ru", "te", "vo", "zi", "pa", "ne", "su"};

    /** A made-up word per number, so the synthetic topics share no words with each other or other tests. */
    private static String word(int n) {
        return "q" + SYLLABLES[n % 10] + SYLLABLES[(n / 10) % 10] + SYLLABLES[(n / 100) % 10] + "x";
    }

    private static final int TOPICS = 200;

    /** A new workspace with 2,001 insights on {@value #TOPICS} topics, ten each (one more on the first). */
    private String workspaceOfTwoThousandAndOne() {
        String slug = "bounds-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Bounds\",\"slug\":\"" + slug + "\"}");
        int topics = TOPICS;
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < 2001; n++) {
            int topic = n % topics;
            String a = word(2 * topic);
            String b = word(2 * topic + 1);
            rows.add("{\"title\":\"" + a + " " + b + " report " + n + "\",\"body\":\"People mention " + a + " and " + b
                    + " again.\",\"reach\":" + (n % 50) + ",\"tags\":[\"" + a + "\"],\"externalRef\":\"B-" + n + "\"}");
        }
        Api.Response imported = admin().post(base + "/insights/import", "[" + String.join(",", rows) + "]");
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2001);
        return slug;
    }

    @Test
    void groupsTwoThousandInsightsPerRunAndLeavesTheRestForTheNext() {
        String slug = workspaceOfTwoThousandAndOne();
        String base = "/api/v1/workspaces/" + slug;
        int topics = TOPICS;
        Api.Response first = admin().post(base + "/themes/discover", "");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        log.info("Grouping 2,000 of 2,001 insights: {}", first.text());
        assertThat(first.json().path("examined").asInt()).isEqualTo(2000);
        assertThat(first.json().path("remaining").asInt()).isEqualTo(1);
        assertThat(first.json().path("themesCreated").asInt()).isEqualTo(topics);
        assertThat(first.json().path("grouped").asInt()).isEqualTo(2000);
        Api.Response list = admin().get(base + "/themes?size=1");
        assertThat(list.json().path("totalItems").asInt()).isEqualTo(topics);
        assertThat(list.json().path("items").get(0).path("insightCount").asInt())
                .isEqualTo(10);

        Api.Response second = admin().post(base + "/themes/discover", "");
        log.info("The next run: {}", second.text());
        assertThat(second.json().path("examined").asInt())
                .as("the oldest insight, left for this run")
                .isEqualTo(1);
        assertThat(second.json().path("remaining").asInt()).isZero();
        assertThat(second.json().path("themesJoined").asInt())
                .as("it joins its topic's theme")
                .isEqualTo(1);
        assertThat(second.json().path("themesCreated").asInt()).isZero();
    }

    @Test
    void thePageGroupsEveryWaitingInsightInOneActionWithAProgressBar() throws InterruptedException {
        String slug = workspaceOfTwoThousandAndOne();
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/themes");
        WebSession.Page started = browser.post("/w/" + slug + "/themes/discover", Map.of());
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).endsWith("/w/" + slug + "/themes/grouping");
        WebSession.Page progress = browser.get("/w/" + slug + "/themes/grouping");
        for (int i = 0; i < 600 && progress.status() == 200; i++) {
            assertThat(progress.html()).contains("id=\"grouping-bar\"").contains("insights looked at");
            Thread.sleep(100);
            progress = browser.get("/w/" + slug + "/themes/grouping");
        }
        assertThat(progress.status()).as("done: back to the themes").isEqualTo(302);
        assertThat(progress.location()).endsWith("/w/" + slug + "/themes");
        assertThat(browser.get("/w/" + slug + "/themes").html())
                .as("both runs of 2,000 and 1 in one action")
                .contains("Grouped 2001 of 2001 insights: " + TOPICS + " new themes");
        assertThat(admin().post("/api/v1/workspaces/" + slug + "/themes/discover?all=true", "")
                        .json()
                        .path("examined")
                        .asInt())
                .as("nothing waits")
                .isZero();
    }

    @Test
    void theApiGroupsEveryWaitingInsightWhenAskedForAll() {
        String slug = workspaceOfTwoThousandAndOne();
        Api.Response all = admin().waitingUpTo(Duration.ofMinutes(3))
                .post("/api/v1/workspaces/" + slug + "/themes/discover?all=true", "");
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(all.json().path("examined").asInt()).isEqualTo(2001);
        assertThat(all.json().path("remaining").asInt()).isZero();
        assertThat(all.json().path("themesCreated").asInt()).isEqualTo(TOPICS);
    }
}
