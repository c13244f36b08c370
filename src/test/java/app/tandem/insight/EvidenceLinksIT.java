package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An insight and a routing rule link only to personas, user goals and journey stages of their own
 * workspace: an id from another workspace is refused naming the field, and nothing is stored.
 */
class EvidenceLinksIT extends TandemIT {

    /** A workspace with a persona, a user goal and a journey map of one stage. */
    record Research(String slug, long team, long persona, long userGoal, long stage) {

        String insights() {
            return "/api/v1/workspaces/" + slug + "/insights";
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
                                + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\",\"emotion\":-1}]}");
        assertThat(journey.status()).as(journey.text()).isEqualTo(201);
        long stage = admin().get(base + "/journeys/" + id(journey))
                .json()
                .path("stages")
                .get(0)
                .path("id")
                .asLong();
        return new Research(slug, team, persona, goal, stage);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static String insight(String title, long persona, long goal, long stage) {
        return "{\"title\":\"" + title + "\",\"sourceType\":\"INTERVIEW\",\"personaIds\":[" + persona
                + "],\"userGoalIds\":[" + goal + "],\"journeyStageIds\":[" + stage + "]}";
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
                                insight("Plain", ours.persona(), ours.userGoal(), theirs.stage())),
                "journeyStageIds");
        assertRefused(
                admin().send(
                                "PUT",
                                ours.insights() + "/" + id,
                                insight("Plain", theirs.persona(), ours.userGoal(), ours.stage())),
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

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.field()).isEqualTo(field);
    }
}
