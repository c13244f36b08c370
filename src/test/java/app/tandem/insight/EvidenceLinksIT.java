package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Evidence both ways over the API. An insight and a routing rule link only to personas, user goals,
 * journey stages and pain points of their own workspace: an id from another workspace is refused
 * naming the field, and nothing is stored. From the other side, a persona, user goal, stage or pain
 * point lists the insights that prove it, strongest first; a link goes with its user goal or pain point.
 */
class EvidenceLinksIT extends TandemIT {

    /** A workspace with a persona, a user goal and a journey map of one stage with one pain point. */
    record Research(String slug, long team, long persona, long userGoal, long journey, long stage, long painPoint) {

        String insights() {
            return "/api/v1/workspaces/" + slug + "/insights";
        }

        String evidence(String kind, long id) {
            return "/api/v1/workspaces/" + slug + "/evidence/" + kind + "/" + id;
        }

        String link(long insight, String kind, long id) {
            return insights() + "/" + insight + "/evidence/" + kind + "/" + id;
        }
    }

    private Research ours;
    private Research theirs;

    @BeforeEach
    void twoWorkspaces() {
        ours = research("ours-" + unique());
        theirs = research("theirs-" + unique());
    }

    private Research research(String slug) {
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Research\",\"slug\":\"" + slug + "\"}");
        long team = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long persona = id(admin().post(
                        base + "/personas", "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long goal = id(admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me understand money words\",\"importance\":4}"));
        Api.Response journey = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona
                                + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\",\"emotion\":-1,"
                                + "\"painPoints\":[{\"text\":\"The second email is full of jargon\",\"severity\":3,"
                                + "\"userGoalId\":" + goal + ",\"teamId\":" + team + "}]}]}");
        assertThat(journey.status()).as(journey.text()).isEqualTo(201);
        long journeyId = id(journey);
        JsonNode stage = admin().get(base + "/journeys/" + journeyId)
                .json()
                .path("stages")
                .get(0);
        return new Research(
                slug,
                team,
                persona,
                goal,
                journeyId,
                stage.path("id").asLong(),
                stage.path("painPoints").get(0).path("id").asLong());
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A whole insight with the version it is read at now, as a replace sends it. */
    private String withVersion(String insight, long id) {
        long version =
                admin().get(ours.insights() + "/" + id).json().path("version").asLong();
        return insight.substring(0, insight.length() - 1) + ",\"version\":" + version + "}";
    }

    private static String insight(String title, long persona, long goal, long stage) {
        return "{\"title\":\"" + title + "\",\"sourceType\":\"INTERVIEW\",\"personaIds\":[" + persona
                + "],\"userGoalIds\":[" + goal + "],\"journeyStageIds\":[" + stage + "]}";
    }

    /** Linking and unlinking answer the insight at the version they saved, which a following edit starts from. */
    @Test
    void aLinkAnswersTheVersionItSavedAsAndTheNextEditStartsFromIt() {
        long insight =
                id(admin().post(ours.insights(), "{\"title\":\"Jargon in e-mails\",\"teamId\":" + ours.team() + "}"));
        Api.Response linked = admin().send("PUT", ours.link(insight, "persona", ours.persona()), null);
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        long answered = linked.json().path("version").asLong();
        assertThat(answered)
                .isEqualTo(admin().get(ours.insights() + "/" + insight)
                        .json()
                        .path("version")
                        .asLong());
        Api.Response unlinked = admin().send("DELETE", ours.link(insight, "persona", ours.persona()), null);
        assertThat(unlinked.status()).isEqualTo(204);
        Api.Response edited = admin().send(
                        "PUT",
                        ours.insights() + "/" + insight,
                        "{\"title\":\"Jargon in the second e-mail\",\"teamId\":" + ours.team() + ",\"version\":"
                                + admin().get(ours.insights() + "/" + insight)
                                        .json()
                                        .path("version")
                                        .asLong() + "}");
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    }

    @Test
    void anInsightLinksToItsOwnWorkspacesPersonasGoalsAndStages() {
        Api.Response linked =
                admin().post(ours.insights(), insight("Words confuse", ours.persona(), ours.userGoal(), ours.stage()));
        assertThat(linked.status()).as(linked.text()).isEqualTo(201);
        JsonNode insight = linked.json();
        assertThat(insight.path("personaIds").get(0).asLong()).isEqualTo(ours.persona());
        assertThat(insight.path("userGoalIds").get(0).asLong()).isEqualTo(ours.userGoal());
        assertThat(insight.path("journeyStageIds").get(0).asLong()).isEqualTo(ours.stage());
    }

    @Test
    void anInsightCannotLinkToAnotherWorkspacesPersonaGoalOrStage() {
        assertRefused(
                admin().post(ours.insights(), insight("x", theirs.persona(), ours.userGoal(), ours.stage())),
                "personaIds");
        assertRefused(
                admin().post(ours.insights(), insight("x", ours.persona(), theirs.userGoal(), ours.stage())),
                "userGoalIds");
        assertRefused(
                admin().post(ours.insights(), insight("x", ours.persona(), ours.userGoal(), theirs.stage())),
                "journeyStageIds");
        assertRefused(
                admin().post(ours.insights(), insight("x", ours.persona(), ours.userGoal(), 999_999_999L)),
                "journeyStageIds");
        assertThat(admin().get(ours.insights()).json().path("totalItems").asInt())
                .as("nothing stored")
                .isZero();

        long id = id(admin().post(ours.insights(), "{\"title\":\"Plain\",\"sourceType\":\"INTERVIEW\"}"));
        assertRefused(
                admin().send(
                                "PUT",
                                ours.insights() + "/" + id,
                                withVersion(insight("Plain", ours.persona(), ours.userGoal(), theirs.stage()), id)),
                "journeyStageIds");
        assertRefused(
                admin().send(
                                "PUT",
                                ours.insights() + "/" + id,
                                withVersion(insight("Plain", theirs.persona(), ours.userGoal(), ours.stage()), id)),
                "personaIds");
        assertThat(admin().get(ours.insights() + "/" + id)
                        .json()
                        .path("personaIds")
                        .isEmpty())
                .as("the refused update changed nothing")
                .isTrue();
    }

    @Test
    void aRoutingRuleCannotFollowAnotherWorkspacesPersonaGoalOrStage() {
        String rules = "/api/v1/workspaces/" + ours.slug() + "/routing-rules";
        assertRefused(
                admin().post(rules, "{\"team\":" + ours.team() + ",\"personaId\":" + theirs.persona() + "}"),
                "personaId");
        assertRefused(
                admin().post(rules, "{\"team\":" + ours.team() + ",\"userGoalId\":" + theirs.userGoal() + "}"),
                "userGoalId");
        assertRefused(
                admin().post(rules, "{\"team\":" + ours.team() + ",\"journeyStageId\":" + theirs.stage() + "}"),
                "journeyStageId");
        assertThat(admin().get(rules).json().size()).as("no rule stored").isZero();

        Api.Response own = admin().post(
                        rules,
                        "{\"team\":" + ours.team() + ",\"personaId\":" + ours.persona() + ",\"userGoalId\":"
                                + ours.userGoal() + ",\"journeyStageId\":" + ours.stage() + "}");
        assertThat(own.status()).as(own.text()).isEqualTo(201);
    }

    @Test
    void aPersonaListsTheInsightsThatProveItStrongestFirst() {
        long anecdote = id(admin().post(ours.insights(), proving("One user said so", "ANECDOTE", 500)));
        long measured = id(admin().post(ours.insights(), proving("Funnel shows it", "MEASURED", 40)));
        long pattern = id(admin().post(ours.insights(), proving("Five tickets say so", "PATTERN", 5)));
        id(admin().post(ours.insights(), "{\"title\":\"Unrelated\",\"sourceType\":\"SURVEY\",\"reach\":7}"));

        JsonNode evidence =
                admin().get(ours.evidence("persona", ours.persona())).json();
        assertThat(evidence.path("label").asString()).isEqualTo("Gig worker");
        assertThat(evidence.path("count").asLong()).isEqualTo(3);
        assertThat(evidence.path("totalReach").asLong()).isEqualTo(545);
        assertThat(evidence.path("insights").valueStream().map(i -> i.path("id").asLong()))
                .as("measured, then pattern, then anecdote, whatever the reach")
                .containsExactly(measured, pattern, anecdote);

        JsonNode one = admin().get(ours.evidence("persona", ours.persona()) + "?limit=1")
                .json();
        assertThat(one.path("insights").size()).isEqualTo(1);
        assertThat(one.path("count").asLong()).as("the count covers them all").isEqualTo(3);

        assertThat(admin().get(ours.insights() + "?persona=" + ours.persona())
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("the search filtered to the persona finds the same insights")
                .isEqualTo(3);
        Api.Response tooMany = admin().get(ours.evidence("persona", ours.persona()) + "?limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.field()).isEqualTo("limit");
    }

    @Test
    void anInsightIsLinkedToAPainPointAndUnlinkedOneAtATime() {
        long insight =
                id(admin().post(ours.insights(), "{\"title\":\"Jargon tickets\",\"sourceType\":\"SUPPORT_TICKET\"}"));

        Api.Response linked = admin().send("PUT", ours.link(insight, "pain-point", ours.painPoint()), null);
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.json().path("painPointIds").get(0).asLong()).isEqualTo(ours.painPoint());
        assertThat(admin().get(ours.evidence("pain-point", ours.painPoint()))
                        .json()
                        .path("count")
                        .asLong())
                .isEqualTo(1);
        assertThat(admin().get(ours.insights() + "?painPoint=" + ours.painPoint())
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
        JsonNode painPoint = admin().get("/api/v1/workspaces/" + ours.slug() + "/journeys/" + ours.journey())
                .json()
                .path("stages")
                .get(0)
                .path("painPoints")
                .get(0);
        assertThat(painPoint.path("insights").asLong())
                .as("the journey map counts the evidence")
                .isEqualTo(1);
        assertThat(painPoint.path("teamId").asLong()).isEqualTo(ours.team());

        // the insight's page and the pain point's evidence page link to the place on the journey map
        // (a # inside the path variable was escaped: /journeys/1%23pain-point-1, a 400)
        app.tandem.WebSession browser = new app.tandem.WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String map = "/w/" + ours.slug() + "/journeys/" + ours.journey();
        String place = map + "#pain-point-" + ours.painPoint();
        assertThat(browser.get("/w/" + ours.slug() + "/insights/" + insight).html())
                .contains("href=\"" + place + "\"");
        assertThat(browser.get("/w/" + ours.slug() + "/evidence/pain-point/" + ours.painPoint())
                        .html())
                .contains("href=\"" + place + "\"");
        app.tandem.WebSession.Page journeyMap = browser.get(map);
        assertThat(journeyMap.status()).isEqualTo(200);
        assertThat(journeyMap.html()).contains("id=\"pain-point-" + ours.painPoint() + "\"");

        assertThat(admin().delete(ours.link(insight, "pain-point", ours.painPoint()))
                        .status())
                .isEqualTo(204);
        assertThat(admin().get(ours.evidence("pain-point", ours.painPoint()))
                        .json()
                        .path("count")
                        .asLong())
                .isZero();
        assertThat(admin().delete(ours.link(insight, "pain-point", ours.painPoint()))
                        .status())
                .as("unlinking what is no longer linked changes nothing")
                .isEqualTo(204);
    }

    @Test
    void linksToAnotherWorkspaceOrToNothingAreRefused() {
        long insight = id(admin().post(ours.insights(), "{\"title\":\"Ours\",\"sourceType\":\"INTERVIEW\"}"));
        assertRefused(admin().send("PUT", ours.link(insight, "pain-point", theirs.painPoint()), null), "painPointIds");
        assertRefused(admin().send("PUT", ours.link(insight, "user-goal", theirs.userGoal()), null), "userGoalIds");
        assertRefused(admin().send("PUT", ours.link(insight, "teams", ours.team()), null), "kind");
        assertRefused(
                admin().post(
                                ours.insights(),
                                "{\"title\":\"x\",\"sourceType\":\"INTERVIEW\",\"painPointIds\":[" + theirs.painPoint()
                                        + "]}"),
                "painPointIds");
        assertRefused(admin().delete(ours.link(insight, "pain-point", theirs.painPoint())), "painPointIds");
        // a search or an export filtered by what is not the workspace's is refused naming the filter
        assertRefused(admin().get(ours.insights() + "?painPoint=" + theirs.painPoint()), "painPoint");
        assertRefused(admin().get(ours.insights() + "?persona=" + theirs.persona()), "persona");
        assertRefused(admin().get(ours.insights() + "?userGoal=" + theirs.userGoal()), "userGoal");
        assertRefused(admin().get(ours.insights() + "?journeyStage=" + theirs.stage()), "journeyStage");
        assertRefused(admin().get(ours.insights() + "?team=" + theirs.team()), "team");
        assertRefused(admin().get(ours.insights() + "/export?format=json&team=" + theirs.team()), "team");
        assertThat(admin().get(ours.insights() + "?team=" + ours.team()).status())
                .isEqualTo(200);
        assertRefused(admin().delete(ours.link(insight, "persona", 987_654_321L)), "personaIds");
        assertThat(admin().get(ours.evidence("pain-point", theirs.painPoint())).status())
                .as("another workspace's pain point is not found here")
                .isEqualTo(404);
        assertThat(admin().get(ours.insights() + "/" + insight)
                        .json()
                        .path("painPointIds")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aLinkGoesWithItsUserGoalAndItsPainPoint() {
        long insight = id(admin().post(
                        ours.insights(),
                        "{\"title\":\"Proves both\",\"sourceType\":\"INTERVIEW\",\"userGoalIds\":[" + ours.userGoal()
                                + "],\"painPointIds\":[" + ours.painPoint() + "]}"));
        String base = "/api/v1/workspaces/" + ours.slug();
        long stageVersion = admin().get(base + "/journeys/" + ours.journey())
                .json()
                .path("stages")
                .valueStream()
                .filter(s -> s.path("id").asLong() == ours.stage())
                .findFirst()
                .orElseThrow()
                .path("version")
                .asLong();
        Api.Response replaced = admin().patch(
                        base + "/journeys/" + ours.journey() + "/stages/" + ours.stage(),
                        "{\"painPoints\":[],\"version\":" + stageVersion + "}");
        assertThat(replaced.status()).as(replaced.text()).isIn(200, 204);
        assertThat(admin().delete(base + "/user-goals/" + ours.userGoal()).status())
                .isIn(200, 204);

        JsonNode after = admin().get(ours.insights() + "/" + insight).json();
        assertThat(after.path("painPointIds").isEmpty()).as(after.toString()).isTrue();
        assertThat(after.path("userGoalIds").isEmpty()).as(after.toString()).isTrue();
    }

    /**
     * Deleting a journey stage, a user goal or a persona takes the insights' links to it and the routing
     * rules that follow it with it (until December 2026 their ids stayed: an insight still proved a stage
     * that was gone, and a rule followed it).
     */
    @Test
    void aLinkAndARoutingRuleGoWithTheirStageUserGoalAndPersona() {
        long insight = id(
                admin().post(ours.insights(), insight("Words confuse", ours.persona(), ours.userGoal(), ours.stage())));
        String base = "/api/v1/workspaces/" + ours.slug();
        String rules = base + "/routing-rules";
        long byPersona = id(admin().post(rules, "{\"team\":" + ours.team() + ",\"personaId\":" + ours.persona() + "}"));
        long byGoal = id(admin().post(rules, "{\"team\":" + ours.team() + ",\"userGoalId\":" + ours.userGoal() + "}"));
        long byStage =
                id(admin().post(rules, "{\"team\":" + ours.team() + ",\"journeyStageId\":" + ours.stage() + "}"));
        long byWords = id(admin().post(rules, "{\"team\":" + ours.team() + ",\"words\":\"jargon\"}"));

        assertThat(admin().delete(base + "/journeys/" + ours.journey() + "/stages/" + ours.stage())
                        .status())
                .isIn(200, 204);
        JsonNode afterStage = admin().get(ours.insights() + "/" + insight).json();
        assertThat(afterStage.path("journeyStageIds").isEmpty())
                .as(afterStage.toString())
                .isTrue();
        assertThat(afterStage.path("personaIds").size()).isEqualTo(1);
        assertThat(admin().get(rules + "/" + byStage).status()).isEqualTo(404);
        assertThat(admin().get(rules + "/" + byGoal).status()).isEqualTo(200);

        assertThat(admin().delete(base + "/user-goals/" + ours.userGoal()).status())
                .isIn(200, 204);
        assertThat(admin().get(rules + "/" + byGoal).status()).isEqualTo(404);

        // a persona with a journey map cannot be deleted: the map goes first
        assertThat(admin().delete(base + "/journeys/" + ours.journey()).status())
                .isIn(200, 204);
        Api.Response persona = admin().delete(base + "/personas/" + ours.persona());
        assertThat(persona.status()).as(persona.text()).isIn(200, 204);
        JsonNode afterPersona = admin().get(ours.insights() + "/" + insight).json();
        assertThat(afterPersona.path("personaIds").isEmpty())
                .as(afterPersona.toString())
                .isTrue();
        assertThat(admin().get(rules + "/" + byPersona).status()).isEqualTo(404);
        assertThat(admin().get(rules + "/" + byWords).status())
                .as("a rule that names none of them stays")
                .isEqualTo(200);
        assertThat(admin().get(ours.insights() + "/" + insight).status()).isEqualTo(200);
    }

    private String proving(String title, String strength, int reach) {
        return "{\"title\":\"" + title + "\",\"sourceType\":\"INTERVIEW\",\"evidenceStrength\":\"" + strength
                + "\",\"reach\":" + reach + ",\"personaIds\":[" + ours.persona() + "]}";
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.field()).isEqualTo(field);
    }
}
