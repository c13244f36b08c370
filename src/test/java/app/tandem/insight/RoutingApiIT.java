package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoutingApiIT extends TandemIT {

    private String slug;
    private String base;
    private long design;
    private long support;

    @BeforeEach
    void workspace() {
        slug = "routing-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Routing\",\"slug\":\"" + slug + "\"}");
        design = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        support = admin().post(base + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long capture(String title, String sourceType, String tags) {
        return admin().post(
                        base + "/insights",
                        "{\"title\":\"" + title + "\",\"body\":\"text\",\"sourceType\":\"" + sourceType
                                + "\",\"teamId\":" + support + ",\"tags\":" + tags + "}")
                .json()
                .path("id")
                .asLong();
    }

    private Api.Response inbox(long team) {
        return admin().get(base + "/teams/" + team + "/inbox");
    }

    @Test
    void aRuleSendsANewInsightToTheTeamsInboxAfterItIsSaved() {
        Api.Response rule = admin().post(
                        base + "/routing-rules",
                        "{\"team\":" + design + ",\"sourceType\":\"USABILITY_TEST\",\"tag\":\"navigation\"}");
        assertThat(rule.status()).isEqualTo(201);
        long matching = capture("Testers cannot find savings goals", "USABILITY_TEST", "[\"navigation\"]");
        capture("Unrelated ticket", "SUPPORT_TICKET", "[\"navigation\"]");

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(inbox(design)
                                .json()
                                .path("items")
                                .valueStream()
                                .map(r -> r.path("insightId").asLong()))
                        .containsExactly(matching));
        assertThat(inbox(design).json().path("items").get(0).path("ruleId").asLong())
                .isEqualTo(rule.json().path("id").asLong());
        assertThat(inbox(support).json().path("totalItems").asInt()).isZero();
        assertThat(admin().get(base + "/routing-rules")
                        .json()
                        .get(0)
                        .path("tag")
                        .asString())
                .isEqualTo("navigation");
    }

    @Test
    void aPersonRoutesByHandAndTheTeamAcknowledgesAndClosesIt() {
        long id = capture("Users can't find savings goals", "SUPPORT_TICKET", "[]");
        Api.Response routed = admin().post(
                        base + "/insights/" + id + "/routes",
                        "{\"team\":" + design + ",\"note\":\"design: users can't find savings goals\"}");
        assertThat(routed.status()).isEqualTo(201);
        assertThat(routed.json().path("status").asString()).isEqualTo("NEW");
        Api.Response again = admin().post(base + "/insights/" + id + "/routes", "{\"team\":" + design + "}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field()).isEqualTo("team");

        Api.Response inbox = inbox(design);
        assertThat(inbox.json().path("items").get(0).path("note").asString())
                .isEqualTo("design: users can't find savings goals");
        assertThat(inbox.json().path("items").get(0).path("insightTitle").asString())
                .isEqualTo("Users can't find savings goals");

        Api.Response ack = admin().post(base + "/insights/" + id + "/routes/" + design + "/acknowledge", "{}");
        assertThat(ack.json().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(admin().post(base + "/insights/" + id + "/routes/" + design + "/acknowledge", "{}")
                        .status())
                .isEqualTo(409);

        Api.Response noOutcome =
                admin().post(base + "/insights/" + id + "/routes/" + design + "/close", "{\"outcome\":\"\"}");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.field()).isEqualTo("outcome");
        Api.Response closed = admin().post(
                        base + "/insights/" + id + "/routes/" + design + "/close",
                        "{\"outcome\":\"Moved savings goals to the home screen\"}");
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(admin().get(base + "/teams/" + design + "/inbox?status=CLOSED")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(admin().get(base + "/teams/" + design + "/inbox?status=NEW")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();

        Api.Response flow = admin().get(base + "/routing-flow");
        var designFlow = flow.json()
                .valueStream()
                .filter(f -> f.path("teamId").asLong() == design)
                .findFirst()
                .orElseThrow();
        assertThat(designFlow.path("closed").asInt()).isEqualTo(1);
        assertThat(designFlow.path("medianTimeToAcknowledge").isNull()).isFalse();
        assertThat(admin().get(base + "/insights/" + id + "/routes")
                        .json()
                        .get(0)
                        .path("outcome")
                        .asString())
                .isEqualTo("Moved savings goals to the home screen");
    }

    @Test
    void refusesRulesAndRoutesThatMakeNoSense() {
        assertThat(admin().post(base + "/routing-rules", "{\"team\":" + design + "}")
                        .status())
                .isEqualTo(400);
        Api.Response otherTeam = admin().post(base + "/routing-rules", "{\"team\":999999999,\"tag\":\"x\"}");
        assertThat(otherTeam.status()).isEqualTo(400);
        assertThat(otherTeam.field()).isEqualTo("team");
        long id = capture("x", "OTHER", "[]");
        assertThat(admin().post(base + "/insights/" + id + "/routes/" + design + "/acknowledge", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRuleIsRefusedForEveryWrongFieldAtOnce() {
        Api.Response refused = admin().post(
                        base + "/routing-rules",
                        "{\"team\":999999999,\"personaId\":999999999,\"journeyStageId\":999999999,\"words\":\"ok\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactly("team", "personaId", "journeyStageId");
        Api.Response tooLong = admin().post(
                        base + "/routing-rules", "{\"team\":" + design + ",\"words\":\"" + "w".repeat(201) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("words");
        assertThat(tooLong.json().path("detail").asString()).contains("200");
        assertThat(admin().get(base + "/routing-rules").json().size()).isZero();
    }

    @Test
    void theRulesFormOffersTheWorkspacesPersonasGoalsAndStagesAndKeepsWhatWasTypedWhenRefused() {
        long persona = admin().post(
                        base + "/personas", "{\"name\":\"Jess\",\"kind\":\"TEAM\",\"teamId\":" + design + "}")
                .json()
                .path("id")
                .asLong();
        long goal = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Help me see where my money goes\",\"importance\":5}")
                .json()
                .path("id")
                .asLong();
        long stage = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona
                                + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\",\"emotion\":-1}]}")
                .json()
                .path("stages")
                .get(0)
                .path("id")
                .asLong();
        String otherSlug = "routing-other-" + unique();
        String elsewhere = "/api/v1/workspaces/" + otherSlug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherTeam = admin().post(elsewhere + "/teams", "{\"name\":\"Them\"}")
                .json()
                .path("id")
                .asLong();
        long foreignPersona = admin().post(
                        elsewhere + "/personas",
                        "{\"name\":\"Not ours\",\"kind\":\"TEAM\",\"teamId\":" + otherTeam + "}")
                .json()
                .path("id")
                .asLong();

        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String rules = "/w/" + slug + "/insights/rules";
        WebSession.Page page = web.get(rules);
        assertThat(page.html())
                .contains("<option value=\"" + persona + "\">Jess</option>")
                .contains("<optgroup label=\"Jess\">")
                .contains("<option value=\"" + goal + "\">Help me see where my money goes</option>")
                .contains("<option value=\"" + stage + "\">First month › Onboard</option>")
                .doesNotContain("Not ours");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("team", "");
        fields.put("sourceType", "");
        fields.put("tag", "navigation");
        fields.put("personaId", String.valueOf(persona));
        fields.put("userGoalId", "");
        fields.put("journeyStageId", String.valueOf(stage));
        fields.put("words", "checkout ".repeat(25));
        WebSession.Page refused = web.post(rules, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html())
                .contains("id=\"ruleForm-team-error\">Choose the team whose inbox the rule fills.</p>")
                .contains("id=\"ruleForm-words-error\">At most 200 characters.</p>")
                .contains("value=\"navigation\"")
                .contains("value=\"" + "checkout ".repeat(25) + "\"")
                .contains("<option value=\"" + persona + "\" selected=\"selected\">Jess</option>")
                .contains("<option value=\"" + stage + "\" selected=\"selected\">First month › Onboard</option>");
        assertThat(admin().get(base + "/routing-rules").json().size()).isZero();

        fields.put("team", String.valueOf(design));
        fields.put("personaId", String.valueOf(foreignPersona));
        fields.put("words", "checkout");
        WebSession.Page foreign = web.post(rules, fields);
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.html())
                .contains("id=\"ruleForm-personaId-error\">There is no persona " + foreignPersona
                        + " in this workspace.</p>");
        assertThat(admin().get(base + "/routing-rules").json().size()).isZero();

        fields.put("personaId", String.valueOf(persona));
        fields.put("userGoalId", String.valueOf(goal));
        WebSession.Page saved = web.post(rules, fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(rules);
        JsonNode rule = admin().get(base + "/routing-rules").json().get(0);
        assertThat(rule.path("teamId").asLong()).isEqualTo(design);
        assertThat(rule.path("personaId").asLong()).isEqualTo(persona);
        assertThat(rule.path("userGoalId").asLong()).isEqualTo(goal);
        assertThat(rule.path("journeyStageId").asLong()).isEqualTo(stage);
        assertThat(web.get(rules).html())
                .contains("about persona &#39;Jess&#39; about user goal &#39;Help me see where my money goes&#39;"
                        + " at journey stage &#39;First month › Onboard&#39;");
    }

    @Test
    void anotherWorkspaceSeesNoInboxAndCannotAcknowledge() {
        long id = capture("Private", "OTHER", "[]");
        admin().post(base + "/insights/" + id + "/routes", "{\"team\":" + design + "}");
        Person outsider = newPerson("Ingrid Inbox");
        assertThat(outsider.api().get(base + "/teams/" + design + "/inbox").status())
                .isEqualTo(404);
        assertThat(outsider.api()
                        .post(base + "/insights/" + id + "/routes/" + design + "/acknowledge", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(outsider.api().get(base + "/routing-rules").status()).isEqualTo(404);
    }

    @Test
    void theDemoRoutesInsightsAcrossTeamsSomeAcknowledgedAndClosed() {
        Api.Response flow = admin().get("/api/v1/workspaces/budgetly/routing-flow");
        assertThat(flow.json()
                        .valueStream()
                        .mapToInt(f -> f.path("waiting").asInt())
                        .sum())
                .isGreaterThan(5);
        assertThat(flow.json()
                        .valueStream()
                        .mapToInt(f -> f.path("acknowledged").asInt())
                        .sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(flow.json()
                        .valueStream()
                        .mapToInt(f -> f.path("closed").asInt())
                        .sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(flow.json()
                        .valueStream()
                        .filter(f ->
                                f.path("waiting").asInt() + f.path("closed").asInt() > 0)
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    /**
     * A rule the team has already is refused, the rule a creation points to answers, and a
     * workspace keeps at most 200 rules (an API probe had made 1,200, each matched against every
     * new insight).
     */
    @Test
    void aRuleIsAddedOnceWhereItSaysAndAWorkspaceKeepsAtMost200() {
        Api.Response added = admin().post(base + "/routing-rules", "{\"team\":" + design + ",\"tag\":\"Onboarding\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        Api.Response atLocation = admin().get(added.location());
        assertThat(atLocation.status()).isEqualTo(200);
        assertThat(atLocation.json().path("id").asLong())
                .isEqualTo(added.json().path("id").asLong());

        Api.Response again = admin().post(base + "/routing-rules", "{\"team\":" + design + ",\"tag\":\"onboarding\"}");
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.field()).isEqualTo("team");
        assertThat(admin().post(base + "/routing-rules", "{\"team\":" + support + ",\"tag\":\"onboarding\"}")
                        .status())
                .as("the same criteria for another team")
                .isEqualTo(201);

        for (int i = 2; i < 200; i++) {
            assertThat(admin().post(base + "/routing-rules", "{\"team\":" + design + ",\"tag\":\"t" + i + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        Api.Response tooMany = admin().post(base + "/routing-rules", "{\"team\":" + design + ",\"tag\":\"one-more\"}");
        assertThat(tooMany.status()).as(tooMany.text()).isEqualTo(409);
        assertThat(tooMany.json().path("detail").asString()).contains("at most 200 routing rules");
        assertThat(admin().get(base + "/routing-rules").json().size()).isEqualTo(200);
    }

    /** Routing by hand without a team: the insight's page comes back at the form, the error beside the team, the note kept. */
    @Test
    void routingWithoutATeamShowsTheErrorBesideTheTeamAndKeepsTheNote() {
        long id = capture("Savings goals are hidden", "INTERVIEW", "[]");
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = "/w/" + slug + "/insights/" + id;
        web.get(page);
        WebSession.Page refused = web.post(page + "/routes", Map.of("team", "", "note", "design: hidden behind More"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("#route-form");
        String html = web.get(refused.redirectPath()).html();
        assertThat(html)
                .contains("id=\"route-team-error\"")
                .contains("Choose the team that can act on it.")
                .contains("aria-describedby=\"route-team-error\"")
                .contains("value=\"design: hidden behind More\"");
        assertThat(inbox(design).json().path("totalItems").asInt()).isZero();
    }

    /** A search the page refuses (a period ending before it starts) says so, not "Nothing matches". */
    @Test
    void aRefusedSearchSaysNothingWasSearchedNotThatNothingMatches() {
        capture("Savings goals are hidden", "INTERVIEW", "[]");
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String html = web.get("/w/" + slug + "/insights?from=2026-05-01&to=2026-04-01")
                .html();
        assertThat(html)
                .contains("id=\"to-error\"")
                .contains("Nothing was searched")
                .doesNotContain("Nothing matches");
    }
}
