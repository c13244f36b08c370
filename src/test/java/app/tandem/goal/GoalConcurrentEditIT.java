package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people change the same business goal from the same version: the first change is kept, the
 * second is refused (409 over the API; the form shown again with the message and what was typed).
 */
class GoalConcurrentEditIT extends TandemIT {

    private String slug;
    private String base;
    private long goal;

    @BeforeEach
    void workspace() {
        slug = "stale-goal-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Stale\",\"slug\":\"" + slug + "\"}");
        Api.Response created = admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        goal = created.json().path("id").asLong();
    }

    private Api.Response replace(String title, String version) {
        return admin().send(
                        "PUT",
                        base + "/goals/" + goal,
                        "{\"title\":\"" + title + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\""
                                + version + "}");
    }

    private long version() {
        return admin().get(base + "/goals/" + goal).json().path("version").asLong();
    }

    @Test
    void theSecondReplaceFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long read = version();

        Api.Response first = replace("Grow trial-to-paid conversions", ",\"version\":" + read);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);

        Api.Response second = replace("Grow sign-ups", ",\"version\":" + read);
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(admin().get(base + "/goals/" + goal).json().path("title").asString())
                .isEqualTo("Grow trial-to-paid conversions");

        Api.Response blind = replace("Grow sign-ups", "");
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
    }

    @Test
    void aStaleEditFormIsShownAgainWithTheMessageAndWhatWasTyped() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long read = version();
        assertThat(browser.get("/w/" + slug + "/goals/" + goal + "/edit").html())
                .containsPattern("name=\"version\"[^>]*value=\"" + read + "\"");
        replace("Grow trial-to-paid conversions", ",\"version\":" + read);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Grow typed conversions");
        fields.put("periodStart", "2026-01-01");
        fields.put("periodEnd", "2026-12-31");
        fields.put("status", "ACTIVE");
        fields.put("version", String.valueOf(read));
        WebSession.Page stale = browser.post("/w/" + slug + "/goals/" + goal, fields);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html())
                .contains("Someone else changed this goal since you opened it.")
                .contains("value=\"Grow typed conversions\"")
                .contains("Reload the goal");
        assertThat(admin().get(base + "/goals/" + goal).json().path("title").asString())
                .isEqualTo("Grow trial-to-paid conversions");
    }

    @Test
    void aFormSentWithoutItsVersionIsRefusedAboveTheFormAndSavesNothing() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/goals/" + goal + "/edit");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Grow blind conversions");
        fields.put("periodStart", "2026-01-01");
        fields.put("periodEnd", "2026-12-31");
        fields.put("status", "ACTIVE");
        WebSession.Page blind = browser.post("/w/" + slug + "/goals/" + goal, fields);

        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.html())
                .contains("This form was sent without the version it was opened at")
                .contains("value=\"Grow blind conversions\"");
        assertThat(admin().get(base + "/goals/" + goal).json().path("title").asString())
                .isEqualTo("Grow conversions");
    }
}
