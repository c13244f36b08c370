package app.tandem.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JourneyApiIT extends TandemIT {

    String slug;
    String base;
    long marketing;
    long design;
    long persona;
    long goal;

    @BeforeEach
    void workspaceWithAPersonaAndAGoal() {
        slug = "journeys-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Journey Lab\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        marketing = admin().post(base + "/teams", "{\"name\":\"Marketing\"}")
                .json()
                .path("id")
                .asLong();
        design = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        persona = admin().post(
                        base + "/personas", "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + design + "}")
                .json()
                .path("id")
                .asLong();
        goal = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me understand money words\",\"importance\":4}")
                .json()
                .path("id")
                .asLong();
    }

    /** The map's version a replace starts from, as a client reads it. */
    long version(long journey) {
        return admin().get(base + "/journeys/" + journey).json().path("version").asLong();
    }

    String map(String name) {
        return """
                {"personaId":%d,"name":"%s","scenario":"First month","stages":[
                  {"name":"Discover","emotion":1,"doing":"Sees an ad","touchpoints":[{"channel":"Social ad","teamId":%d}],
                   "opportunities":["Plain words in ads",{"text":"Show the real screens","teamId":%d}]},
                  {"name":"Onboard","emotion":-2,"thinking":"What is an accrual?",
                   "touchpoints":[{"channel":"Email #2","teamId":%d},{"channel":"Wizard","teamId":%d}],
                   "painPoints":[{"text":"Jargon in email","severity":3,"userGoalId":%d}]},
                  {"name":"Habit","emotion":1}
                ]}""".formatted(persona, name, marketing, design, marketing, design, goal);
    }

    @Test
    void createsAMapWithNestedStagesAndReadsItBack() {
        Api.Response created = admin().post(base + "/journeys", map("First month"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        JsonNode journey = admin().get(base + "/journeys/" + id).json();
        assertThat(journey.path("personaName").asString()).isEqualTo("Gig worker");
        assertThat(stageNames(journey)).containsExactly("Discover", "Onboard", "Habit");
        JsonNode onboard = journey.path("stages").get(1);
        assertThat(onboard.path("emotion").asInt()).isEqualTo(-2);
        assertThat(onboard.path("touchpoints").get(0).path("teamName").asString())
                .isEqualTo("Marketing");
        assertThat(onboard.path("painPoints").get(0).path("severity").asInt()).isEqualTo(3);
        assertThat(onboard.path("painPoints").get(0).path("userGoal").asString())
                .isEqualTo("Help me understand money words");
        JsonNode opportunities = journey.path("stages").get(0).path("opportunities");
        assertThat(opportunities.get(0).path("text").asString())
                .as("a plain string is an opportunity nobody owns yet")
                .isEqualTo("Plain words in ads");
        assertThat(opportunities.get(0).path("teamId").isNull()).isTrue();
        assertThat(opportunities.get(1).path("teamName").asString()).isEqualTo("Design");

        Api.Response list = admin().get(base + "/journeys?persona=" + persona);
        assertThat(list.json().path("items").get(0).path("stages").asInt()).isEqualTo(3);
    }

    @Test
    void replacesTheWholeMapKeepingStagesAndPainPointsNamedById() {
        long id = admin().post(base + "/journeys", map("Replace me"))
                .json()
                .path("id")
                .asLong();
        JsonNode before = admin().get(base + "/journeys/" + id).json();
        long onboardId = before.path("stages").get(1).path("id").asLong();
        long painId = before.path("stages")
                .get(1)
                .path("painPoints")
                .get(0)
                .path("id")
                .asLong();

        Api.Response replaced =
                admin().send("PUT", base + "/journeys/" + id, """
                {"personaId":%d,"name":"Replaced","stages":[
                  {"id":%d,"name":"Onboarding","emotion":-1,"painPoints":[{"id":%d,"text":"Jargon everywhere","severity":2}]},
                  {"name":"First budget","emotion":0}
                ],"version":%d}""".formatted(persona, onboardId, painId, version(id)));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().path("name").asString()).isEqualTo("Replaced");
        assertThat(stageNames(replaced.json())).containsExactly("Onboarding", "First budget");
        assertThat(replaced.json().path("stages").get(0).path("id").asLong()).isEqualTo(onboardId);
        assertThat(replaced.json()
                        .path("stages")
                        .get(0)
                        .path("painPoints")
                        .get(0)
                        .path("id")
                        .asLong())
                .isEqualTo(painId);
        assertThat(replaced.json()
                        .path("stages")
                        .get(0)
                        .path("painPoints")
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("Jargon everywhere");

        Api.Response unknownStage = admin().send(
                        "PUT",
                        base + "/journeys/" + id,
                        "{\"personaId\":" + persona
                                + ",\"name\":\"X\",\"stages\":[{\"id\":999999999,\"name\":\"Ghost\",\"emotion\":0}],"
                                + "\"version\":" + version(id) + "}");
        assertThat(unknownStage.status()).isEqualTo(400);
        assertThat(unknownStage.field()).isEqualTo("stages[0].id");
    }

    @Test
    void addsChangesMovesAndDeletesSingleStages() {
        long id = admin().post(base + "/journeys", map("Stages"))
                .json()
                .path("id")
                .asLong();

        Api.Response added = admin().post(
                        base + "/journeys/" + id + "/stages", "{\"name\":\"Sign up\",\"emotion\":0,\"position\":1}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long signUp = added.json().path("id").asLong();
        assertThat(added.json().path("position").asInt()).isEqualTo(1);
        // its address answers a GET, and only under its own map
        assertThat(added.location()).isEqualTo(base + "/journeys/" + id + "/stages/" + signUp);
        JsonNode read = admin().get(added.location()).json();
        assertThat(read.path("name").asString()).isEqualTo("Sign up");
        assertThat(read.path("version").asLong())
                .isEqualTo(added.json().path("version").asLong());
        long other =
                admin().post(base + "/journeys", map("Other")).json().path("id").asLong();
        assertThat(admin().get(base + "/journeys/" + other + "/stages/" + signUp)
                        .status())
                .isEqualTo(404);
        assertThat(stageNames(admin().get(base + "/journeys/" + id).json()))
                .containsExactly("Discover", "Sign up", "Onboard", "Habit");

        Api.Response changed = admin().patch(
                        base + "/journeys/" + id + "/stages/" + signUp,
                        "{\"emotion\":-1,\"thinking\":\"Too many fields\",\"position\":3,\"painPoints\":[{\"text\":\"Long form\",\"severity\":1}],"
                                + "\"version\":" + added.json().path("version").asLong() + "}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("emotion").asInt()).isEqualTo(-1);
        assertThat(changed.json().path("name").asString()).isEqualTo("Sign up");
        assertThat(stageNames(admin().get(base + "/journeys/" + id).json()))
                .containsExactly("Discover", "Onboard", "Habit", "Sign up");

        String now = ",\"version\":" + changed.json().path("version").asLong() + "}";
        assertThat(admin().patch(base + "/journeys/" + id + "/stages/" + signUp, "{\"emotion\":3" + now)
                        .field())
                .isEqualTo("emotion");
        assertThat(admin().patch(base + "/journeys/" + id + "/stages/" + signUp, "{\"position\":9" + now)
                        .field())
                .isEqualTo("position");
        assertThat(admin().patch(
                                base + "/journeys/" + id + "/stages/" + signUp,
                                "{\"touchpoints\":[{\"channel\":\"Form\",\"teamId\":999999999}]" + now)
                        .field())
                .isEqualTo("touchpoints[0].teamId");

        assertThat(admin().delete(base + "/journeys/" + id + "/stages/" + signUp)
                        .status())
                .isEqualTo(204);
        assertThat(admin().patch(base + "/journeys/" + id + "/stages/" + signUp, "{\"emotion\":0" + now)
                        .status())
                .isEqualTo(404);
        assertThat(stageNames(admin().get(base + "/journeys/" + id).json()))
                .containsExactly("Discover", "Onboard", "Habit");

        assertThat(admin().delete(base + "/journeys/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/journeys/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRenameSendsTheMapsVersionInTheBodyOrAsIfMatchAndAStaleOneIsRefused() {
        long id = admin().post(base + "/journeys", map("First month"))
                .json()
                .path("id")
                .asLong();
        String path = base + "/journeys/" + id;
        long read = version(id);

        Api.Response noVersion = admin().patch(path, "{\"name\":\"Blind rename\"}");
        assertThat(noVersion.status()).as(noVersion.text()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");

        Api.Response first = admin().send(
                        "PATCH",
                        path,
                        "{\"name\":\"First month, renamed\",\"scenario\":\"From the ad\"}",
                        Map.of("If-Match", "\"" + read + "\""));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);
        assertThat(stageNames(first.json())).containsExactly("Discover", "Onboard", "Habit");

        Api.Response second = admin().patch(path, "{\"name\":\"Stale rename\",\"version\":" + read + "}");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        JsonNode stored = admin().get(path).json();
        assertThat(stored.path("name").asString()).isEqualTo("First month, renamed");
        assertThat(stored.path("scenario").asString()).isEqualTo("From the ad");

        // a stage edit moves the map's version on: a rename read before it is refused
        JsonNode discover = stored.path("stages").get(0);
        assertThat(admin().patch(
                                path + "/stages/" + discover.path("id").asLong(),
                                "{\"emotion\":2,\"version\":"
                                        + discover.path("version").asLong() + "}")
                        .status())
                .isEqualTo(200);
        assertThat(admin().patch(path, "{\"name\":\"After the stage\",\"version\":" + saved + "}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void validationErrorsNameTheNestedField() {
        Api.Response emotion = admin().post(base + "/journeys", map("Bad").replace("\"emotion\":-2", "\"emotion\":-3"));
        assertThat(emotion.status()).isEqualTo(400);
        assertThat(emotion.field()).isEqualTo("stages[1].emotion");

        Api.Response severity =
                admin().post(base + "/journeys", map("Bad").replace("\"severity\":3", "\"severity\":0"));
        assertThat(severity.field()).isEqualTo("stages[1].painPoints[0].severity");

        Api.Response name = admin().post(base + "/journeys", map("Bad").replace("\"name\":\"Habit\"", "\"name\":\"\""));
        assertThat(name.field()).isEqualTo("stages[2].name");

        Api.Response noPersona = admin().post(
                        base + "/journeys", map("Bad").replace("\"personaId\":" + persona, "\"personaId\":999999999"));
        assertThat(noPersona.status()).isEqualTo(404);
        assertThat(noPersona.field()).isEqualTo("personaId");

        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherPersona = admin().post(
                        "/api/v1/workspaces/" + otherSlug + "/personas",
                        "{\"name\":\"P\",\"kind\":\"TEAM\",\"teamId\":"
                                + admin().post("/api/v1/workspaces/" + otherSlug + "/teams", "{\"name\":\"T\"}")
                                        .json()
                                        .path("id")
                                        .asLong()
                                + "}")
                .json()
                .path("id")
                .asLong();
        long foreignGoal = admin().post(
                        "/api/v1/workspaces/" + otherSlug + "/user-goals",
                        "{\"personaId\":" + otherPersona + ",\"sentence\":\"x\",\"importance\":1}")
                .json()
                .path("id")
                .asLong();
        Api.Response goalElsewhere = admin().post(
                        base + "/journeys",
                        map("Bad").replace("\"userGoalId\":" + goal, "\"userGoalId\":" + foreignGoal));
        assertThat(goalElsewhere.status()).isEqualTo(400);
        assertThat(goalElsewhere.field()).isEqualTo("stages[1].painPoints[0].userGoalId");
    }

    @Test
    void anotherWorkspacesJourneysAnswer404() {
        long id = admin().post(base + "/journeys", map("Private"))
                .json()
                .path("id")
                .asLong();
        long stage = admin().get(base + "/journeys/" + id)
                .json()
                .path("stages")
                .get(0)
                .path("id")
                .asLong();
        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug + "/journeys/" + id;

        assertThat(admin().get(other).status()).isEqualTo(404);
        String stolen = map("Stolen");
        assertThat(admin().send("PUT", other, stolen.substring(0, stolen.lastIndexOf('}')) + ",\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(other).status()).isEqualTo(404);
        assertThat(admin().post(other + "/stages", "{\"name\":\"X\",\"emotion\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(admin().patch(other + "/stages/" + stage, "{\"emotion\":0,\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(other + "/stages/" + stage).status()).isEqualTo(404);

        Person outsider = newPerson("Jo Outsider");
        assertThat(outsider.api().get(base + "/journeys/" + id).status()).isEqualTo(404);
        Person viewer = newPerson("Val Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api().get(base + "/journeys/" + id).status()).isEqualTo(200);
        assertThat(viewer.api()
                        .patch(base + "/journeys/" + id + "/stages/" + stage, "{\"emotion\":0,\"version\":0}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aPersonaWithAJourneyCannotBeDeletedAndTheRefusalNamesTheJourney() {
        admin().delete(base + "/user-goals/" + goal);
        admin().post(base + "/journeys", map("Keeps the persona").replace(",\"userGoalId\":" + goal, ""));
        Api.Response refused = admin().delete(base + "/personas/" + persona);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("journey map Keeps the persona");
    }

    @Test
    void theDemoJourneyDipsAfterTheSecondOnboardingEmail() {
        JsonNode journeys = admin().get("/api/v1/workspaces/budgetly/journeys").json();
        long id = journeys.path("items")
                .valueStream()
                .filter(j -> j.path("name").asString().equals("First month with Budgetly"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        JsonNode journey =
                admin().get("/api/v1/workspaces/budgetly/journeys/" + id).json();
        assertThat(stageNames(journey)).containsExactly("Discover", "Sign up", "Onboard", "First budget", "Habit");
        JsonNode onboard = journey.path("stages").get(2);
        assertThat(onboard.path("emotion").asInt()).isEqualTo(-2);
        assertThat(onboard.path("touchpoints")
                        .valueStream()
                        .map(t -> t.path("channel").asString()))
                .contains("Onboarding email #2");
        assertThat(onboard.path("painPoints").size()).isGreaterThan(0);
        assertThat(journey.path("stages").get(1).path("emotion").asInt()).isGreaterThan(0);
    }

    @Test
    void thePictureDownloadsAsSvg() {
        long id = admin().post(base + "/journeys", map("Picture"))
                .json()
                .path("id")
                .asLong();
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page svg = browser.get("/w/" + slug + "/journeys/" + id + "/picture.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.html())
                .startsWith("<?xml")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "viewBox=", "Lowest: Onboard", "emotion-curve");
        WebSession.Page page = browser.get("/w/" + slug + "/journeys/" + id);
        assertThat(page.html()).contains("Download SVG", "Lowest: Onboard");
    }

    static List<String> stageNames(JsonNode journey) {
        return journey.path("stages")
                .valueStream()
                .map(s -> s.path("name").asString())
                .toList();
    }
}
