package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What cannot be undone from the pages is asked first, on a page of its own that says what goes
 * with it: cancelling a check-in (it leaves everyone's calendar), deleting a discovery session and
 * deleting a review. A viewer is not offered it and is refused the page. And attendance is recorded
 * for a session that has begun, not for one still to come.
 */
class AskBeforeUndoableIT extends TandemIT {

    private String slug;
    private String base;
    private WebSession web;

    @BeforeEach
    void workspace() {
        slug = "ask-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Ask first\",\"slug\":\"" + slug + "\"}");
        web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Taking a person off a team asks first, saying what they stop being (a browser walk, December 2026). */
    @Test
    void takingSomeoneOffATeamIsAskedFirst() {
        long team = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        assertThat(admin().post(
                                base + "/teams/" + team + "/members",
                                "{\"userId\":" + me + ",\"involvement\":\"LEADS\"}")
                        .status())
                .isLessThan(300);
        String html = web.get("/w/" + slug + "/teams/" + team).html();
        assertThat(html).containsPattern("data-confirm=\"Remove [^\"]+ from Design\\? They stop being Leads here");
    }

    @Test
    void cancellingACheckInIsAskedFirstAndSaysItLeavesTheCalendars() {
        LocalDate next = app.tandem.meeting.rules.CadenceDates.weekdayFrom(
                LocalDate.now(ZoneOffset.UTC).plusDays(7));
        id(admin().post(
                        base + "/check-ins/cadences",
                        "{\"title\":\"Monthly check-in\",\"frequency\":\"MONTHLY\",\"firstDate\":\"" + next
                                + "\",\"startTime\":\"10:00\",\"durationMinutes\":60}"));
        JsonNode first = admin().get(base + "/check-ins").json().path("items").get(0);
        String page = "/w/" + slug + "/check-ins/" + first.path("id").asLong();

        assertThat(web.get(page).html())
                .contains("href=\"" + page + "/cancel\"")
                .doesNotContain("action=\"" + page + "/cancel\"");
        WebSession.Page ask = web.get(page + "/cancel");
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.html())
                .contains("Cancel Monthly check-in,")
                .contains("so it leaves")
                .contains("Keep it");
        assertThat(admin().get(base + "/check-ins/" + first.path("id").asLong())
                        .json()
                        .path("checkIn")
                        .path("state")
                        .asString())
                .isEqualTo("SCHEDULED");

        String version = ask.html().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        WebSession.Page cancelled = web.post(page + "/cancel", Map.of("version", version));
        assertThat(cancelled.redirectPath()).isEqualTo(page);
        assertThat(admin().get(base + "/check-ins/" + first.path("id").asLong())
                        .json()
                        .path("checkIn")
                        .path("state")
                        .asString())
                .isEqualTo("CANCELLED");
        // asked again, a cancelled one goes back to its page
        assertThat(web.get(page + "/cancel").redirectPath()).isEqualTo(page);
    }

    @Test
    void aDiscoverySessionIsDeletedFromItsPageAfterAskingAndAttendanceWaitsForItsStart() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long session = id(admin().post(
                        base + "/discovery-sessions",
                        "{\"topic\":\"Onboarding\",\"startsAt\":\"2030-03-01T10:00\",\"endsAt\":\"2030-03-01T12:00\","
                                + "\"inviteeIds\":[" + me + "]}"));
        String page = "/w/" + slug + "/discovery/" + session;

        String upcoming = web.get(page).html();
        assertThat(upcoming)
                .contains("Who attended is recorded here once the session has begun.")
                .doesNotContain("Record attendance")
                .contains("Delete this session…");
        WebSession.Page ask = web.get(page + "/delete");
        assertThat(ask.html())
                .contains("Delete the discovery session Onboarding?")
                .contains("The initiatives it created stay.");

        Person viewer = newMember(slug, "Vera Viewer", "VIEWER");
        WebSession viewing = new WebSession(baseUrl());
        viewing.login(viewer.email(), viewer.password());
        assertThat(viewing.get(page).html()).doesNotContain("Delete this session…");
        assertThat(viewing.get(page + "/delete").status()).isEqualTo(403);

        WebSession.Page deleted = web.post(page + "/delete", Map.of());
        assertThat(deleted.redirectPath()).isEqualTo("/w/" + slug + "/discovery");
        assertThat(admin().get(base + "/discovery-sessions/" + session).status())
                .isEqualTo(404);
    }

    @Test
    void aReviewIsDeletedFromItsPageAfterAsking() {
        long team = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long review = id(admin().post(
                        base + "/reviews",
                        "{\"title\":\"Savings goal screens\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":" + team + "}"));
        String page = "/w/" + slug + "/reviews/" + review;

        assertThat(web.get(page).html()).contains("Delete this review…");
        assertThat(web.get(page + "/delete").html())
                .contains("Delete the review Savings goal screens?")
                .contains("close it instead");
        assertThat(admin().get(base + "/reviews/" + review).status()).isEqualTo(200);

        WebSession.Page deleted = web.post(page + "/delete", Map.of());
        assertThat(deleted.redirectPath()).isEqualTo("/w/" + slug + "/reviews");
        assertThat(admin().get(base + "/reviews/" + review).status()).isEqualTo(404);
    }
}
