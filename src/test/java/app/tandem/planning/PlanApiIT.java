package app.tandem.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plan over real HTTP: Budgetly's story, settings, what-if, snapshots, bad input and access. */
class PlanApiIT extends TandemIT {

    private static final String BUDGETLY = "/api/v1/workspaces/budgetly";

    private String slug;
    private String base;
    private long me;
    private long marketing;
    private long it;
    private long goal;

    @BeforeEach
    void workspaceWithTeamsAndAGoal() {
        slug = "plan-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Plan\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        marketing = team("Marketing");
        it = team("IT");
        goal = goal("Grow trial-to-paid");
    }

    private long team(String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long goal(String title) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response created = admin().post(
                        base + "/goals",
                        "{\"title\":\"" + title + "\",\"periodStart\":\"" + today + "\",\"periodEnd\":\""
                                + today.plusYears(1) + "\",\"status\":\"ACTIVE\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long propose(String title, long team, double weeks, int startInDays, int dueInDays) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response created = admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"" + today.plusDays(startInDays)
                                + "\",\"dueDate\":\"" + today.plusDays(dueInDays) + "\",\"confidence\":\"HIGH\","
                                + "\"effort\":[{\"teamId\":" + team + ",\"personWeeks\":" + weeks + "}]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void serve(long initiative, long goalId) {
        Api.Response linked = admin().send("PUT", base + "/initiatives/" + initiative + "/links/goals/" + goalId, "{}");
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
    }

    private static List<String> titles(JsonNode plan) {
        return plan.path("entries")
                .valueStream()
                .map(e -> e.path("title").asString())
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    private static Optional<JsonNode> entry(JsonNode plan, String title) {
        return plan.path("entries")
                .valueStream()
                .filter(e -> e.path("title").asString().equals(title))
                .findFirst();
    }

    @Test
    void budgetlysPlanTellsItsStory() {
        JsonNode plan = admin().get(BUDGETLY + "/plan?size=100").json();
        assertThat(plan.path("model").asString()).isEqualTo("GOAL_CONTRIBUTION");

        // the re-onboarding campaign ranks near the top because week-1 retention is off track
        JsonNode onboarding = entry(plan, "Re-onboarding e-mail campaign").orElseThrow();
        assertThat(onboarding.path("rank").asInt()).as(plan.toString()).isLessThanOrEqualTo(3);
        assertThat(onboarding.path("explanation").asString())
                .startsWith(PlanWords.ordinal(onboarding.path("rank").asInt()) + ": serves “Grow trial-to-paid")
                .contains("Week-1 retention is off track");

        // the landing page waits on IT's form endpoint
        JsonNode landing = entry(plan, "New landing page").orElseThrow();
        assertThat(landing.path("waitsOn")
                        .valueStream()
                        .map(w -> w.path("title").asString()))
                .containsExactly("Landing-page form endpoint");
        assertThat(landing.path("fixed").asBoolean()).isTrue();

        List<JsonNode> conflicts = plan.path("conflicts").valueStream().toList();
        assertThat(conflicts)
                .anySatisfy(c -> {
                    assertThat(c.path("kind").asString()).isEqualTo("MONETISATION_HURTS_USERS");
                    assertThat(c.path("reason").asString()).contains("“Premium tier”");
                    assertThat(c.path("fixUrl").asString()).endsWith("/links");
                })
                .anySatisfy(c -> {
                    assertThat(c.path("kind").asString()).isEqualTo("IT_REVIEW_MISSING");
                    assertThat(c.path("reason").asString()).contains("“Savings-goals discoverability fix”");
                })
                .anySatisfy(c -> {
                    assertThat(c.path("kind").asString()).isEqualTo("LATE_HANDOFF");
                    assertThat(c.path("reason").asString())
                            .contains("“In-app guidance for new budgeters”", "“Re-onboarding e-mail campaign”");
                });
        // the guidance, due after the campaign starts, is said once: as the late hand-off
        assertThat(conflicts).extracting(c -> c.path("kind").asString()).doesNotContain("STARTS_BEFORE_PREREQUISITE");
        // done and dropped work is not planned
        assertThat(titles(plan)).doesNotContain("Annual-plan discount test");
    }

    @Test
    void workStartingBeforeWhatItNeedsIsFinishedIsAConflictLeadingToItAndKeptInASavedPlan() {
        long endpoint = propose("Form endpoint", it, 2, 0, 30);
        long landing = propose("Landing page", marketing, 1, 10, 40);
        serve(endpoint, goal);
        serve(landing, goal);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // handed off on time, but the endpoint is due to be finished only after the page starts
        Api.Response needs = admin().post(
                        base + "/initiatives/" + landing + "/dependencies",
                        "{\"providerId\":" + endpoint + ",\"kind\":\"NEEDS_INFRASTRUCTURE\",\"handoffDue\":\""
                                + today.plusDays(5) + "\"}");
        assertThat(needs.status()).as(needs.text()).isEqualTo(201);

        JsonNode conflict = admin().get(base + "/plan")
                .json()
                .path("conflicts")
                .valueStream()
                .filter(c -> c.path("kind").asString().equals("STARTS_BEFORE_PREREQUISITE"))
                .findFirst()
                .orElseThrow();

        String reason = "“Landing page” starts on " + DayWords.of(today.plusDays(10))
                + " but needs infrastructure from “Form endpoint”, due to be finished only on "
                + DayWords.of(today.plusDays(30)) + ".";
        assertThat(conflict.path("reason").asString()).isEqualTo(reason);
        assertThat(conflict.path("label").asString()).isEqualTo("Starts before what it needs is finished");
        assertThat(conflict.path("initiatives")
                        .valueStream()
                        .map(i -> i.path("id").asLong()))
                .containsExactly(landing, endpoint);
        assertThat(conflict.path("fixUrl").asString()).isEqualTo("/w/" + slug + "/initiatives/" + landing);

        Api.Response saved = admin().post(base + "/plan/snapshots", "{\"name\":\"Early start\"}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        JsonNode kept = admin().get(
                        base + "/plan/snapshots/" + saved.json().path("id").asLong())
                .json();
        assertThat(kept.path("plan").path("conflicts").valueStream()).anySatisfy(c -> {
            assertThat(c.path("kind").asString()).isEqualTo("STARTS_BEFORE_PREREQUISITE");
            assertThat(c.path("reason").asString()).isEqualTo(reason);
        });
    }

    @Test
    void aCampaignOnAStageThatStillHurtsLeadsToThePainPointOnItsJourney() {
        Api.Response saver =
                admin().post(base + "/personas", "{\"name\":\"Saver\",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}");
        assertThat(saver.status()).as(saver.text()).isEqualTo(201);
        long persona = saver.json().path("id").asLong();
        Api.Response mapped = admin().post(
                        base + "/journeys",
                        "{\"personaId\":" + persona + ",\"name\":\"First month\",\"stages\":[{\"name\":\"Onboard\","
                                + "\"emotion\":-2,\"painPoints\":[{\"text\":\"Jargon in the wizard\",\"severity\":3}]}]}");
        assertThat(mapped.status()).as(mapped.text()).isEqualTo(201);
        JsonNode journey = mapped.json();
        long journeyId = journey.path("id").asLong();
        JsonNode stage = journey.path("stages").get(0);
        long painPoint = stage.path("painPoints").get(0).path("id").asLong();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response created = admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Spring campaign\",\"kind\":\"CAMPAIGN\",\"proposingTeamId\":" + marketing
                                + ",\"ownerId\":" + me + ",\"startDate\":\"" + today + "\",\"dueDate\":\""
                                + today.plusDays(14) + "\",\"confidence\":\"HIGH\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();
        serve(campaign, goal);
        Api.Response linked = admin().send(
                        "PUT",
                        base + "/initiatives/" + campaign + "/links/stages/"
                                + stage.path("id").asLong(),
                        "{}");
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);

        JsonNode conflict = admin().get(base + "/plan")
                .json()
                .path("conflicts")
                .valueStream()
                .filter(c -> c.path("kind").asString().equals("PROMISE_ON_PAIN"))
                .findFirst()
                .orElseThrow();

        assertThat(conflict.path("reason").asString())
                .isEqualTo("“Spring campaign” promotes an experience where users still meet the severe pain point"
                        + " “Jargon in the wizard”.");
        String fix = "/w/" + slug + "/journeys/" + journeyId + "#pain-point-" + painPoint;
        assertThat(conflict.path("fixUrl").asString()).isEqualTo(fix);
        assertThat(conflict.path("fixLabel").asString()).isEqualTo("See the pain point on its journey");
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(web.get(fix.substring(0, fix.indexOf('#'))).html())
                .as("the link's page holds the pain point it points at")
                .contains("id=\"pain-point-" + painPoint + "\"", "Jargon in the wizard");
    }

    /**
     * The plan page asked for the custom model while the workspace has no formula: the page, with the
     * refusal beside the model's choice and the plan under the workspace's model (it was a bare 400 page
     * without the workspace's menu until December 2026).
     */
    @Test
    void thePlanPageSaysBesideTheChoiceWhyAModelCannotRank() {
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page page = web.get("/w/" + slug + "/plan?model=CUSTOM");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains(
                        "id=\"model-error\"",
                        "The custom formula model needs a formula: an admin sets one in the plan settings.",
                        "aria-describedby=\"model-error\"",
                        "href=\"/w/" + slug + "/plan/settings\"",
                        "<option value=\"CUSTOM\" selected=\"selected\">");
        assertThat(web.get("/w/" + slug + "/plan?model=NONSENSE").html()).contains("Choose a scoring model");
    }

    @Test
    void theRankFollowsTheGoalsAndEveryScoreIsExplainedInTerms() {
        long small = propose("Small win", marketing, 1, 0, 7);
        long big = propose("Big rebuild", it, 8, 0, 56);
        long none = propose("Pet project", marketing, 1, 0, 7);
        serve(small, goal);
        serve(big, goal);

        JsonNode plan = admin().get(base + "/plan").json();
        assertThat(titles(plan)).containsExactly("Small win", "Big rebuild", "Pet project");
        JsonNode first = plan.path("entries").get(0);
        // weight 3 × no-KPI share 0.25 = 0.75, confidence 1, effort max(1, 1) = 1
        assertThat(first.path("score").asDouble()).isEqualTo(0.75);
        assertThat(first.path("breakdown").valueStream().map(t -> t.path("name").asString()))
                .contains("goal value", "effort (person-weeks)");
        assertThat(plan.path("conflicts")
                        .valueStream()
                        .map(c -> c.path("reason").asString()))
                .containsExactly("“Pet project” serves no business goal.");
        assertThat(plan.path("conflicts")
                        .get(0)
                        .path("initiatives")
                        .get(0)
                        .path("id")
                        .asLong())
                .isEqualTo(none);

        // under RICE, without evidence, every score is 0: the order falls back to the ids
        JsonNode rice = admin().get(base + "/plan?model=rice").json();
        assertThat(rice.path("model").asString()).isEqualTo("RICE");
        assertThat(rice.path("entries").get(0).path("score").asDouble()).isZero();

        Api.Response wrong = admin().get(base + "/plan?model=coin-toss");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.field()).isEqualTo("model");
    }

    @Test
    void settingsChangeTheRanksAndARefusedSaveChangesNothing() {
        long second = goal("Cut support load");
        long a = propose("Serves conversions", marketing, 1, 0, 7);
        long b = propose("Serves support", marketing, 1, 0, 7);
        serve(a, goal);
        serve(b, second);
        assertThat(titles(admin().get(base + "/plan").json())).containsExactly("Serves conversions", "Serves support");

        JsonNode settings = admin().get(base + "/plan/settings").json();
        assertThat(settings.path("version").asLong()).isZero();
        assertThat(settings.path("goalWeights")
                        .valueStream()
                        .map(w -> w.path("weight").asInt()))
                .containsOnly(3);

        Api.Response refused = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"model\":\"GOAL_CONTRIBUTION\",\"version\":0,\"goalWeights\":[{\"goalId\":" + second
                                + ",\"weight\":9}],\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":0}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused))
                .containsExactlyInAnyOrder("goalWeights[0].weight", "capacities[0].personWeeksPerWeek");
        assertThat(admin().get(base + "/plan/settings").json().path("version").asLong())
                .isZero();

        Api.Response saved = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"model\":\"GOAL_CONTRIBUTION\",\"version\":0,\"goalWeights\":[{\"goalId\":" + second
                                + ",\"weight\":5}],\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":2.5}]}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("version").asLong()).isEqualTo(1);
        assertThat(titles(admin().get(base + "/plan").json())).containsExactly("Serves support", "Serves conversions");

        Api.Response stale = admin().send("PUT", base + "/plan/settings", "{\"model\":\"RICE\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get(base + "/plan/settings").json().path("model").asString())
                .isEqualTo("GOAL_CONTRIBUTION");

        // the model alone: the weights and capacities left out stay as saved
        Api.Response modelOnly = admin().send("PUT", base + "/plan/settings", "{\"model\":\"RICE\",\"version\":1}");
        assertThat(modelOnly.status()).as(modelOnly.text()).isEqualTo(200);
        JsonNode kept = admin().get(base + "/plan/settings").json();
        assertThat(kept.path("model").asString()).isEqualTo("RICE");
        assertThat(kept.path("goalWeights")
                        .valueStream()
                        .filter(w -> w.path("goalId").asLong() == second)
                        .map(w -> w.path("weight").asInt()))
                .containsExactly(5);
        assertThat(kept.path("capacities")
                        .valueStream()
                        .filter(c -> c.path("teamId").asLong() == marketing)
                        .map(c -> c.path("personWeeksPerWeek").asDouble()))
                .containsExactly(2.5);
    }

    @Test
    void aTeamsHolidayPushesItsWorkOutAndAWrongPeriodIsRefusedBesideItsField() {
        long campaign = propose("Spring campaign", marketing, 2, 0, 60);
        serve(campaign, goal);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response limited = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":0,\"capacities\":[{\"teamId\":" + marketing + ",\"personWeeksPerWeek\":1}]}");
        assertThat(limited.status()).as(limited.text()).isEqualTo(200);
        LocalDate endWithoutHoliday =
                LocalDate.parse(entry(admin().get(base + "/plan").json(), "Spring campaign")
                        .orElseThrow()
                        .path("end")
                        .asString());

        Api.Response refused = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":1,\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":1}],\"capacityPeriods\":[{\"teamId\":" + marketing
                                + ",\"from\":\"" + today.plusDays(20) + "\",\"to\":\"" + today
                                + "\",\"personWeeksPerWeek\":0},"
                                + "{\"teamId\":" + it + ",\"from\":\"" + today + "\",\"to\":\"" + today
                                + "\",\"personWeeksPerWeek\":-1},"
                                + "{\"teamId\":" + marketing
                                + ",\"from\":\"0202-01-01\",\"to\":\"+10000-01-01\",\"personWeeksPerWeek\":0},"
                                // an empty period is refused, not passed over (until December 2026 it was)
                                + "{}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused))
                .containsExactlyInAnyOrder(
                        "capacityPeriods[0].to",
                        "capacityPeriods[1].teamId",
                        "capacityPeriods[1].personWeeksPerWeek",
                        "capacityPeriods[2].from",
                        "capacityPeriods[2].to",
                        "capacityPeriods[3]");
        assertThat(admin().get(base + "/plan/settings")
                        .json()
                        .path("capacityPeriods")
                        .size())
                .isZero();

        Api.Response holiday = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":1,\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":1}],\"capacityPeriods\":[{\"teamId\":" + marketing
                                + ",\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(20)
                                + "\",\"personWeeksPerWeek\":0}]}");
        assertThat(holiday.status()).as(holiday.text()).isEqualTo(200);
        JsonNode period = holiday.json().path("capacityPeriods").get(0);
        assertThat(period.path("teamName").asString()).isEqualTo("Marketing");
        assertThat(period.path("personWeeksPerWeek").asDouble()).isZero();
        LocalDate endAfterHoliday =
                LocalDate.parse(entry(admin().get(base + "/plan").json(), "Spring campaign")
                        .orElseThrow()
                        .path("end")
                        .asString());
        assertThat(endAfterHoliday).isAfterOrEqualTo(endWithoutHoliday.plusWeeks(2));

        // a save without periods keeps them; an empty list removes them
        admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":2,\"capacities\":[{\"teamId\":" + marketing + ",\"personWeeksPerWeek\":1}]}");
        assertThat(admin().get(base + "/plan/settings")
                        .json()
                        .path("capacityPeriods")
                        .size())
                .isEqualTo(1);
        admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":3,\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":1}],\"capacityPeriods\":[]}");
        assertThat(admin().get(base + "/plan/settings")
                        .json()
                        .path("capacityPeriods")
                        .size())
                .isZero();
        assertThat(entry(admin().get(base + "/plan").json(), "Spring campaign")
                        .orElseThrow()
                        .path("end")
                        .asString())
                .isEqualTo(endWithoutHoliday.toString());
    }

    @Test
    void aWhatIfShowsWhatWouldMoveAndSavesNothing() {
        long second = goal("Cut support load");
        long a = propose("Serves conversions", marketing, 1, 0, 7);
        long b = propose("Serves support", marketing, 1, 0, 7);
        serve(a, goal);
        serve(b, second);

        Api.Response outcome =
                admin().post(base + "/plan/what-if", "{\"goalWeights\":[{\"goalId\":" + second + ",\"weight\":5}]}");
        assertThat(outcome.status()).as(outcome.text()).isEqualTo(200);
        List<JsonNode> ranks =
                outcome.json().path("changes").path("ranks").valueStream().toList();
        assertThat(ranks).anySatisfy(m -> {
            assertThat(m.path("title").asString()).isEqualTo("Serves support");
            assertThat(m.path("from").asInt()).isEqualTo(2);
            assertThat(m.path("to").asInt()).isEqualTo(1);
        });
        assertThat(outcome.json().path("summary").asString()).contains("2 initiatives changed rank");
        // nothing saved
        assertThat(titles(admin().get(base + "/plan").json())).containsExactly("Serves conversions", "Serves support");
        // a weight out of range for no goal: both said, each beside its field
        Api.Response both = admin().post(base + "/plan/what-if", "{\"goalWeights\":[{\"weight\":9}]}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(fields(both)).containsExactlyInAnyOrder("goalWeights[0].goalId", "goalWeights[0].weight");

        // a team limited to 1 person-week a week moves the second initiative a week later
        Api.Response capacity = admin().post(
                        base + "/plan/what-if",
                        "{\"capacities\":[{\"teamId\":" + marketing + ",\"personWeeksPerWeek\":1}]}");
        assertThat(capacity.json().path("changes").path("dates").valueStream())
                .singleElement()
                .satisfies(m -> assertThat(m.path("days").asLong()).isEqualTo(7));
        // a capacity under a tenth of a person is refused (a billionth made the schedule reach past an int's weeks)
        Api.Response tiny = admin().post(
                        base + "/plan/what-if",
                        "{\"capacities\":[{\"teamId\":" + marketing + ",\"personWeeksPerWeek\":1e-9}]}");
        assertThat(tiny.status()).isEqualTo(400);
        assertThat(fields(tiny)).containsExactly("capacities[0].personWeeksPerWeek");

        long elsewhere = admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"other-" + unique() + "\"}")
                .json()
                .path("id")
                .asLong();
        Api.Response wrong = admin().post(
                        base + "/plan/what-if",
                        "{\"goalWeights\":[{\"goalId\":" + (goal + 100000) + ",\"weight\":2}],"
                                + "\"efforts\":[{\"initiativeId\":" + a + ",\"teamId\":" + it
                                + ",\"personWeeks\":-1}],\"dates\":[{\"initiativeId\":" + a
                                + ",\"start\":\"2030-02-01\",\"due\":\"2030-01-01\"}]}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong))
                .containsExactlyInAnyOrder("goalWeights[0].goalId", "efforts[0].personWeeks", "dates[0].due");
        assertThat(elsewhere).isPositive();

        // one initiative's dates or one goal's weight twice, and a year typed short: which one would count is not
        // guessed
        Api.Response twice = admin().post(
                        base + "/plan/what-if",
                        "{\"goalWeights\":[{\"goalId\":" + goal + ",\"weight\":2},{\"goalId\":" + goal
                                + ",\"weight\":4}],\"dates\":[{\"initiativeId\":" + a
                                + ",\"start\":\"2030-01-01\",\"due\":\"2030-02-01\"},{\"initiativeId\":" + a
                                + ",\"start\":\"0001-01-01\",\"due\":\"9999-12-31\"}]}");
        assertThat(twice.status()).isEqualTo(400);
        // (each of the two dates beside itself: both are years no plan is made for)
        assertThat(fields(twice)).containsExactlyInAnyOrder("goalWeights[1].goalId", "dates[1].start", "dates[1].due");
    }

    @Test
    void settingsGiveEachGoalTeamAndDayOneValue() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response twice = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"version\":0,\"goalWeights\":[{\"goalId\":" + goal + ",\"weight\":3},{\"goalId\":" + goal
                                + ",\"weight\":4}],\"capacities\":[{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":1},{\"teamId\":" + marketing
                                + ",\"personWeeksPerWeek\":2}],\"capacityPeriods\":[{\"teamId\":" + marketing
                                + ",\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(20)
                                + "\",\"personWeeksPerWeek\":0},{\"teamId\":" + marketing + ",\"from\":\""
                                + today.plusDays(20) + "\",\"to\":\"" + today.plusDays(30)
                                + "\",\"personWeeksPerWeek\":0.5}]}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(fields(twice))
                .containsExactlyInAnyOrder("goalWeights[1].goalId", "capacities[1].teamId", "capacityPeriods[1].from");
        assertThat(admin().get(base + "/plan/settings").json().path("version").asLong())
                .isZero();

        // a comparison without its second plan names the parameter
        Api.Response half = admin().get(base + "/plan/snapshots/compare?from=1");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.field()).isEqualTo("to");
    }

    @Test
    void savedPlansAreListedAndComparedSoACheckInSeesWhatMoved() {
        long a = propose("First", marketing, 1, 0, 7);
        serve(a, goal);
        Api.Response before = admin().post(base + "/plan/snapshots", "{\"name\":\"Before the check-in\"}");
        assertThat(before.status()).as(before.text()).isEqualTo(201);
        assertThat(before.json().path("initiatives").asInt()).isEqualTo(1);

        long b = propose("Second", marketing, 1, 0, 7);
        Api.Response after = admin().post(base + "/plan/snapshots", "{\"name\":\"After\"}");
        assertThat(after.json().path("conflicts").asInt()).isEqualTo(1);

        JsonNode list = admin().get(base + "/plan/snapshots").json();
        assertThat(list.path("items").valueStream().map(s -> s.path("name").asString()))
                .containsExactly("After", "Before the check-in");

        JsonNode compared = admin().get(base + "/plan/snapshots/compare?from="
                        + before.json().path("id").asLong() + "&to="
                        + after.json().path("id").asLong())
                .json();
        assertThat(compared.path("changes").path("ranks").valueStream())
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.path("itemId").asLong()).isEqualTo(b);
                    assertThat(m.path("to").asInt()).isEqualTo(2);
                });
        assertThat(compared.path("changes")
                        .path("conflictsAdded")
                        .get(0)
                        .path("kind")
                        .asString())
                .isEqualTo("NO_GOAL");
        assertThat(compared.path("summary").asString()).startsWith("Since “Before the check-in”:");

        JsonNode kept = admin().get(
                        base + "/plan/snapshots/" + before.json().path("id").asLong())
                .json();
        assertThat(kept.path("plan").path("entries").get(0).path("title").asString())
                .isEqualTo("First");

        Api.Response unnamed = admin().post(base + "/plan/snapshots", "{\"name\":\"  \"}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.field()).isEqualTo("name");
        // a second plan saved under a name taken (in any case) could not be told apart in the lists
        Api.Response again = admin().post(base + "/plan/snapshots", "{\"name\":\" before THE check-in \"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.field()).isEqualTo("name");
        assertThat(again.json().path("errors").get(0).path("message").asString())
                .contains("has this name");
        assertThat(admin().get(base + "/plan/snapshots")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(admin().get(base + "/plan/snapshots/999999999").status()).isEqualTo(404);
    }

    @Test
    void aCustomFormulaIsCheckedWhenSavedAndRanksByTheFieldsItNames() {
        long cheap = propose("Cheap", marketing, 1, 0, 7);
        long costly = propose("Costly", marketing, 6, 0, 42);
        serve(cheap, goal);
        serve(costly, goal);

        Api.Response unknown = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"model\":\"CUSTOM\",\"formula\":\"goalValue * budget\",\"version\":0}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("formula");
        assertThat(unknown.json().path("errors").get(0).path("message").asString())
                .contains("budget")
                .contains("at character");
        Api.Response broken = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"model\":\"CUSTOM\",\"formula\":\"goalValue +* effort\",\"version\":0}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("errors").get(0).path("message").asString())
                .contains("at character");
        Api.Response missing = admin().send("PUT", base + "/plan/settings", "{\"model\":\"CUSTOM\",\"version\":0}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.field()).isEqualTo("formula");
        assertThat(admin().get(base + "/plan?model=CUSTOM").field()).isEqualTo("model");

        // effort first: the costly one ranks above the cheap one
        Api.Response saved = admin().send(
                        "PUT",
                        base + "/plan/settings",
                        "{\"model\":\"CUSTOM\",\"formula\":\"goalValue * effort\",\"version\":0}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode plan = admin().get(base + "/plan").json();
        assertThat(plan.path("model").asString()).isEqualTo("CUSTOM");
        assertThat(titles(plan)).containsExactly("Costly", "Cheap");

        JsonNode models = admin().get(base + "/plan/models").json();
        assertThat(models.path("models").valueStream().map(m -> m.path("method").asString()))
                .containsExactly("GOAL_CONTRIBUTION", "RICE", "WSJF", "ICE", "VALUE_OVER_EFFORT", "CUSTOM");
        assertThat(models.path("rows").valueStream()).anySatisfy(r -> {
            assertThat(r.path("title").asString()).isEqualTo("Costly");
            assertThat(r.path("ranks").valueStream().map(JsonNode::asInt)).containsExactly(2, 2, 2, 2, 2, 1);
        });
    }

    @Test
    void budgetlysValuePictureFlagsThePremiumTierWithTheGuardrailOfTheGoalItServes() {
        JsonNode plan = admin().get(BUDGETLY + "/plan").json();
        assertThat(plan.path("values").valueStream())
                .anySatisfy(p -> {
                    assertThat(p.path("title").asString()).isEqualTo("Premium tier");
                    assertThat(p.path("userValue").asDouble()).isNegative();
                    assertThat(p.path("flag").asString()).contains("guardrails it touches: “NPS”");
                })
                .allSatisfy(p ->
                        assertThat(p.path("quadrant").asString()).isIn("Quick win", "Big bet", "Fill-in", "Money pit"));
        assertThat(plan.path("values").size()).isEqualTo(plan.path("totalItems").asInt());
    }

    @Test
    void anEmptyWorkspaceHasAnEmptyPlanAndOutsidersAndViewersAreKeptOut() {
        JsonNode empty = admin().get(base + "/plan").json();
        assertThat(empty.path("totalItems").asLong()).isZero();
        assertThat(empty.path("entries").isEmpty()).isTrue();

        Person outsider = newPerson("Outsider");
        assertThat(outsider.api().get(base + "/plan").status()).isEqualTo(404);
        assertThat(outsider.api().post(base + "/plan/what-if", "{}").status()).isEqualTo(404);

        Person viewer = newPerson("Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api().get(base + "/plan").status()).isEqualTo(200);
        assertThat(viewer.api().get(base + "/plan/settings").status()).isEqualTo(200);
        assertThat(viewer.api()
                        .send("PUT", base + "/plan/settings", "{\"version\":0}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api()
                        .post(base + "/plan/snapshots", "{\"name\":\"Mine\"}")
                        .status())
                .isEqualTo(403);
    }
}
