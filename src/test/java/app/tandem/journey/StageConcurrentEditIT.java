package app.tandem.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two people change the same journey stage from the same version: the first change is kept, the
 * second is refused (409 over the API; the stage editor shown again in place with the message and
 * what was typed).
 */
class StageConcurrentEditIT extends TandemIT {

    private String slug;
    private String base;
    private long persona;
    private long journey;
    private long stage;
    private long painPoint;

    @BeforeEach
    void journeyWithAStage() {
        slug = "stale-stage-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Stale\",\"slug\":\"" + slug + "\"}");
        long design = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        persona = admin().post(
                        base + "/personas", "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + design + "}")
                .json()
                .path("id")
                .asLong();
        Api.Response created = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\","
                                + "\"emotion\":-1,\"painPoints\":[{\"text\":\"Jargon in email\",\"severity\":2}]}]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        journey = created.json().path("id").asLong();
        JsonNode onboard = created.json().path("stages").get(0);
        stage = onboard.path("id").asLong();
        painPoint = onboard.path("painPoints").get(0).path("id").asLong();
    }

    private String stagePath() {
        return base + "/journeys/" + journey + "/stages/" + stage;
    }

    private JsonNode storedStage() {
        return admin().get(base + "/journeys/" + journey).json().path("stages").get(0);
    }

    @Test
    void theSecondChangeFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long read = storedStage().path("version").asLong();

        // only a pain point's words change: the stage's version moves on all the same
        Api.Response first = admin().patch(
                        stagePath(),
                        "{\"painPoints\":[{\"id\":" + painPoint + ",\"text\":\"Jargon everywhere\",\"severity\":3}],"
                                + "\"version\":" + read + "}");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);

        Api.Response second = admin().patch(stagePath(), "{\"painPoints\":[],\"version\":" + read + "}");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(storedStage().path("painPoints").get(0).path("text").asString())
                .isEqualTo("Jargon everywhere");
    }

    private Api.Response replaceMap(String stageName, long version) {
        return admin().send(
                        "PUT",
                        base + "/journeys/" + journey,
                        "{\"personaId\":" + persona + ",\"name\":\"First month\",\"stages\":[{\"id\":" + stage
                                + ",\"name\":\"" + stageName + "\",\"emotion\":-1}],\"version\":" + version + "}");
    }

    private long mapVersion() {
        return admin().get(base + "/journeys/" + journey).json().path("version").asLong();
    }

    @Test
    void theSecondReplaceOfTheMapFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long read = mapVersion();

        Api.Response first = replaceMap("Onboarding", read);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);
        assertThat(mapVersion()).as("the version answered is the one saved").isEqualTo(saved);

        Api.Response second = replaceMap("Sign-up", read);
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(storedStage().path("name").asString()).isEqualTo("Onboarding");

        Api.Response blind = admin().send(
                        "PUT",
                        base + "/journeys/" + journey,
                        "{\"personaId\":" + persona + ",\"name\":\"First month\",\"stages\":[]}");
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
    }

    @Test
    void aReplaceOfTheMapMadeBeforeAStageWasEditedIsRefused() {
        long read = mapVersion();
        long stageRead = storedStage().path("version").asLong();

        Api.Response stageEdit = admin().patch(stagePath(), "{\"emotion\":2,\"version\":" + stageRead + "}");
        assertThat(stageEdit.status()).as(stageEdit.text()).isEqualTo(200);

        Api.Response stale = replaceMap("Onboarding", read);
        assertThat(stale.status()).as(stale.text()).isEqualTo(409);
        assertThat(storedStage().path("emotion").asInt())
                .as("the stage edit is kept")
                .isEqualTo(2);
        assertThat(storedStage().path("painPoints").size()).isEqualTo(1);
    }

    @Test
    void aStaleStageEditorIsShownAgainInPlaceWithTheMessageAndWhatWasTyped() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long read = storedStage().path("version").asLong();
        String page = "/w/" + slug + "/journeys/" + journey + "/stages/" + stage;
        assertThat(browser.get(page + "/edit").html()).containsPattern("name=\"version\" value=\"" + read + "\"");
        admin().patch(stagePath(), "{\"name\":\"Onboarding\",\"version\":" + read + "}");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Typed stage");
        fields.put("emotion", "1");
        fields.put("version", String.valueOf(read));
        WebSession.Page stale = browser.postHtmx(page, fields);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html())
                .contains("Someone else changed this stage since you opened it.")
                .containsPattern("<dt>Stage name</dt>\\s*<dd>Onboarding</dd>")
                .containsPattern("<dt>Emotion</dt>\\s*<dd>-1</dd>")
                .containsPattern("<dt>Pain points</dt>\\s*<dd>Jargon in email \\(slows them down\\)</dd>")
                .doesNotContain("<dt>What the user is doing</dt>")
                .contains("value=\"Typed stage\"")
                .contains("Reload the stage");
        assertThat(storedStage().path("name").asString()).isEqualTo("Onboarding");
        assertThat(storedStage().path("painPoints").size())
                .as("the stale form had no pain points; the saved one is kept")
                .isEqualTo(1);
    }
}
