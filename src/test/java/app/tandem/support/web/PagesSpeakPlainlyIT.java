package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
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
    void aDueDateThatHasPassedIsKeptAndSaidOnceSaved() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long team = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        web.get("/w/" + slug + "/initiatives/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Typed last year");
        fields.put("kind", "FEATURE");
        fields.put("proposingTeamId", String.valueOf(team));
        fields.put("ownerId", String.valueOf(me));
        fields.put("startDate", due.minusDays(30).toString());
        fields.put("dueDate", due.toString());

        WebSession.Page proposed = web.post("/w/" + slug + "/initiatives", fields);

        assertThat(proposed.redirectPath()).as(proposed.html()).startsWith("/w/" + slug + "/initiatives/");
        assertThat(web.get(proposed.redirectPath()).html())
                .contains("Initiative Typed last year proposed.")
                .contains("Its due date, " + DayWords.of(due) + ", has passed: check that it is the one meant.");
        assertThat(DayWords.passed(due.plusDays(3), due.plusDays(3)))
                .as("today is not past")
                .isEmpty();
        assertThat(DayWords.passed(due.plusDays(2), due.plusDays(3)))
                .as("yesterday in UTC may be today where the person is")
                .isEmpty();
        assertThat(DayWords.passed(null, due)).isEmpty();
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
