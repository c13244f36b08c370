package app.tandem.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The persona and journey pages work as plain forms, without JavaScript. */
class JourneyPagesIT extends TandemIT {

    @Test
    void editsAStageWithoutJavaScriptAndRefusesABlankName() {
        String slug = "pages-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Pages\",\"slug\":\"" + slug + "\"}");
        String base = "/api/v1/workspaces/" + slug;
        long team = admin().post(base + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
        long persona = admin().post(
                        base + "/personas", "{\"name\":\"Caller\",\"kind\":\"TEAM\",\"teamId\":" + team + "}")
                .json()
                .path("id")
                .asLong();
        JsonNode journey = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona
                                + ",\"name\":\"Calls\",\"stages\":[{\"name\":\"Call\",\"emotion\":0}]}")
                .json();
        long id = journey.path("id").asLong();
        long stage = journey.path("stages").get(0).path("id").asLong();

        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String edit = "/w/" + slug + "/journeys/" + id + "/stages/" + stage;
        WebSession.Page form = web.get(edit + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Save stage", "<html");
        Matcher opened = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.html());
        assertThat(opened.find())
                .as("the form carries the version it was opened at")
                .isTrue();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Phone call");
        fields.put("emotion", "-1");
        fields.put("thinking", "On hold again");
        fields.put("touchpoints[0].channel", "Phone");
        fields.put("touchpoints[0].teamId", String.valueOf(team));
        fields.put("touchpoints[1].channel", "");
        fields.put("touchpoints[1].teamId", "");
        fields.put("painPoints[0].text", "Long hold times");
        fields.put("painPoints[0].severity", "2");
        fields.put("painPoints[0].userGoalId", "");
        fields.put("opportunities[0].text", "Call back instead");
        fields.put("opportunities[0].teamId", String.valueOf(team));
        fields.put("opportunities[1].text", "Chat");
        fields.put("opportunities[1].teamId", "");
        fields.put("opportunities[2].text", "");
        fields.put("opportunities[2].teamId", "");
        fields.put("version", opened.group(1));
        WebSession.Page saved = web.post(edit, fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/w/" + slug + "/journeys/" + id);

        JsonNode after =
                admin().get(base + "/journeys/" + id).json().path("stages").get(0);
        assertThat(after.path("name").asString()).isEqualTo("Phone call");
        assertThat(after.path("emotion").asInt()).isEqualTo(-1);
        assertThat(after.path("touchpoints").size()).isEqualTo(1);
        assertThat(after.path("touchpoints").get(0).path("teamName").asString()).isEqualTo("Support");
        assertThat(after.path("painPoints").get(0).path("text").asString()).isEqualTo("Long hold times");
        assertThat(after.path("opportunities").size()).isEqualTo(2);
        assertThat(after.path("opportunities").get(0).path("teamName").asString())
                .isEqualTo("Support");

        Matcher reopened = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(web.get(edit + "/edit").html());
        assertThat(reopened.find()).isTrue();
        fields.put("version", reopened.group(1));
        fields.put("name", " ");
        WebSession.Page refused = web.post(edit, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Give the stage a name.");

        // Text over a field's limit is refused beside the field, whole, never cut.
        fields.put("name", "Phone call");
        fields.put("doing", "Waits on hold ".repeat(40));
        WebSession.Page longDoing = web.post(edit, fields);
        assertThat(longDoing.status()).isEqualTo(200);
        assertThat(longDoing.html())
                .contains("id=\"stageForm-doing-error\">At most 500 characters.</p>")
                .contains(">" + "Waits on hold ".repeat(40) + "</textarea>");
        fields.put("doing", "Waits on hold");
        fields.put("touchpoints[0].channel", "Phone " + "line ".repeat(16));
        WebSession.Page longChannel = web.post(edit, fields);
        assertThat(longChannel.status()).isEqualTo(200);
        assertThat(longChannel.html())
                .contains("id=\"stageForm-touchpoints-0-channel-error\">A touchpoint&#39;s channel has 1 to 80"
                        + " characters.</p>")
                .contains("value=\"Phone " + "line ".repeat(16) + "\"");
        assertThat(admin().get(base + "/journeys/" + id)
                        .json()
                        .path("stages")
                        .get(0)
                        .path("touchpoints")
                        .get(0)
                        .path("channel")
                        .asString())
                .isEqualTo("Phone");

        WebSession.Page map = web.get("/w/" + slug + "/journeys/" + id);
        assertThat(map.html()).contains("Lowest: Phone call", "Download SVG");
        WebSession.Page personaDelete = web.get("/w/" + slug + "/personas/" + persona + "/delete");
        assertThat(personaDelete.html()).contains("journey map Calls").doesNotContain("Delete persona</button>");
        assertThat(web.get("/w/" + slug + "/user-goals?persona=" + persona + "&importance=5")
                        .status())
                .isEqualTo(200);
        assertThat(web.get("/w/" + slug + "/personas?kind=TEAM").html()).contains("Caller");
    }
}
