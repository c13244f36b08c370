package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An initiative's links over real HTTP: each kind added, read back with names, replaced by a second
 * PUT, seen from the other side on the KPI, goal, user goal, insight and journey pages; refusals named
 * by field (another workspace's ids, a KPI of another goal, strength 4, a viewer); and links gone with
 * the initiative.
 */
class InitiativeLinksIT extends TandemIT {

    /** A workspace with a goal and its KPI, a second goal, a persona's user goal, a journey and insights. */
    record World(
            String slug,
            long team,
            long goal,
            long otherGoal,
            long kpi,
            long otherKpi,
            long persona,
            long userGoal,
            long journey,
            long stage,
            long painPoint,
            long insight) {

        String base() {
            return "/api/v1/workspaces/" + slug;
        }
    }

    private World ours;
    private World theirs;
    private long me;

    @BeforeEach
    void twoWorkspaces() {
        me = admin().get("/api/v1/me").json().path("id").asLong();
        ours = world("links-" + unique());
        theirs = world("other-" + unique());
    }

    private World world(String slug) {
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Budgetly\",\"slug\":\"" + slug + "\"}");
        long team = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long goal = id(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Grow trial-to-paid conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\"}"));
        long otherGoal = id(
                admin().post(
                                base + "/goals",
                                "{\"title\":\"Keep support costs flat\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\"}"));
        long kpi = id(admin().post(base + "/kpis", kpi("Trial-to-paid conversion", goal)));
        long otherKpi = id(admin().post(base + "/kpis", kpi("Tickets per user", otherGoal)));
        long persona = id(admin().post(
                        base + "/personas", "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + team + "}"));
        long userGoal = id(admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Never feel like a second-class user\",\"importance\":5}"));
        Api.Response journey = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona
                                + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\",\"emotion\":-1,"
                                + "\"painPoints\":[{\"text\":\"The second email is full of jargon\",\"severity\":3}]}]}");
        long journeyId = id(journey);
        JsonNode stage = admin().get(base + "/journeys/" + journeyId)
                .json()
                .path("stages")
                .get(0);
        long insight = id(admin().post(
                        base + "/insights",
                        "{\"title\":\"Users drop off after the second onboarding email\",\"body\":\"Campaign results.\","
                                + "\"sourceType\":\"CAMPAIGN_RESULT\",\"sentiment\":-1,\"reach\":480,"
                                + "\"evidenceStrength\":\"MEASURED\"}"));
        return new World(
                slug,
                team,
                goal,
                otherGoal,
                kpi,
                otherKpi,
                persona,
                userGoal,
                journeyId,
                stage.path("id").asLong(),
                stage.path("painPoints").get(0).path("id").asLong(),
                insight);
    }

    private static String kpi(String name, long goal) {
        return "{\"name\":\"" + name + "\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":6.0,"
                + "\"targetDate\":\"2027-01-01\",\"goalIds\":[" + goal + "]}";
    }

    private long propose(World world, String title) {
        return id(admin().post(
                        world.base() + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"CAMPAIGN\",\"proposingTeamId\":" + world.team()
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Api.Response put(String path, String body) {
        return admin().send("PUT", path, body);
    }

    @Test
    void anInitiativeIsDeletedFromItsPageAfterAConfirmationThatSaysWhatGoesWithIt() {
        long campaign = propose(ours, "Re-onboarding e-mail campaign");
        long landing = propose(ours, "Landing page for the campaign");
        String links = ours.base() + "/initiatives/" + campaign + "/links";
        assertThat(put(links + "/goals/" + ours.goal(), "{}").status()).isEqualTo(200);
        assertThat(admin().post(
                                ours.base() + "/initiatives/" + landing + "/dependencies",
                                "{\"providerId\":" + campaign
                                        + ",\"kind\":\"NEEDS_DESIGN_ASSETS\",\"handoffDue\":\"2027-02-01\"}")
                        .status())
                .isEqualTo(201);
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = "/w/" + ours.slug() + "/initiatives/" + campaign;

        assertThat(web.get(page).html()).contains("href=\"" + page + "/delete\"", "Delete this initiative");
        String confirm = web.get(page + "/delete").html();
        assertThat(confirm)
                .contains("Delete the initiative Re-onboarding e-mail campaign?")
                .contains("drop it instead")
                .contains("0 on other initiatives, and 1 of other initiatives on this one");
        assertThat(admin().get(ours.base() + "/initiatives/" + campaign).status())
                .as("nothing is deleted by asking")
                .isEqualTo(200);

        WebSession.Page deleted = web.post(page + "/delete", java.util.Map.of());
        assertThat(deleted.redirectPath()).isEqualTo("/w/" + ours.slug() + "/initiatives");
        assertThat(web.get(deleted.redirectPath()).html())
                .contains("Initiative Re-onboarding e-mail campaign is deleted.")
                .contains("Landing page for the campaign");
        assertThat(admin().get(ours.base() + "/initiatives/" + campaign).status())
                .isEqualTo(404);
        assertThat(admin().get(ours.base() + "/initiatives/" + landing + "/dependencies")
                        .json()
                        .path("needs"))
                .isEmpty();

        // a viewer sees no way to delete, and cannot
        Person viewer = newMember(ours.slug(), "Vera Viewer", "VIEWER");
        WebSession viewing = new WebSession(baseUrl());
        viewing.login(viewer.email(), viewer.password());
        String other = "/w/" + ours.slug() + "/initiatives/" + landing;
        assertThat(viewing.get(other).html()).doesNotContain("Delete this initiative");
        assertThat(viewing.get(other + "/delete").status()).isEqualTo(403);
        assertThat(viewing.post(other + "/delete", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(admin().get(ours.base() + "/initiatives/" + landing).status())
                .isEqualTo(200);
    }

    @Test
    void linksEveryKindReadsThemBackAndShowsThemFromTheOtherSide() {
        long campaign = propose(ours, "Re-onboarding e-mail campaign");
        String links = ours.base() + "/initiatives/" + campaign + "/links";

        Api.Response goal = put(links + "/goals/" + ours.goal(), "{\"kpiId\":" + ours.kpi() + ",\"expectedChange\":2}");
        assertThat(goal.status()).as(goal.text()).isEqualTo(200);
        assertThat(put(links + "/goals/" + ours.otherGoal(), "{}").status()).isEqualTo(200);
        assertThat(put(links + "/user-goals/" + ours.userGoal(), "{\"effect\":\"HURTS\",\"strength\":2}")
                        .status())
                .isEqualTo(200);
        assertThat(put(links + "/insights/" + ours.insight(), null).status()).isEqualTo(200);
        assertThat(put(links + "/insights/" + ours.insight(), null).status())
                .as("linking twice changes nothing")
                .isEqualTo(200);
        assertThat(put(links + "/stages/" + ours.stage(), null).status()).isEqualTo(200);
        assertThat(put(links + "/pain-points/" + ours.painPoint(), null).status())
                .isEqualTo(200);

        JsonNode all = admin().get(links).json();
        JsonNode served = all.path("goals");
        assertThat(served).hasSize(2);
        assertThat(served.get(0).path("goalTitle").asString()).isEqualTo("Grow trial-to-paid conversions");
        assertThat(served.get(0).path("kpiName").asString()).isEqualTo("Trial-to-paid conversion");
        assertThat(served.get(0).path("expectedChange").asDouble()).isEqualTo(2.0);
        assertThat(served.get(0).path("expected").asString()).isEqualTo("+2 points");
        assertThat(served.get(0).path("byDate").asString())
                .as("by the initiative's due date when no day is given")
                .isEqualTo("2027-03-31");
        assertThat(served.get(0).path("byDueDate").asBoolean()).isTrue();
        assertThat(served.get(1).path("goalTitle").asString()).isEqualTo("Keep support costs flat");
        assertThat(served.get(1).path("kpiId").isNull()).isTrue();
        JsonNode userGoal = all.path("userGoals").get(0);
        assertThat(userGoal.path("sentence").asString()).isEqualTo("Never feel like a second-class user");
        assertThat(userGoal.path("personaName").asString()).isEqualTo("Gig worker");
        assertThat(userGoal.path("effect").asString()).isEqualTo("HURTS");
        assertThat(userGoal.path("strength").asInt()).isEqualTo(2);
        assertThat(all.path("insights")).hasSize(1);
        assertThat(all.path("insights").get(0).path("reach").asInt()).isEqualTo(480);
        assertThat(all.path("insights").get(0).path("strength").asString()).isEqualTo("MEASURED");
        assertThat(all.path("stages").get(0).path("name").asString()).isEqualTo("Onboard");
        assertThat(all.path("painPoints").get(0).path("text").asString())
                .isEqualTo("The second email is full of jargon");

        // a second PUT replaces what the link says
        assertThat(put(
                                links + "/goals/" + ours.goal(),
                                "{\"kpiId\":" + ours.kpi() + ",\"expectedChange\":-0.5,\"byDate\":\"2027-06-30\"}")
                        .status())
                .isEqualTo(200);
        JsonNode replaced = admin().get(links).json().path("goals").get(0);
        assertThat(replaced.path("expected").asString()).isEqualTo("-0.5 points");
        assertThat(replaced.path("byDate").asString()).isEqualTo("2027-06-30");
        Api.Response year1900 = put(
                links + "/goals/" + ours.goal(),
                "{\"kpiId\":" + ours.kpi() + ",\"expectedChange\":-0.5,\"byDate\":\"1900-01-01\"}");
        assertThat(year1900.status()).isEqualTo(400);
        assertThat(year1900.field()).isEqualTo("byDate");
        assertThat(admin().get(links).json().path("goals").get(0).path("byDate").asString())
                .isEqualTo("2027-06-30");
        assertThat(put(links + "/user-goals/" + ours.userGoal(), "{\"effect\":\"HELPS\",\"strength\":3}")
                        .json()
                        .path("userGoals")
                        .get(0)
                        .path("effect")
                        .asString())
                .isEqualTo("HELPS");
        put(links + "/user-goals/" + ours.userGoal(), "{\"effect\":\"HURTS\",\"strength\":3}");

        // from the other side, on the lower modules' pages
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String w = "/w/" + ours.slug();
        String kpiPage = web.get(w + "/kpis/" + ours.kpi()).html();
        assertThat(kpiPage).contains("Work expected to move it", "Re-onboarding e-mail campaign", "-0.5 points");
        assertThat(kpiPage).contains("/w/" + ours.slug() + "/initiatives/" + campaign);
        assertThat(web.get(w + "/kpis/" + ours.otherKpi()).html())
                .contains("No initiative is expected to move this KPI yet");
        assertThat(web.get(w + "/goals/" + ours.otherGoal()).html())
                .contains("Initiatives serving it", "Re-onboarding e-mail campaign");
        String userGoalPage = web.get(w + "/user-goals/" + ours.userGoal()).html();
        assertThat(userGoalPage).contains("Work that hurts it", "Hurts 3 of 3", "Re-onboarding e-mail campaign");
        assertThat(userGoalPage).contains("No initiative is linked as helping this goal yet");
        assertThat(web.get(w + "/insights/" + ours.insight()).html())
                .contains("Initiatives it backs", "Re-onboarding e-mail campaign");
        assertThat(web.get(w + "/journeys/" + ours.journey()).html())
                .contains("Work on it", "Re-onboarding e-mail campaign");

        // the links panel of the initiative's page names them too
        String panel = web.get(w + "/initiatives/" + campaign + "/links").html();
        assertThat(panel).contains("Trial-to-paid conversion", "Users drop off after the second onboarding email");

        // removing
        assertThat(admin().delete(links + "/insights/" + ours.insight()).status())
                .isEqualTo(200);
        assertThat(admin().delete(links + "/goals/" + ours.otherGoal()).json().path("goals"))
                .hasSize(1);
        assertThat(admin().get(links).json().path("insights")).isEmpty();
        assertThat(web.get(w + "/insights/" + ours.insight()).html())
                .contains("No initiative cites it as evidence yet");

        assertThat(admin().get("/v3/api-docs").json().path("paths").propertyNames())
                .contains(
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/links",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/links/goals/{goalId}",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/links/user-goals/{userGoalId}");
    }

    @Test
    void refusesWhatIsNotTheWorkspacesNamingTheFieldAndSavesNothing() {
        long campaign = propose(ours, "Premium tier");
        String links = ours.base() + "/initiatives/" + campaign + "/links";

        Api.Response foreignGoal = put(links + "/goals/" + theirs.goal(), "{}");
        assertThat(foreignGoal.status()).isEqualTo(404);
        assertThat(foreignGoal.field()).isEqualTo("goalId");
        Api.Response foreignKpi = put(links + "/goals/" + ours.goal(), "{\"kpiId\":" + theirs.kpi() + "}");
        assertThat(foreignKpi.status()).isEqualTo(404);
        assertThat(foreignKpi.field()).isEqualTo("kpiId");
        Api.Response kpiOfAnotherGoal = put(links + "/goals/" + ours.goal(), "{\"kpiId\":" + ours.otherKpi() + "}");
        assertThat(kpiOfAnotherGoal.status()).isEqualTo(400);
        assertThat(kpiOfAnotherGoal.field()).isEqualTo("kpiId");
        assertThat(kpiOfAnotherGoal.text()).contains("does not measure the goal");
        Api.Response changeWithoutKpi = put(links + "/goals/" + ours.goal(), "{\"expectedChange\":2}");
        assertThat(changeWithoutKpi.status()).isEqualTo(400);
        assertThat(changeWithoutKpi.field()).isEqualTo("expectedChange");
        Api.Response strengthFour =
                put(links + "/user-goals/" + ours.userGoal(), "{\"effect\":\"HURTS\",\"strength\":4}");
        assertThat(strengthFour.status()).isEqualTo(400);
        assertThat(strengthFour.field()).isEqualTo("strength");
        Api.Response noEffect = put(links + "/user-goals/" + ours.userGoal(), "{\"strength\":1}");
        assertThat(noEffect.field()).isEqualTo("effect");
        Api.Response foreignUserGoal =
                put(links + "/user-goals/" + theirs.userGoal(), "{\"effect\":\"HELPS\",\"strength\":1}");
        assertThat(foreignUserGoal.status()).isEqualTo(404);
        assertThat(foreignUserGoal.field()).isEqualTo("userGoalId");
        for (Map.Entry<String, List<Object>> kind : Map.of(
                        "insights", List.<Object>of(theirs.insight(), "insightId"),
                        "stages", List.<Object>of(theirs.stage(), "stageId"),
                        "pain-points", List.<Object>of(theirs.painPoint(), "painPointId"))
                .entrySet()) {
            Api.Response refused =
                    put(links + "/" + kind.getKey() + "/" + kind.getValue().get(0), null);
            assertThat(refused.status()).as(kind.getKey()).isEqualTo(404);
            assertThat(refused.field()).isEqualTo(kind.getValue().get(1));
        }
        // unlinking: what is the workspace's but not linked changes nothing; anything else is not found
        assertThat(admin().delete(links + "/insights/" + ours.insight()).status())
                .isEqualTo(200);
        for (Map.Entry<String, List<Object>> kind : Map.of(
                        "goals", List.<Object>of(theirs.goal(), "goalId"),
                        "user-goals", List.<Object>of(theirs.userGoal(), "userGoalId"),
                        "insights", List.<Object>of(theirs.insight(), "insightId"),
                        "stages", List.<Object>of(987_654_321L, "stageId"),
                        "pain-points", List.<Object>of(theirs.painPoint(), "painPointId"))
                .entrySet()) {
            Api.Response refused = admin().delete(
                            links + "/" + kind.getKey() + "/" + kind.getValue().get(0));
            assertThat(refused.status()).as(kind.getKey()).isEqualTo(404);
            assertThat(refused.field()).isEqualTo(kind.getValue().get(1));
        }
        // another workspace's initiative is not found
        assertThat(admin().get(theirs.base() + "/initiatives/" + campaign + "/links")
                        .status())
                .isEqualTo(404);

        JsonNode nothing = admin().get(links).json();
        assertThat(nothing.path("goals")).isEmpty();
        assertThat(nothing.path("userGoals")).isEmpty();
        assertThat(nothing.path("insights")).isEmpty();
        assertThat(nothing.path("stages")).isEmpty();
        assertThat(nothing.path("painPoints")).isEmpty();
    }

    @Test
    void aViewerReadsTheLinksButCannotChangeThem() {
        long campaign = propose(ours, "Savings goals on the home screen");
        String links = ours.base() + "/initiatives/" + campaign + "/links";
        put(links + "/insights/" + ours.insight(), null);
        Person viewer = newPerson("Vic Viewer");
        admin().post(ours.base() + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");

        assertThat(viewer.api().get(links).json().path("insights")).hasSize(1);
        assertThat(viewer.api()
                        .send("PUT", links + "/goals/" + ours.goal(), "{}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api().delete(links + "/insights/" + ours.insight()).status())
                .isEqualTo(403);
        assertThat(viewer.api()
                        .send("PUT", links + "/user-goals/" + ours.userGoal(), "{\"effect\":\"HELPS\",\"strength\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(admin().get(links).json().path("insights")).hasSize(1);
        assertThat(admin().get(links).json().path("goals")).isEmpty();
    }

    @Test
    void deletingTheInitiativeOrWhatItLinksToRemovesTheLinks() {
        long campaign = propose(ours, "Landing page");
        String links = ours.base() + "/initiatives/" + campaign + "/links";
        put(links + "/goals/" + ours.goal(), "{\"kpiId\":" + ours.kpi() + ",\"expectedChange\":1}");
        put(links + "/insights/" + ours.insight(), null);
        put(links + "/stages/" + ours.stage(), null);

        assertThat(admin().delete(ours.base() + "/insights/" + ours.insight()).status())
                .isEqualTo(204);
        assertThat(admin().get(links).json().path("insights")).isEmpty();

        assertThat(admin().delete(ours.base() + "/initiatives/" + campaign).status())
                .isEqualTo(204);
        assertThat(admin().get(links).status()).isEqualTo(404);
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(web.get("/w/" + ours.slug() + "/kpis/" + ours.kpi()).html())
                .doesNotContain("Landing page")
                .contains("No initiative is expected to move this KPI yet");
        assertThat(web.get("/w/" + ours.slug() + "/journeys/" + ours.journey()).html())
                .doesNotContain("Landing page");
    }
}
