package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delete may name the version it was asked from (If-Match over the API, the confirmation page's
 * hidden field): a record changed since is refused (409 concurrent-change; the confirmation shown
 * again, as the record is now) and stays; without a version the record is deleted as it is.
 */
class DeleteWithVersionIT extends TandemIT {

    private String slug;
    private String base;
    private long team;

    @BeforeEach
    void workspace() {
        slug = "delete-version-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Deletes\",\"slug\":\"" + slug + "\"}");
        team = created(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private Api.Response delete(String path, String ifMatch) {
        return admin().send("DELETE", path, null, Map.of("If-Match", ifMatch));
    }

    /** A stale version is refused and the record stays; its own version deletes it. */
    private void deletesOnlyAtItsVersion(String path) {
        Api.Response read = admin().get(path);
        assertThat(read.status()).as(path + ": " + read.text()).isEqualTo(200);
        long version = read.json().path("version").asLong();

        Api.Response stale = delete(path, "\"" + (version + 1) + "\"");
        assertThat(stale.status()).as(path + ": " + stale.text()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(version);
        assertThat(stale.json().path("yourVersion").asLong()).isEqualTo(version + 1);
        assertThat(admin().get(path).status()).as(path).isEqualTo(200);

        Api.Response garbled = delete(path, "three");
        assertThat(garbled.status()).as(path).isEqualTo(400);
        assertThat(garbled.field()).isEqualTo("If-Match");
        assertThat(admin().get(path).status()).as(path).isEqualTo(200);

        Api.Response current = delete(path, "\"" + version + "\"");
        assertThat(current.status()).as(path + ": " + current.text()).isEqualTo(204);
        assertThat(admin().get(path).status()).as(path).isEqualTo(404);
    }

    @Test
    void eachRecordIsDeletedOnlyAtTheVersionTheDeleteNames() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long goal = created(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Grow conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}"));
        long kpi = created(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Conversion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":3,\"baselineDate\":\"2026-01-01\",\"targetValue\":6,"
                                + "\"targetDate\":\"2026-12-31\"}"));
        long initiative = created(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Simpler sign-up\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2026-02-01\",\"dueDate\":\"2026-04-30\"}"));
        long persona = created(
                admin().post(base + "/personas", "{\"name\":\"Saver\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long otherPersona = created(
                admin().post(base + "/personas", "{\"name\":\"Spender\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long userGoal = created(admin().post(
                        base + "/user-goals",
                        "{\"personaId\":" + otherPersona + ",\"sentence\":\"Save for a trip\",\"importance\":2}"));
        long journey = created(
                admin().post(base + "/journeys", "{\"personaId\":" + otherPersona + ",\"name\":\"First month\"}"));
        long insight = created(admin().post(base + "/insights", "{\"title\":\"Sign-up asks too much\"}"));
        long review = created(admin().post(
                        base + "/reviews",
                        "{\"title\":\"Sign-up screens\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":" + team + "}"));
        long session = created(admin().post(
                        base + "/discovery-sessions",
                        "{\"topic\":\"Sign-up\",\"startsAt\":\"2027-03-01T10:00\",\"endsAt\":\"2027-03-01T12:00\"}"));
        Api.Response subscribed = admin().post(
                        base + "/webhooks",
                        "{\"url\":\"https://93.184.215.14/tandem\",\"eventTypes\":[\"kpi.health-changed\"]}");
        assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(201);
        long webhook = subscribed.json().path("subscription").path("id").asLong();

        deletesOnlyAtItsVersion(base + "/goals/" + goal);
        deletesOnlyAtItsVersion(base + "/kpis/" + kpi);
        deletesOnlyAtItsVersion(base + "/initiatives/" + initiative);
        deletesOnlyAtItsVersion(base + "/user-goals/" + userGoal);
        deletesOnlyAtItsVersion(base + "/journeys/" + journey);
        deletesOnlyAtItsVersion(base + "/personas/" + persona);
        deletesOnlyAtItsVersion(base + "/insights/" + insight);
        deletesOnlyAtItsVersion(base + "/reviews/" + review);
        deletesOnlyAtItsVersion(base + "/discovery-sessions/" + session);
        deletesOnlyAtItsVersion(base + "/webhooks/" + webhook);
    }

    @Test
    void partsOfRecordsAreDeletedOnlyAtTheVersionTheDeleteNamesToo() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long sales = created(admin().post(base + "/teams", "{\"name\":\"Sales\"}"));
        long persona = created(
                admin().post(base + "/personas", "{\"name\":\"Saver\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long journey =
                created(admin().post(base + "/journeys", "{\"personaId\":" + persona + ",\"name\":\"First month\"}"));
        long stage = created(
                admin().post(base + "/journeys/" + journey + "/stages", "{\"name\":\"Sign up\",\"emotion\":0}"));
        String initiative = "{\"kind\":\"FEATURE\",\"proposingTeamId\":" + team + ",\"ownerId\":" + me
                + ",\"startDate\":\"2026-02-01\",\"dueDate\":\"2026-04-30\",\"title\":";
        long dependant = created(admin().post(base + "/initiatives", initiative + "\"Campaign\"}"));
        long provider = created(admin().post(base + "/initiatives", initiative + "\"Assets\"}"));
        long dependency = created(admin().post(
                        base + "/initiatives/" + dependant + "/dependencies",
                        "{\"providerId\":" + provider
                                + ",\"kind\":\"NEEDS_DESIGN_ASSETS\",\"handoffDue\":\"2026-03-01\"}"));
        String checkIns = base + "/check-ins";
        assertThat(admin().post(
                                checkIns,
                                "{\"title\":\"Monthly\",\"frequency\":\"EVERY_TWO_WEEKS\",\"firstDate\":\""
                                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                                .plusDays(1)
                                        + "\",\"startTime\":\"10:00\",\"durationMinutes\":60}")
                        .status())
                .isEqualTo(201);
        long checkIn = admin().get(checkIns + "?size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        long decision = created(admin().post(checkIns + "/" + checkIn + "/decisions", "{\"what\":\"Ship it\"}"));
        long actionItem = created(admin().post(
                        checkIns + "/" + checkIn + "/action-items",
                        "{\"text\":\"Tell sales\",\"ownerId\":" + me + "}"));

        deletesOnlyAtItsVersion(base + "/teams/" + sales);
        deletesOnlyAtItsVersion(base + "/journeys/" + journey + "/stages/" + stage);
        deletesOnlyAtItsVersion(base + "/initiatives/" + dependant + "/dependencies/" + dependency);
        deletesOnlyAtItsVersion(checkIns + "/" + checkIn + "/decisions/" + decision);
        deletesOnlyAtItsVersion(checkIns + "/" + checkIn + "/action-items/" + actionItem);
    }

    @Test
    void aDeleteWithoutAVersionDeletesTheRecordAsItIs() {
        long insight = created(admin().post(base + "/insights", "{\"title\":\"Fees are unclear\"}"));
        assertThat(admin().delete(base + "/insights/" + insight).status()).isEqualTo(204);
        assertThat(admin().get(base + "/insights/" + insight).status()).isEqualTo(404);
    }

    @Test
    void aConfirmationOpenedBeforeAChangeShowsTheRecordAgainInsteadOfDeletingIt() {
        long goal = created(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Grow conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}"));
        String goalApi = base + "/goals/" + goal;
        long read = admin().get(goalApi).json().path("version").asLong();
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String confirm = "/w/" + slug + "/goals/" + goal + "/delete";
        assertThat(browser.get(confirm).html()).containsPattern("name=\"version\"[^>]*value=\"" + read + "\"");

        // someone renames it meanwhile
        Api.Response renamed = admin().send(
                        "PUT",
                        goalApi,
                        "{\"title\":\"Grow trial conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":"
                                + "\"2026-12-31\",\"version\":" + read + "}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        long now = renamed.json().path("version").asLong();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(read));
        WebSession.Page stale = browser.post(confirm, fields);
        assertThat(stale.redirectPath()).isEqualTo(confirm);
        assertThat(admin().get(goalApi).status()).isEqualTo(200);
        String shown = browser.get(confirm).html();
        assertThat(shown)
                .contains("Someone else changed this goal since you opened this page.")
                .contains("Delete the goal Grow trial conversions?")
                .containsPattern("name=\"version\"[^>]*value=\"" + now + "\"");

        fields.put("version", String.valueOf(now));
        WebSession.Page deleted = browser.post(confirm, fields);
        assertThat(deleted.redirectPath()).isEqualTo("/w/" + slug + "/goals");
        assertThat(admin().get(goalApi).status()).isEqualTo(404);
    }
}
