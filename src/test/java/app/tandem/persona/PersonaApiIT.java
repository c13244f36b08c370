package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PersonaApiIT extends TandemIT {

    String slug;
    String base;
    long marketing;
    long design;

    @BeforeEach
    void workspaceWithTwoTeams() {
        slug = "personas-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Persona Lab\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        marketing = admin().post(base + "/teams", "{\"name\":\"Marketing\"}")
                .json()
                .path("id")
                .asLong();
        design = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
    }

    long teamPersona(String name, long teamId, String motivations, String goals) {
        Api.Response created = admin().post(base + "/personas", """
                {"name":"%s","kind":"TEAM","teamId":%d,"summary":"A summary","quote":"In my words",
                 "demographics":[{"label":"Age","value":"29"}],
                 "motivations":%s,"frustrations":["Jargon"],"goals":%s}""".formatted(name, teamId, motivations, goals));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void createsReadsChangesAndDeletesATeamPersona() {
        long id = teamPersona("Frugal Freelancer", marketing, "[\"Cut costs\"]", "[\"Save\"]");
        // a team has one persona of a name (in any case): the pickers could not tell two apart; another team may
        Api.Response twice = admin().post(
                        base + "/personas",
                        "{\"name\":\" frugal FREELANCER\",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}");
        assertThat(twice.status()).as(twice.text()).isEqualTo(409);
        assertThat(twice.field()).isEqualTo("name");
        assertThat(twice.json().path("detail").asString())
                .contains("This team has a persona named 'frugal FREELANCER' already");
        long designs = teamPersona("Frugal Freelancer", design, "[]", "[]");
        assertThat(admin().delete(base + "/personas/" + designs).status()).isEqualTo(204);

        Api.Response read = admin().get(base + "/personas/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("kind").asString()).isEqualTo("TEAM");
        assertThat(read.json().path("teamName").asString()).isEqualTo("Marketing");
        assertThat(read.json().path("initials").asString()).isEqualTo("FF");
        assertThat(read.json().path("demographics").get(0).path("value").asString())
                .isEqualTo("29");

        Api.Response changed = admin().patch(
                        base + "/personas/" + id,
                        "{\"name\":\"Thrifty Freelancer\",\"motivations\":[\"Cut costs\",\"Plan slow months\"],\"teamId\":"
                                + design + ",\"version\":"
                                + read.json().path("version").asLong() + "}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("motivations").size()).isEqualTo(2);
        assertThat(changed.json().path("teamName").asString()).isEqualTo("Design");
        assertThat(changed.json().path("frustrations").get(0).asString()).isEqualTo("Jargon");

        assertThat(admin().delete(base + "/personas/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/personas/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsPersonasFilteredByKindAndTeam() {
        long a = teamPersona("Buyer", marketing, "[\"Save\"]", "[]");
        long b = teamPersona("User", design, "[\"Save\"]", "[]");
        admin().post(
                        base + "/personas",
                        "{\"name\":\"Shared\",\"kind\":\"SHARED\",\"sourcePersonaIds\":[" + a + "," + b + "]}");

        assertThat(admin().get(base + "/personas").json().path("totalItems").asInt())
                .isEqualTo(3);
        assertThat(names(admin().get(base + "/personas?kind=SHARED"))).containsExactly("Shared");
        assertThat(names(admin().get(base + "/personas?kind=TEAM"))).containsExactlyInAnyOrder("Buyer", "User");
        assertThat(names(admin().get(base + "/personas?team=" + design))).containsExactly("User");
        assertThat(admin().get(base + "/personas?kind=ALIEN").status()).isEqualTo(400);
    }

    @Test
    void buildsASharedPersonaFromADraftWithADecisionForEveryLine() {
        long a = teamPersona(
                "Buyer",
                marketing,
                "[\"Cut costs\",\"See where money goes\"]",
                "[\"Stop living paycheck to paycheck\"]");
        long b = teamPersona(
                "User",
                design,
                "[\"see where money goes!\"]",
                "[\"Stop living paycheck-to-paycheck\",\"Plain words\"]");

        Api.Response draft =
                admin().post(base + "/personas/shared-drafts", "{\"sourcePersonaIds\":[" + a + "," + b + "]}");
        assertThat(draft.status()).isEqualTo(200);
        List<JsonNode> rows = draft.json().path("rows").valueStream().toList();
        assertThat(rows)
                .filteredOn(r -> r.path("common").asBoolean())
                .extracting(r -> r.path("text").asString())
                .containsExactly("See where money goes", "Jargon", "Stop living paycheck to paycheck");
        String cut = rows.stream()
                .filter(r -> r.path("text").asString().equals("Cut costs"))
                .findFirst()
                .orElseThrow()
                .path("key")
                .asString();
        String jargon = rows.stream()
                .filter(r -> r.path("text").asString().equals("Jargon"))
                .findFirst()
                .orElseThrow()
                .path("key")
                .asString();

        StringBuilder decisions = new StringBuilder();
        for (JsonNode row : rows) {
            String key = row.path("key").asString();
            String decision = key.equals(cut) ? "{\"action\":\"DROP\"}" : "{\"action\":\"KEEP\"}";
            decisions
                    .append(decisions.isEmpty() ? "" : ",")
                    .append('"')
                    .append(key)
                    .append("\":")
                    .append(decision);
        }
        String body =
                "{\"sourcePersonaIds\":[" + a + "," + b + "],\"name\":\"Jess\",\"decisions\":{" + decisions + "}}";
        Api.Response built = admin().post(base + "/personas/shared", body);
        assertThat(built.status()).as(built.text()).isEqualTo(201);
        assertThat(built.json().path("kind").asString()).isEqualTo("SHARED");
        assertThat(strings(built.json().path("motivations"))).containsExactly("See where money goes");
        assertThat(strings(built.json().path("goals")))
                .containsExactly("Stop living paycheck to paycheck", "Plain words");
        assertThat(strings(built.json().path("frustrations"))).containsExactly("Jargon");
        assertThat(built.json()
                        .path("builtFrom")
                        .valueStream()
                        .map(p -> p.path("name").asString()))
                .containsExactly("Buyer", "User");
        // The team personas stay as they were.
        assertThat(strings(admin().get(base + "/personas/" + a).json().path("motivations")))
                .containsExactly("Cut costs", "See where money goes");

        Api.Response missing = admin().post(
                        base + "/personas/shared",
                        body.replace("\"" + jargon + "\":{\"action\":\"KEEP\"},", "")
                                .replace(",\"" + jargon + "\":{\"action\":\"KEEP\"}", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.field()).isEqualTo("decisions[" + jargon + "]");
    }

    @Test
    void refusesToDeleteAPersonaOthersDependOnListingThem() {
        long a = teamPersona("Buyer", marketing, "[]", "[]");
        long b = teamPersona("User", design, "[]", "[]");
        long shared = admin().post(
                        base + "/personas",
                        "{\"name\":\"Shared One\",\"kind\":\"SHARED\",\"sourcePersonaIds\":[" + a + "," + b + "]}")
                .json()
                .path("id")
                .asLong();
        admin().post(base + "/personas/" + shared + "/user-goals", "{\"sentence\":\"Help me save\",\"importance\":4}");

        Api.Response source = admin().delete(base + "/personas/" + a);
        assertThat(source.status()).isEqualTo(409);
        assertThat(source.json().path("detail").asString()).contains("shared persona Shared One");

        Api.Response withGoal = admin().delete(base + "/personas/" + shared);
        assertThat(withGoal.status()).isEqualTo(409);
        assertThat(withGoal.json().path("detail").asString()).contains("1 user goal");
        assertThat(admin().get(base + "/personas/" + a).status()).isEqualTo(200);
    }

    @Test
    void refusesInvalidPersonasNamingTheField() {
        assertThat(admin().post(base + "/personas", "{\"name\":\" \",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}")
                        .field())
                .isEqualTo("name");
        assertThat(admin().post(base + "/personas", "{\"name\":\"No team\",\"kind\":\"TEAM\"}")
                        .field())
                .isEqualTo("teamId");
        assertThat(admin().post(base + "/personas", "{\"name\":\"X\",\"kind\":\"TEAM\",\"teamId\":999999999}")
                        .field())
                .isEqualTo("teamId");
        Api.Response fact = admin().post(
                        base + "/personas",
                        "{\"name\":\"X\",\"kind\":\"TEAM\",\"teamId\":" + marketing
                                + ",\"demographics\":[{\"label\":\"\",\"value\":\"1\"}]}");
        assertThat(fact.status()).isEqualTo(400);
        assertThat(fact.field()).isEqualTo("demographics[0].label");
        long a = teamPersona("Buyer", marketing, "[]", "[]");
        Api.Response oneSource = admin().post(
                        base + "/personas", "{\"name\":\"S\",\"kind\":\"SHARED\",\"sourcePersonaIds\":[" + a + "]}");
        assertThat(oneSource.status()).isEqualTo(400);
        assertThat(oneSource.field()).isEqualTo("sourcePersonaIds");
        assertThat(admin().post(base + "/personas", "{\"name\":\"S\",\"kind\":\"WHO\"}")
                        .field())
                .isEqualTo("kind");
        Api.Response tooLong = admin().post(
                        base + "/personas",
                        "{\"name\":\"" + "N".repeat(101) + "\",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("name");
        assertThat(tooLong.json().path("detail").asString()).contains("100");
        Api.Response sharedWithTeam = admin().post(
                        base + "/personas",
                        "{\"name\":\"S\",\"kind\":\"SHARED\",\"teamId\":" + marketing + ",\"sourcePersonaIds\":[" + a
                                + "]}");
        assertThat(sharedWithTeam.status()).isEqualTo(400);
        assertThat(sharedWithTeam
                        .json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactly("teamId", "sourcePersonaIds");
    }

    @Test
    void aUserGoalIsReplacedWithTheVersionItWasReadAtAndAStaleVersionIsRefused() {
        long persona = teamPersona("Buyer", marketing, "[]", "[]");
        long other = teamPersona("User", design, "[]", "[]");
        Api.Response added = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me find cheaper plans\",\"importance\":5,\"howWeKnow\":\"Sales calls\"}");
        long goal = added.json().path("id").asLong();
        long read =
                admin().get(base + "/user-goals/" + goal).json().path("version").asLong();
        assertThat(added.json().path("version").asLong()).isEqualTo(read);

        Api.Response replaced = admin().send(
                        "PUT",
                        base + "/user-goals/" + goal,
                        "{\"personaId\":" + other + ",\"sentence\":\"Help me compare plans\",\"importance\":4,"
                                + "\"version\":" + read + "}");
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().path("personaName").asString()).isEqualTo("User");
        assertThat(replaced.json().path("sentence").asString()).isEqualTo("Help me compare plans");
        assertThat(replaced.json().path("importance").asInt()).isEqualTo(4);
        assertThat(replaced.json().path("howWeKnow").isNull()).isTrue();
        long now = replaced.json().path("version").asLong();
        assertThat(now).isGreaterThan(read);

        Api.Response stale = admin().send(
                        "PUT",
                        base + "/user-goals/" + goal,
                        "{\"personaId\":" + persona
                                + ",\"sentence\":\"Help me lose the other change\",\"importance\":1," + "\"version\":"
                                + read + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(now);
        Api.Response stalePatch =
                admin().patch(base + "/user-goals/" + goal, "{\"importance\":1,\"version\":" + read + "}");
        assertThat(stalePatch.status()).isEqualTo(409);
        assertThat(admin().get(base + "/user-goals/" + goal)
                        .json()
                        .path("sentence")
                        .asString())
                .isEqualTo("Help me compare plans");

        Api.Response noVersion = admin().send(
                        "PUT",
                        base + "/user-goals/" + goal,
                        "{\"personaId\":" + persona + ",\"sentence\":\"Help me\",\"importance\":1}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");
        Api.Response tooLong = admin().send(
                        "PUT",
                        base + "/user-goals/" + goal,
                        "{\"personaId\":" + persona + ",\"sentence\":\"" + "x".repeat(301)
                                + "\",\"importance\":1,\"version\":" + now + "}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("sentence");
        assertThat(tooLong.json().path("detail").asString()).contains("300");
        Api.Response foreignPersona = admin().send(
                        "PUT",
                        base + "/user-goals/" + goal,
                        "{\"personaId\":999999999,\"sentence\":\"Help me\",\"importance\":1,\"version\":" + now + "}");
        assertThat(foreignPersona.field()).isEqualTo("personaId");

        String otherSlug = "elsewhere-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Elsewhere\",\"slug\":\"" + otherSlug + "\"}");
        assertThat(admin().send(
                                "PUT",
                                "/api/v1/workspaces/" + otherSlug + "/user-goals/" + goal,
                                "{\"personaId\":" + persona + ",\"sentence\":\"Help me\",\"importance\":1,"
                                        + "\"version\":" + now + "}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void userGoalsAreAddedFilteredChangedAndDeleted() {
        long persona = teamPersona("Buyer", marketing, "[]", "[]");
        long other = teamPersona("User", design, "[]", "[]");
        Api.Response first = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me find cheaper plans\",\"importance\":5,\"howWeKnow\":\"Sales calls\"}");
        assertThat(first.status()).isEqualTo(201);
        long goal = first.json().path("id").asLong();
        admin().post(
                        base + "/user-goals",
                        "{\"personaId\":" + persona + ",\"sentence\":\"Remind me of bills\",\"importance\":2}");
        admin().post(
                        base + "/user-goals",
                        "{\"personaId\":" + other + ",\"sentence\":\"Explain words\",\"importance\":5}");

        assertThat(sentences(admin().get(base + "/personas/" + persona + "/user-goals")))
                .containsExactly("Help me find cheaper plans", "Remind me of bills");
        assertThat(sentences(admin().get(base + "/user-goals?importance=5")))
                .containsExactlyInAnyOrder("Help me find cheaper plans", "Explain words");
        assertThat(sentences(admin().get(base + "/user-goals?persona=" + other)))
                .containsExactly("Explain words");
        assertThat(admin().get(base + "/user-goals?importance=9").field()).isEqualTo("importance");

        long goalRead =
                admin().get(base + "/user-goals/" + goal).json().path("version").asLong();
        Api.Response changed = admin().patch(
                        base + "/user-goals/" + goal,
                        "{\"importance\":3,\"personaId\":" + other + ",\"version\":" + goalRead + "}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("personaName").asString()).isEqualTo("User");
        assertThat(admin().get(base + "/user-goals/" + goal)
                        .json()
                        .path("importance")
                        .asInt())
                .isEqualTo(3);

        Api.Response six = admin().post(
                        base + "/user-goals", "{\"personaId\":" + persona + ",\"sentence\":\"x\",\"importance\":6}");
        assertThat(six.field()).isEqualTo("importance");
        // in words a person reads, not Bean Validation's "must be less than or equal to 5"
        assertThat(six.json().path("errors").get(0).path("message").asString()).isEqualTo("Give 5 or less.");
        assertThat(admin().post(
                                base + "/user-goals",
                                "{\"personaId\":" + persona + ",\"sentence\":\"\",\"importance\":2}")
                        .field())
                .isEqualTo("sentence");
        Api.Response noPersona =
                admin().post(base + "/user-goals", "{\"personaId\":999999999,\"sentence\":\"x\",\"importance\":2}");
        assertThat(noPersona.status()).isEqualTo(404);
        assertThat(noPersona.field()).isEqualTo("personaId");

        assertThat(admin().delete(base + "/user-goals/" + goal).status()).isEqualTo(204);
        assertThat(admin().get(base + "/user-goals/" + goal).status()).isEqualTo(404);
    }

    @Test
    void anotherWorkspacesPersonasAndGoalsAnswer404AndViewersCannotChange() {
        long persona = teamPersona("Buyer", marketing, "[]", "[]");
        long goal = admin().post(
                        base + "/personas/" + persona + "/user-goals", "{\"sentence\":\"Help me\",\"importance\":3}")
                .json()
                .path("id")
                .asLong();
        String otherSlug = "elsewhere-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Elsewhere\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug;

        assertThat(admin().get(other + "/personas/" + persona).status()).isEqualTo(404);
        assertThat(admin().patch(other + "/personas/" + persona, "{\"name\":\"Stolen\",\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(other + "/personas/" + persona).status()).isEqualTo(404);
        assertThat(admin().get(other + "/personas/" + persona + "/user-goals").status())
                .isEqualTo(404);
        assertThat(admin().get(other + "/user-goals/" + goal).status()).isEqualTo(404);
        assertThat(admin().patch(other + "/user-goals/" + goal, "{\"importance\":1,\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(other + "/user-goals/" + goal).status()).isEqualTo(404);
        assertThat(admin().post(
                                other + "/user-goals",
                                "{\"personaId\":" + persona + ",\"sentence\":\"x\",\"importance\":2}")
                        .status())
                .isEqualTo(404);

        Person outsider = newPerson("Otto Outsider");
        assertThat(outsider.api().get(base + "/personas").status()).isEqualTo(404);
        assertThat(outsider.api().get(base + "/user-goals").status()).isEqualTo(404);

        Person viewer = newPerson("Vic Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api().get(base + "/personas/" + persona).status()).isEqualTo(200);
        assertThat(viewer.api()
                        .patch(base + "/personas/" + persona, "{\"name\":\"Nope\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api()
                        .post(
                                base + "/user-goals",
                                "{\"personaId\":" + persona + ",\"sentence\":\"x\",\"importance\":2}")
                        .status())
                .isEqualTo(403);
        assertThat(anonymous().get(base + "/personas").status()).isEqualTo(401);
    }

    @Test
    void theDemoWorkspaceHasThreeBudgetlyPersonasAndFiveUserGoals() {
        Api.Response shared = admin().get("/api/v1/workspaces/budgetly/personas?kind=SHARED");
        JsonNode jess = shared.json()
                .path("items")
                .valueStream()
                .filter(p -> p.path("name").asString().equals("Jess, gig worker"))
                .findFirst()
                .orElseThrow();
        assertThat(jess.path("summary").asString())
                .contains("32-year-old gig worker with ADHD", "paycheck to paycheck");
        assertThat(jess.path("builtFrom").valueStream().map(p -> p.path("name").asString()))
                .containsExactly("Frugal Freelancer", "Nervous Newcomer");
        assertThat(names(admin().get("/api/v1/workspaces/budgetly/personas?kind=TEAM")))
                .contains("Frugal Freelancer", "Nervous Newcomer");
        assertThat(admin().get("/api/v1/workspaces/budgetly/personas/"
                                + jess.path("id").asLong() + "/user-goals")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPersonaEditSendsTheVersionItStartedFromInTheBodyOrAsIfMatchAndAStaleOneIsRefused() {
        long id = teamPersona("Frugal Freelancer", marketing, "[\"Cut costs\"]", "[\"Save\"]");
        String path = base + "/personas/" + id;
        long read = admin().get(path).json().path("version").asLong();

        // without a version the last save would silently win: refused, naming the field, nothing saved
        Api.Response noVersion = admin().patch(path, "{\"name\":\"Blind Freelancer\"}");
        assertThat(noVersion.status()).as(noVersion.text()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");
        assertThat(noVersion.json().path("detail").asString()).contains("If-Match");
        assertThat(admin().get(path).json().path("name").asString()).isEqualTo("Frugal Freelancer");

        // an up-to-date If-Match passes
        Api.Response first = admin().send(
                        "PATCH",
                        path,
                        "{\"name\":\"Thrifty Freelancer\",\"motivations\":[\"Plan slow months\"]}",
                        Map.of("If-Match", "\"" + read + "\""));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);

        // a second edit from the same version: 409 with both versions, the first one's data stays
        Api.Response second =
                admin().send("PATCH", path, "{\"name\":\"Stale Freelancer\"}", Map.of("If-Match", "\"" + read + "\""));
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        JsonNode stored = admin().get(path).json();
        assertThat(stored.path("name").asString()).isEqualTo("Thrifty Freelancer");
        assertThat(strings(stored.path("motivations"))).containsExactly("Plan slow months");
        assertThat(stored.path("version").asLong()).isEqualTo(saved);

        // the header must be one version in quotes, and must not contradict the body
        Api.Response unquoted = admin().send("PATCH", path, "{\"name\":\"X\"}", Map.of("If-Match", "*"));
        assertThat(unquoted.status()).isEqualTo(400);
        assertThat(unquoted.field()).isEqualTo("If-Match");
        Api.Response contradicting = admin().send(
                        "PATCH",
                        path,
                        "{\"name\":\"X\",\"version\":" + read + "}",
                        Map.of("If-Match", "\"" + saved + "\""));
        assertThat(contradicting.status()).isEqualTo(400);
        assertThat(contradicting.field()).isEqualTo("version");
        assertThat(admin().get(path).json().path("name").asString()).isEqualTo("Thrifty Freelancer");
    }

    @Test
    void aUserGoalEditSendsTheVersionItStartedFromInTheBodyOrAsIfMatch() {
        long persona = teamPersona("Buyer", marketing, "[]", "[]");
        long goal = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me find cheaper plans\",\"importance\":3}")
                .json()
                .path("id")
                .asLong();
        String path = base + "/user-goals/" + goal;
        long read = admin().get(path).json().path("version").asLong();

        Api.Response noVersion = admin().patch(path, "{\"importance\":5}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");

        Api.Response patched =
                admin().send("PATCH", path, "{\"importance\":5}", Map.of("If-Match", "\"" + read + "\""));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        long saved = patched.json().path("version").asLong();

        Api.Response stalePut = admin().send(
                        "PUT",
                        path,
                        "{\"personaId\":" + persona + ",\"sentence\":\"Help me lose it\",\"importance\":1}",
                        Map.of("If-Match", "W/\"" + read + "\""));
        assertThat(stalePut.status()).isEqualTo(409);
        assertThat(stalePut.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(stalePut.json().path("yourVersion").asLong()).isEqualTo(read);

        Api.Response put = admin().send(
                        "PUT",
                        path,
                        "{\"personaId\":" + persona + ",\"sentence\":\"Help me compare plans\",\"importance\":4}",
                        Map.of("If-Match", "\"" + saved + "\""));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        JsonNode stored = admin().get(path).json();
        assertThat(stored.path("sentence").asString()).isEqualTo("Help me compare plans");
        assertThat(stored.path("importance").asInt()).isEqualTo(4);
    }

    static List<String> names(Api.Response list) {
        return list.json()
                .path("items")
                .valueStream()
                .map(p -> p.path("name").asString())
                .toList();
    }

    static List<String> sentences(Api.Response list) {
        return list.json()
                .path("items")
                .valueStream()
                .map(p -> p.path("sentence").asString())
                .toList();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** A deleted team's persona stays, as a shared persona: never a team's persona without a team. */
    @Test
    void aDeletedTeamsPersonaBecomesShared() {
        Api.Response created = admin().post(
                        base + "/personas", "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String persona = base + "/personas/" + created.json().path("id").asLong();
        long before = admin().get(persona).json().path("version").asLong();
        assertThat(admin().delete(base + "/teams/" + marketing).status()).isEqualTo(204);

        tools.jackson.databind.JsonNode after = admin().get(persona).json();
        assertThat(after.path("kind").asString()).isEqualTo("SHARED");
        assertThat(after.path("teamId").isNull() || after.path("teamId").isMissingNode())
                .isTrue();
        assertThat(after.path("version").asLong()).isGreaterThan(before);
        assertThat(admin().patch(
                                persona,
                                "{\"name\":\"Gig worker, shared\",\"version\":"
                                        + after.path("version").asLong() + "}")
                        .status())
                .as("it can be edited again")
                .isEqualTo(200);
    }
}
