package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The roadmap and the dependency graph over real HTTP: lanes by proposing team, bars by start date,
 * arrows with why they are at risk, only what runs in the window, refused dates naming the field,
 * another workspace's slug and ids, and a viewer reading. The dates are in 2031, so what is at risk
 * does not change with the day the test runs.
 */
class RoadmapIT extends TandemIT {

    private String slug;
    private String base;
    private long me;
    private long marketing;
    private long design;
    private long it;

    @BeforeEach
    void workspaceWithTeams() {
        slug = "roadmap-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Budgetly\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        marketing = team("Marketing");
        design = team("Design");
        it = team("IT");
    }

    private long team(String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long propose(String title, String kind, long team, String start, String due) {
        Api.Response created = admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"" + start + "\",\"dueDate\":\"" + due
                                + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long needs(long dependant, long provider, String kind, String handoffDue) {
        Api.Response added = admin().post(
                        base + "/initiatives/" + dependant + "/dependencies",
                        "{\"providerId\":" + provider + ",\"kind\":\"" + kind + "\",\"handoffDue\":\"" + handoffDue
                                + "\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private static List<String> lanes(JsonNode roadmap) {
        return roadmap.path("lanes")
                .valueStream()
                .map(l -> l.path("name").asString())
                .toList();
    }

    private static List<String> bars(JsonNode roadmap) {
        return roadmap.path("lanes")
                .valueStream()
                .flatMap(l -> l.path("bars").valueStream())
                .map(b -> b.path("title").asString())
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    @Test
    void theRoadmapHasATeamsLanesBarsAndArrowsWithWhyAHandOffIsAtRisk() {
        long assets = propose("In-app guidance assets", "CONTENT", design, "2031-01-06", "2031-03-31");
        long campaign = propose("Re-onboarding campaign", "CAMPAIGN", marketing, "2031-03-03", "2031-04-30");
        long endpoint = propose("Sign-up form endpoint", "INFRASTRUCTURE", it, "2031-02-03", "2031-02-21");
        propose("Autumn campaign", "CAMPAIGN", marketing, "2031-09-01", "2031-10-31");
        long late = needs(campaign, assets, "NEEDS_DESIGN_ASSETS", "2031-03-14");
        long onTime = needs(campaign, endpoint, "NEEDS_FEATURE", "2031-02-21");

        Api.Response answer = admin().get(base + "/roadmap?from=2031-01-01&to=2031-06-30");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode roadmap = answer.json();
        assertThat(roadmap.path("from").asString()).isEqualTo("2031-01-01");
        assertThat(roadmap.path("to").asString()).isEqualTo("2031-06-30");
        assertThat(lanes(roadmap)).containsExactly("Design", "IT", "Marketing");
        assertThat(roadmap.path("lanes").get(2).path("team").path("id").asLong())
                .isEqualTo(marketing);
        // the autumn campaign runs after the window
        assertThat(bars(roadmap))
                .containsExactly("In-app guidance assets", "Sign-up form endpoint", "Re-onboarding campaign");
        JsonNode bar = roadmap.path("lanes").get(0).path("bars").get(0);
        assertThat(bar.path("id").asLong()).isEqualTo(assets);
        assertThat(bar.path("kind").asString()).isEqualTo("CONTENT");
        assertThat(bar.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(bar.path("startDate").asString()).isEqualTo("2031-01-06");
        assertThat(bar.path("dueDate").asString()).isEqualTo("2031-03-31");

        assertThat(roadmap.path("arrows")
                        .valueStream()
                        .map(a -> a.path("dependencyId").asLong()))
                .containsExactlyInAnyOrder(late, onTime);
        JsonNode atRisk = roadmap.path("arrows")
                .valueStream()
                .filter(a -> a.path("dependencyId").asLong() == late)
                .findFirst()
                .orElseThrow();
        assertThat(atRisk.path("provider").path("id").asLong()).isEqualTo(assets);
        assertThat(atRisk.path("dependant").path("id").asLong()).isEqualTo(campaign);
        assertThat(atRisk.path("kind").asString()).isEqualTo("NEEDS_DESIGN_ASSETS");
        assertThat(atRisk.path("atRisk").asBoolean()).isTrue();
        assertThat(atRisk.path("riskReasons").valueStream().map(JsonNode::asString))
                .containsExactly(
                        "The hand-off is due on 14 Mar 2031, after “Re-onboarding campaign” starts on 3 Mar 2031.",
                        "“In-app guidance assets” is due on 31 Mar 2031, after “Re-onboarding campaign” starts on 3"
                                + " Mar 2031.");
        JsonNode fine = roadmap.path("arrows")
                .valueStream()
                .filter(a -> a.path("dependencyId").asLong() == onTime)
                .findFirst()
                .orElseThrow();
        assertThat(fine.path("atRisk").asBoolean()).isFalse();
        assertThat(fine.path("riskReasons")).isEmpty();
        assertThat(roadmap.path("omitted").asLong()).isZero();
    }

    @Test
    void onlyWhatRunsInTheWindowIsDrawnAndDroppedOnesOnlyWhenAsked() {
        long assets = propose("In-app guidance assets", "CONTENT", design, "2031-01-06", "2031-03-31");
        long campaign = propose("Re-onboarding campaign", "CAMPAIGN", marketing, "2031-03-31", "2031-04-30");
        long endpoint = propose("Sign-up form endpoint", "INFRASTRUCTURE", it, "2031-02-03", "2031-02-21");
        long dropped = propose("Webinar series", "CONTENT", marketing, "2031-03-10", "2031-03-20");
        needs(campaign, assets, "NEEDS_DESIGN_ASSETS", "2031-03-14");
        needs(campaign, endpoint, "NEEDS_FEATURE", "2031-02-21");
        needs(dropped, assets, "NEEDS_DESIGN_ASSETS", "2031-03-01");
        assertThat(admin().patchAsRead(
                                base + "/initiatives/" + dropped,
                                base + "/initiatives/" + dropped + "/status",
                                "{\"status\":\"DROPPED\",\"reason\":\"No speaker\"}")
                        .status())
                .isEqualTo(200);

        // March: the assets end on its last day and the campaign starts on it; the endpoint was done by then
        JsonNode march =
                admin().get(base + "/roadmap?from=2031-03-31&to=2031-03-31").json();
        assertThat(bars(march)).containsExactly("In-app guidance assets", "Re-onboarding campaign");
        assertThat(march.path("arrows")
                        .valueStream()
                        .map(a -> a.path("provider").path("title").asString()))
                .containsExactly("In-app guidance assets");

        JsonNode withDropped =
                admin().get(base + "/roadmap?from=2031-03-01&to=2031-03-31").json();
        assertThat(withDropped.path("withDropped").asBoolean()).isTrue();
        assertThat(bars(withDropped)).contains("Webinar series");
        assertThat(withDropped
                        .path("arrows")
                        .valueStream()
                        .map(a -> a.path("dependant").path("title").asString()))
                .containsExactlyInAnyOrder("Re-onboarding campaign", "Webinar series");
        JsonNode without = admin().get(base + "/roadmap?from=2031-03-01&to=2031-03-31&dropped=false")
                .json();
        assertThat(bars(without)).containsExactly("In-app guidance assets", "Re-onboarding campaign");
        assertThat(without.path("arrows")
                        .valueStream()
                        .map(a -> a.path("dependant").path("title").asString()))
                .containsExactly("Re-onboarding campaign");

        // only a start: six months from it
        JsonNode fromOnly = admin().get(base + "/roadmap?from=2031-04-01").json();
        assertThat(fromOnly.path("to").asString()).isEqualTo("2031-09-30");
        assertThat(bars(fromOnly)).containsExactly("Re-onboarding campaign");
    }

    @Test
    void eachBarCarriesTheWeeksTodaysPlanGivesItAfterWhatItDependsOn() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // three weeks of its own (20 days), and a campaign that needs it
        long assets = propose(
                "In-app guidance assets",
                "CONTENT",
                design,
                today.plusDays(7).toString(),
                today.plusDays(27).toString());
        long campaign = propose(
                "Re-onboarding campaign",
                "CAMPAIGN",
                marketing,
                today.plusDays(10).toString(),
                today.plusDays(24).toString());
        needs(campaign, assets, "NEEDS_DESIGN_ASSETS", today.plusDays(20).toString());

        JsonNode roadmap = admin().get(base + "/roadmap?from=" + today.minusDays(7) + "&to=" + today.plusDays(180))
                .json();
        JsonNode assetsBar = bar(roadmap, assets);
        assertThat(assetsBar.path("startDate").asString())
                .isEqualTo(today.plusDays(7).toString());
        assertThat(assetsBar.path("plannedStart").asString())
                .as("planned from the first Monday of the plan, as it depends on nothing")
                .isEqualTo(monday.toString());
        assertThat(assetsBar.path("plannedEnd").asString())
                .isEqualTo(monday.plusDays(20).toString());
        JsonNode campaignBar = bar(roadmap, campaign);
        assertThat(campaignBar.path("plannedStart").asString())
                .as("planned the Monday after what it needs ends")
                .isEqualTo(monday.plusDays(21).toString());
        assertThat(campaignBar.path("plannedEnd").asString())
                .isEqualTo(monday.plusDays(34).toString());
    }

    private static JsonNode bar(JsonNode roadmap, long id) {
        return roadmap.path("lanes")
                .valueStream()
                .flatMap(l -> l.path("bars").valueStream())
                .filter(b -> b.path("id").asLong() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutDatesTheRoadmapShowsThisQuarterAndTheNext() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        JsonNode roadmap = admin().get(base + "/roadmap").json();
        assertThat(roadmap.path("from").asString()).isEqualTo(quarter.toString());
        assertThat(roadmap.path("to").asString())
                .isEqualTo(quarter.plusMonths(6).minusDays(1).toString());
        assertThat(roadmap.path("today").asString()).isEqualTo(today.toString());
        assertThat(roadmap.path("lanes")).isEmpty();
    }

    @Test
    void wrongDatesAreRefusedNamingTheField() {
        Api.Response notADay = admin().get(base + "/roadmap?from=2031-13-01&to=soon");
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.contentType()).startsWith("application/problem+json");
        assertThat(fields(notADay)).containsExactly("from", "to");
        assertThat(notADay.text()).contains("Give a day as YYYY-MM-DD, such as 2027-01-31.");

        Api.Response backwards = admin().get(base + "/roadmap?from=2031-06-01&to=2031-05-31");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.field()).isEqualTo("to");
        assertThat(backwards.text()).contains("The roadmap would end on 31 May 2031, before it starts on 1 Jun 2031.");

        Api.Response tooWide = admin().get(base + "/roadmap?from=2031-01-01&to=2033-01-01");
        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooWide.field()).isEqualTo("to");
        assertThat(tooWide.text()).contains("A roadmap shows at most two years at once: end it by 31 Dec 2032");
        // two years to the day is allowed
        assertThat(admin().get(base + "/roadmap?from=2031-01-01&to=2032-12-31").status())
                .isEqualTo(200);
    }

    @Test
    void theGraphShowsTwoStepsEachWayWithWhyAtRisk() {
        long hosting = propose("Hosting", "INFRASTRUCTURE", it, "2031-01-06", "2031-01-31");
        long endpoint = propose("Sign-up form endpoint", "INFRASTRUCTURE", it, "2031-02-03", "2031-02-21");
        long campaign = propose("Re-onboarding campaign", "CAMPAIGN", marketing, "2031-03-03", "2031-04-30");
        long premium = propose("Premium tier", "MONETISATION", marketing, "2031-05-05", "2031-06-30");
        long pricing = propose("Pricing page", "CONTENT", design, "2031-07-01", "2031-07-31");
        long farAway = propose("Next year's plan", "RESEARCH", design, "2031-08-01", "2031-08-31");
        needs(endpoint, hosting, "NEEDS_INFRASTRUCTURE", "2031-01-31");
        long late = needs(campaign, endpoint, "NEEDS_FEATURE", "2031-03-10");
        needs(premium, campaign, "NEEDS_CONTENT", "2031-04-30");
        needs(pricing, premium, "NEEDS_DECISION", "2031-06-30");
        needs(farAway, pricing, "OTHER", "2031-07-31");

        Api.Response answer = admin().get(base + "/initiatives/" + campaign + "/graph");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode graph = answer.json();
        assertThat(graph.path("initiative").path("id").asLong()).isEqualTo(campaign);
        assertThat(graph.path("nodes")
                        .valueStream()
                        .map(n -> n.path("initiative").path("title").asString() + " "
                                + n.path("layer").asInt()))
                .containsExactly(
                        "Re-onboarding campaign 0",
                        "Sign-up form endpoint -1",
                        "Premium tier 1",
                        "Hosting -2",
                        "Pricing page 2");
        // three steps away: not shown, not counted (the graph looks two steps each way)
        assertThat(graph.path("omitted").asInt()).isZero();
        assertThat(graph.path("edges")).hasSize(4);
        JsonNode atRisk = graph.path("edges")
                .valueStream()
                .filter(e -> e.path("dependencyId").asLong() == late)
                .findFirst()
                .orElseThrow();
        assertThat(atRisk.path("atRisk").asBoolean()).isTrue();
        assertThat(atRisk.path("riskReasons").get(0).asString())
                .isEqualTo("The hand-off is due on 10 Mar 2031, after “Re-onboarding campaign” starts on 3 Mar 2031.");
    }

    @Test
    void anotherWorkspaceIsNotFoundAndAViewerReads() {
        long campaign = propose("Re-onboarding campaign", "CAMPAIGN", marketing, "2031-03-03", "2031-04-30");
        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug;
        // the campaign is not the other workspace's
        assertThat(admin().get(other + "/initiatives/" + campaign + "/graph").status())
                .isEqualTo(404);

        Person outsider = newPerson("Olga Outsider");
        Api.Response refused = outsider.api().get(base + "/roadmap?from=2031-13-01");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(outsider.api()
                        .get(base + "/initiatives/" + campaign + "/graph")
                        .status())
                .isEqualTo(404);

        Person viewer = newPerson("Vic Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        Api.Response read = viewer.api().get(base + "/roadmap?from=2031-01-01&to=2031-06-30");
        assertThat(read.status()).isEqualTo(200);
        assertThat(bars(read.json())).containsExactly("Re-onboarding campaign");
        assertThat(viewer.api()
                        .get(base + "/initiatives/" + campaign + "/graph")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theRoadmapIsInTheOpenApiDocument() {
        Api.Response docs = admin().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/workspaces/{slug}/roadmap"))
                .isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/workspaces/{slug}/initiatives/{initiativeId}/graph"))
                .isTrue();
    }
}
