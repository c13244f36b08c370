package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages say what a person needs in words, not codes: an address past a list's last page says so and
 * leads back; saved plans name their scoring model as the settings do; a comparison of two plans
 * saved under different models says so, since ranks then moved with the model and not only the work.
 */
class PagesSpeakPlainlyIT extends TandemIT {

    private String slug;
    private String base;
    private WebSession web;

    @BeforeEach
    void workspace() {
        slug = "plain-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Plain\",\"slug\":\"" + slug + "\"}");
        web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void aPagePastTheEndOfAListSaysSoAndLeadsBack() {
        String page = web.get("/w/" + slug + "/initiatives?page=999").html();
        assertThat(page)
                .contains("There is no page 1000")
                .contains("the list is empty.")
                .doesNotContain("Page 1000 of");
    }

    @Test
    void savedPlansNameTheirModelAndAComparisonAcrossModelsSaysSo() {
        Api.Response first = admin().post(base + "/plan/snapshots", "{\"name\":\"Before\"}");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long version =
                admin().get(base + "/plan/settings").json().path("version").asLong();
        Api.Response rice =
                admin().send("PUT", base + "/plan/settings", "{\"model\":\"RICE\",\"version\":" + version + "}");
        assertThat(rice.status()).as(rice.text()).isEqualTo(200);
        Api.Response second = admin().post(base + "/plan/snapshots", "{\"name\":\"After\"}");

        String list = web.get("/w/" + slug + "/plan/snapshots").html();
        assertThat(list).contains("<td>Goal contribution</td>").doesNotContain("GOAL_CONTRIBUTION</td>");
        String compared = web.get("/w/" + slug + "/plan/snapshots/compare?from="
                        + first.json().path("id").asLong() + "&to="
                        + second.json().path("id").asLong())
                .html();
        assertThat(compared)
                .contains("The two were saved under different scoring models (Goal contribution, then RICE)");
    }
}
