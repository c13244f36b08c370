package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two people change the same persona from the same version: the first change is kept, the second
 * is refused (409 over the API; the form shown again with the message and what was typed).
 */
class PersonaConcurrentEditIT extends TandemIT {

    private String slug;
    private String base;
    private long persona;

    @BeforeEach
    void workspace() {
        slug = "stale-persona-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Stale\",\"slug\":\"" + slug + "\"}");
        long marketing = admin().post(base + "/teams", "{\"name\":\"Marketing\"}")
                .json()
                .path("id")
                .asLong();
        Api.Response created = admin().post(
                        base + "/personas",
                        "{\"name\":\"Frugal Freelancer\",\"kind\":\"TEAM\",\"teamId\":" + marketing
                                + ",\"motivations\":[\"Cut costs\"]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        persona = created.json().path("id").asLong();
    }

    private long version() {
        return admin().get(base + "/personas/" + persona).json().path("version").asLong();
    }

    @Test
    void theSecondChangeFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long read = version();

        Api.Response first = admin().patch(
                        base + "/personas/" + persona,
                        "{\"name\":\"Thrifty Freelancer\",\"motivations\":[\"Plan slow months\"],\"version\":" + read
                                + "}");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).as("a change moves the version on").isGreaterThan(read);

        Api.Response second = admin().patch(
                        base + "/personas/" + persona, "{\"name\":\"Stale Freelancer\",\"version\":" + read + "}");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(second.json().path("detail").asString()).contains("Someone else changed this persona");

        JsonNode stored = admin().get(base + "/personas/" + persona).json();
        assertThat(stored.path("name").asString()).isEqualTo("Thrifty Freelancer");
        assertThat(stored.path("motivations").get(0).asString()).isEqualTo("Plan slow months");
    }

    @Test
    void theEditFormCarriesItsVersionAndAStaleSaveIsShownAgainWithWhatWasTyped() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String edit = "/w/" + slug + "/personas/" + persona + "/edit";
        long read = version();
        assertThat(browser.get(edit).html()).containsPattern("name=\"version\"[^>]*value=\"" + read + "\"");

        admin().patch(base + "/personas/" + persona, "{\"name\":\"Thrifty Freelancer\",\"version\":" + read + "}");

        WebSession.Page stale = browser.post(
                edit,
                Map.of(
                        "name", "Typed Freelancer",
                        "motivations", "Cut costs",
                        "version", String.valueOf(read)));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html())
                .contains("Someone else changed this persona since you opened it.")
                .contains("value=\"Typed Freelancer\"")
                .contains("What their version has now, where it differs from yours:")
                .containsPattern("<dt>Name</dt>\\s*<dd>Thrifty Freelancer</dd>")
                .doesNotContain("<dt>Motivations</dt>")
                .contains("Reload the persona");
        assertThat(admin().get(base + "/personas/" + persona)
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("Thrifty Freelancer");
    }
}
