package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * An initiative's IT review and a feature's information-design checklist over real HTTP: recording,
 * replacing from the version read and deleting a review, refusals naming the field, committing
 * without a review (asked, then kept as skipped in the initiative and its history), the five steps
 * tied to user goals of the workspace, and viewers who read but do not change.
 */
@RecordApplicationEvents
class InitiativeReviewIT extends TandemIT {

    @Autowired
    Initiatives initiatives;

    @Autowired
    ApplicationEvents events;

    private String slug;
    private String base;
    private long me;
    private long design;
    private long it;

    @BeforeEach
    void workspaceWithTeams() {
        slug = "reviews-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Budgetly\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        design = team(base, "Design");
        it = team(base, "IT");
    }

    private long team(String workspace, String name) {
        return admin().post(workspace + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long propose(String title, String kind, long team, String extra) {
        Api.Response created = admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me
                                + ",\"startDate\":\"2027-02-01\",\"dueDate\":\"2027-04-30\"" + extra + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private String review(long id) {
        return base + "/initiatives/" + id + "/it-review";
    }

    private String step(long id, String step) {
        return base + "/initiatives/" + id + "/checklist/" + step;
    }

    private Api.Response put(String path, String body) {
        return admin().send("PUT", path, body);
    }

    private Api.Response status(long id, String body) {
        return admin().patchAsRead(base + "/initiatives/" + id, base + "/initiatives/" + id + "/status", body);
    }

    private JsonNode initiative(long id) {
        return admin().get(base + "/initiatives/" + id).json();
    }

    private String listedState(String title) {
        return admin().get(base + "/initiatives")
                .json()
                .path("items")
                .valueStream()
                .filter(i -> i.path("title").asString().equals(title))
                .findFirst()
                .orElseThrow()
                .path("itReview")
                .asString();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    private long userGoal(String workspace, long team, String sentence) {
        Api.Response persona = admin().post(workspace + "/personas", """
                {"name":"Jess","kind":"TEAM","teamId":%d,"summary":"Gig worker","quote":"Spreadsheets scare me",
                 "demographics":[],"motivations":["Stop living paycheck to paycheck"],"frustrations":["Jargon"],
                 "goals":[]}""".formatted(team));
        assertThat(persona.status()).as(persona.text()).isEqualTo(201);
        Api.Response goal = admin().post(
                        workspace + "/personas" + "/"
                                + persona.json().path("id").asLong() + "/user-goals",
                        "{\"sentence\":\"" + sentence + "\",\"importance\":5}");
        assertThat(goal.status()).as(goal.text()).isEqualTo(201);
        return goal.json().path("id").asLong();
    }

    @Test
    void recordsReplacesAndDeletesAnItReview() {
        long id = propose("Savings goals", "FEATURE", design, "");
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("MISSING");
        assertThat(admin().get(review(id)).status()).isEqualTo(404);

        Api.Response recorded = put(review(id), """
                {"technicalRequirements":"A goals table and a nightly job","hostingNeeds":"None beyond the app",
                 "readiness":"NEEDS_WORK","note":"The job scheduler is not set up yet"}""");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        JsonNode first = recorded.json();
        assertThat(first.path("readiness").asString()).isEqualTo("NEEDS_WORK");
        assertThat(first.path("reviewer").path("id").asLong()).isEqualTo(me);
        assertThat(first.path("reviewedOn").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(first.path("hostingNeeds").asString()).isEqualTo("None beyond the app");
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("DONE");
        assertThat(listedState("Savings goals")).isEqualTo("DONE");
        assertThat(admin().get(review(id)).json().path("note").asString())
                .isEqualTo("The job scheduler is not set up yet");

        long version = first.path("version").asLong();
        // a review is of a day that has come
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Api.Response ahead = put(
                review(id),
                "{\"readiness\":\"READY\",\"reviewedOn\":\"" + tomorrow + "\",\"version\":" + version + "}");
        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.field()).isEqualTo("reviewedOn");
        String earlier = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        Api.Response replaced = put(
                review(id), "{\"readiness\":\"READY\",\"reviewedOn\":\"" + earlier + "\",\"version\":" + version + "}");
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().path("readiness").asString()).isEqualTo("READY");
        assertThat(replaced.json().path("reviewedOn").asString()).isEqualTo(earlier);
        assertThat(replaced.json().path("note").isNull()).isTrue();
        long current = replaced.json().path("version").asLong();
        assertThat(current).isGreaterThan(version);

        Api.Response stale = put(review(id), "{\"readiness\":\"BLOCKED\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/concurrent-change");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(current);
        Api.Response blind = put(review(id), "{\"readiness\":\"BLOCKED\"}");
        assertThat(blind.status()).isEqualTo(400); // an edit of what exists sends the version it read
        assertThat(blind.field()).isEqualTo("version");
        assertThat(admin().get(review(id)).json().path("readiness").asString()).isEqualTo("READY");

        assertThat(admin().delete(review(id)).status()).isEqualTo(204);
        assertThat(admin().get(review(id)).status()).isEqualTo(404);
        assertThat(admin().delete(review(id)).status()).isEqualTo(404);
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("MISSING");

        assertThat(admin().get("/v3/api-docs").json().path("paths").propertyNames())
                .contains(
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/it-review",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/checklist",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/checklist/{step}");
    }

    @Test
    void refusesABadReviewNamingTheFieldAndAReviewOfWorkThatNeedsNone() {
        long stranger = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"stranger." + unique()
                                + "@example.com\",\"displayName\":\"Stranger\",\"password\":\"long-enough-password\"}")
                .json()
                .path("id")
                .asLong();
        long id = propose("Form endpoint", "INFRASTRUCTURE", it, "");

        Api.Response notMember = put(review(id), "{\"readiness\":\"READY\",\"reviewerId\":" + stranger + "}");
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.field()).isEqualTo("reviewerId");
        assertThat(notMember.json().path("detail").asString()).contains("The reviewer must be a member");

        Api.Response unknownReadiness = put(review(id), "{\"readiness\":\"MAYBE\"}");
        assertThat(unknownReadiness.status()).isEqualTo(400);
        assertThat(fields(unknownReadiness)).containsExactly("readiness");

        Api.Response several = put(
                review(id),
                "{\"technicalRequirements\":\"" + "x".repeat(ItReviewInput.TEXT_MAX + 1) + "\",\"note\":\""
                        + "n".repeat(ItReviewInput.NOTE_MAX + 1) + "\"}");
        assertThat(several.status()).isEqualTo(400);
        assertThat(fields(several)).containsExactlyInAnyOrder("technicalRequirements", "readiness", "note");
        assertThat(admin().get(review(id)).status()).isEqualTo(404);

        long content = propose("Jargon-free copy", "CONTENT", design, "");
        Api.Response notNeeded = put(review(content), "{\"readiness\":\"READY\"}");
        assertThat(notNeeded.status()).isEqualTo(409);
        assertThat(notNeeded.json().path("type").asString()).endsWith("/it-review-not-needed");
        assertThat(notNeeded.field()).isEqualTo("kind");
        assertThat(notNeeded.json().path("detail").asString())
                .isEqualTo("A content initiative needs no IT review: only features, infrastructure and campaigns"
                        + " with a landing page or form do.");
        assertThat(initiative(content).path("itReview").asString()).isEqualTo("NOT_NEEDED");

        long plainCampaign = propose("Re-onboarding e-mails", "CAMPAIGN", design, "");
        assertThat(put(review(plainCampaign), "{\"readiness\":\"READY\"}").status())
                .isEqualTo(409);
        long landingPage = propose("Landing page", "CAMPAIGN", design, ",\"needsWebForm\":true");
        assertThat(initiative(landingPage).path("needsWebForm").asBoolean()).isTrue();
        assertThat(initiative(landingPage).path("itReview").asString()).isEqualTo("MISSING");
        assertThat(put(review(landingPage), "{\"readiness\":\"BLOCKED\"}").status())
                .isEqualTo(200);

        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        assertThat(admin().get("/api/v1/workspaces/" + otherSlug + "/initiatives/" + landingPage + "/it-review")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void committingWithoutAnItReviewAsksThenIsKeptAsSkipped() {
        long id = propose("Savings goals", "FEATURE", design, "");
        assertThat(status(id, "{\"status\":\"DISCOVERY\"}").status()).isEqualTo(200);

        Api.Response asked = status(id, "{\"status\":\"COMMITTED\",\"reason\":\"Design has the time\"}");
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.json().path("type").asString()).endsWith("/it-review-missing");
        assertThat(asked.field()).isEqualTo("itReview");
        assertThat(asked.json().path("detail").asString())
                .isEqualTo("This feature has no IT review. Commit it anyway? The plan will list it as a conflict.");
        assertThat(initiative(id).path("status").asString()).isEqualTo("DISCOVERY");

        Api.Response committed =
                status(id, "{\"status\":\"COMMITTED\",\"reason\":\"Design has the time\",\"skipItReview\":true}");
        assertThat(committed.status()).as(committed.text()).isEqualTo(200);
        assertThat(committed.json().path("status").asString()).isEqualTo("COMMITTED");
        assertThat(committed.json().path("itReview").asString()).isEqualTo("SKIPPED");
        JsonNode history = committed.json().path("history");
        assertThat(history.get(history.size() - 1).path("reason").asString())
                .isEqualTo("Committed without an IT review. Design has the time");
        assertThat(listedState("Savings goals")).isEqualTo("SKIPPED");

        // recorded later, the review is done; the history still says how it was committed
        assertThat(put(review(id), "{\"readiness\":\"READY\"}").status()).isEqualTo(200);
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("DONE");
        assertThat(initiative(id)
                        .path("history")
                        .valueStream()
                        .map(h -> h.path("reason").asString("")))
                .contains("Committed without an IT review. Design has the time");

        // committing is still published for other modules when the review is skipped
        long infra = propose("Form endpoint", "INFRASTRUCTURE", it, "");
        initiatives.changeStatus(slug, me, infra, InitiativeStatus.DISCOVERY, null, null);
        initiatives.changeStatus(slug, me, infra, InitiativeStatus.COMMITTED, null, null, true);
        assertThat(events.stream(InitiativeCommitted.class).filter(e -> e.initiativeId() == infra))
                .hasSize(1);
        assertThat(events.stream(InitiativeStatusChanged.class)
                        .filter(e -> e.initiativeId() == infra && e.to() == InitiativeStatus.COMMITTED))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Committed without an IT review."));
    }

    /**
     * Work whose IT review says the infrastructure is blocked: committing it asks first, as without a
     * review; committed anyway, it says so in its history and the plan lists it as a conflict until the
     * review changes (it was committed without a word until December 2026: a browser walk).
     */
    @Test
    void committingWorkThatItSaysIsBlockedAsksThenThePlanListsIt() {
        long id = propose("Bank sync", "FEATURE", design, "");
        status(id, "{\"status\":\"DISCOVERY\"}");
        assertThat(put(review(id), "{\"readiness\":\"BLOCKED\"}").status()).isEqualTo(200);
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("BLOCKED");
        assertThat(listedState("Bank sync")).isEqualTo("BLOCKED");

        Api.Response asked = status(id, "{\"status\":\"COMMITTED\"}");
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.field()).isEqualTo("itReview");
        assertThat(asked.json().path("detail").asString())
                .isEqualTo(
                        "IT says this feature is blocked. Commit it anyway? The plan will list it as a conflict until"
                                + " IT's review says otherwise.");

        Api.Response committed =
                status(id, "{\"status\":\"COMMITTED\",\"reason\":\"Sales promised it\",\"skipItReview\":true}");
        assertThat(committed.status()).as(committed.text()).isEqualTo(200);
        assertThat(committed.json().path("itReview").asString()).isEqualTo("BLOCKED");
        JsonNode history = committed.json().path("history");
        assertThat(history.get(history.size() - 1).path("reason").asString())
                .isEqualTo("Committed while IT says it is blocked. Sales promised it");
        assertThat(conflicts(id)).containsExactly("IT_BLOCKED");

        long version = admin().get(review(id)).json().path("version").asLong();
        assertThat(put(review(id), "{\"readiness\":\"READY\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(200);
        assertThat(initiative(id).path("itReview").asString()).isEqualTo("DONE");
        assertThat(conflicts(id)).isEmpty();
    }

    /** The kinds of the plan's conflicts about this initiative. */
    private List<String> conflicts(long id) {
        return admin().get(base + "/plan")
                .json()
                .path("conflicts")
                .valueStream()
                .filter(c -> c.path("initiatives")
                        .valueStream()
                        .anyMatch(i -> i.path("id").asLong() == id))
                .map(c -> c.path("kind").asString())
                .filter(kind -> kind.startsWith("IT_"))
                .toList();
    }

    @Test
    void committingWorkThatHasItsReviewOrNeedsNoneAsksNothing() {
        long id = propose("Savings goals", "FEATURE", design, "");
        status(id, "{\"status\":\"DISCOVERY\"}");
        put(review(id), "{\"readiness\":\"READY\"}");
        Api.Response committed = status(id, "{\"status\":\"COMMITTED\",\"reason\":\"Reviewed\"}");
        assertThat(committed.status()).as(committed.text()).isEqualTo(200);
        assertThat(committed.json().path("itReview").asString()).isEqualTo("DONE");
        JsonNode history = committed.json().path("history");
        assertThat(history.get(history.size() - 1).path("reason").asString()).isEqualTo("Reviewed");

        long campaign = propose("Re-onboarding e-mails", "CAMPAIGN", design, "");
        status(campaign, "{\"status\":\"DISCOVERY\"}");
        Api.Response plain = status(campaign, "{\"status\":\"COMMITTED\"}");
        assertThat(plain.status()).as(plain.text()).isEqualTo(200);
        assertThat(plain.json().path("itReview").asString()).isEqualTo("NOT_NEEDED");
    }

    @Test
    void aFeaturesFiveStepsAreAnsweredEachTiedToAUserGoalOfTheWorkspace() {
        long id = propose("Savings goals", "FEATURE", design, "");
        long goal = userGoal(base, design, "Help me save without thinking about it");

        JsonNode empty = admin().get(base + "/initiatives/" + id + "/checklist").json();
        assertThat(empty.path("done").asInt()).isZero();
        assertThat(empty.path("total").asInt()).isEqualTo(5);
        assertThat(empty.path("steps").valueStream().map(s -> s.path("step").asString()))
                .containsExactly("PROBLEM", "DATA", "DIMENSIONS", "STRUCTURES", "INTERACTION");

        Api.Response problem = put(
                step(id, "PROBLEM"),
                "{\"answer\":\"Testers cannot find the savings goals\",\"userGoalId\":" + goal + "}");
        assertThat(problem.status()).as(problem.text()).isEqualTo(200);
        assertThat(problem.json().path("done").asInt()).isEqualTo(1);
        JsonNode answered = problem.json().path("steps").get(0);
        assertThat(answered.path("done").asBoolean()).isTrue();
        assertThat(answered.path("userGoal").path("sentence").asString())
                .isEqualTo("Help me save without thinking about it");
        assertThat(answered.path("userGoal").path("personaName").asString()).isEqualTo("Jess");
        assertThat(answered.path("answeredBy").path("id").asLong()).isEqualTo(me);
        long version = answered.path("version").asLong();

        assertThat(put(step(id, "data"), "{\"answer\":\"Income and bills by week\"}")
                        .json()
                        .path("done")
                        .asInt())
                .isEqualTo(2);
        Api.Response blind = put(step(id, "PROBLEM"), "{\"answer\":\"Overwritten\"}");
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
        Api.Response changed =
                put(step(id, "PROBLEM"), "{\"answer\":\"Nobody finds them\",\"version\":" + version + "}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("steps").get(0).path("answer").asString())
                .isEqualTo("Nobody finds them");
        assertThat(changed.json().path("steps").get(0).path("userGoal").isNull())
                .isTrue();
        long dataVersion = changed.json().path("steps").get(1).path("version").asLong();
        Api.Response cleared = put(step(id, "DATA"), "{\"answer\":\" \",\"version\":" + dataVersion + "}");
        assertThat(cleared.json().path("done").asInt()).isEqualTo(1);
        assertThat(cleared.json().path("steps").get(1).path("answer").isNull()).isTrue();

        Api.Response unknown = put(step(id, "COLOURS"), "{\"answer\":\"Blue\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("step");
        assertThat(unknown.json().path("detail").asString())
                .contains("No step 'COLOURS': the steps are PROBLEM, DATA, DIMENSIONS, STRUCTURES, INTERACTION.");

        String otherSlug = "other-" + unique();
        String otherBase = "/api/v1/workspaces/" + otherSlug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long foreignGoal = userGoal(otherBase, team(otherBase, "Sales"), "Someone else's goal");
        Api.Response foreign =
                put(step(id, "DIMENSIONS"), "{\"answer\":\"By week\",\"userGoalId\":" + foreignGoal + "}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.field()).isEqualTo("userGoalId");

        Api.Response tooLong =
                put(step(id, "STRUCTURES"), "{\"answer\":\"" + "s".repeat(DesignStepInput.ANSWER_MAX + 1) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("answer");
        assertThat(admin().get(base + "/initiatives/" + id + "/checklist")
                        .json()
                        .path("done")
                        .asInt())
                .isEqualTo(1);

        long campaign = propose("Landing page", "CAMPAIGN", design, ",\"needsWebForm\":true");
        Api.Response notAFeature = put(step(campaign, "PROBLEM"), "{\"answer\":\"Why\"}");
        assertThat(notAFeature.status()).isEqualTo(409);
        assertThat(notAFeature.field()).isEqualTo("kind");
        assertThat(notAFeature.json().path("detail").asString())
                .isEqualTo("Only a feature takes the information-design checklist; this is campaign work.");
        assertThat(admin().get(base + "/initiatives/" + campaign + "/checklist").status())
                .isEqualTo(409);
    }

    @Test
    void aViewerReadsTheReviewAndTheChecklistButCannotChangeThem() {
        long id = propose("Savings goals", "FEATURE", design, "");
        put(review(id), "{\"readiness\":\"NEEDS_WORK\"}");
        put(step(id, "PROBLEM"), "{\"answer\":\"Nobody finds them\"}");
        status(id, "{\"status\":\"DISCOVERY\"}");
        Person viewer = newPerson("Vic Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        Api api = viewer.api();

        assertThat(api.get(review(id)).json().path("readiness").asString()).isEqualTo("NEEDS_WORK");
        assertThat(api.get(base + "/initiatives/" + id + "/checklist")
                        .json()
                        .path("done")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.send("PUT", review(id), "{\"readiness\":\"READY\"}").status())
                .isEqualTo(403);
        assertThat(api.delete(review(id)).status()).isEqualTo(403);
        assertThat(api.send("PUT", step(id, "DATA"), "{\"answer\":\"Mine\"}").status())
                .isEqualTo(403);
        assertThat(api.patchAsRead(
                                base + "/initiatives/" + id,
                                base + "/initiatives/" + id + "/status",
                                "{\"status\":\"COMMITTED\",\"skipItReview\":true}")
                        .status())
                .isEqualTo(403);
        assertThat(admin().get(review(id)).json().path("readiness").asString()).isEqualTo("NEEDS_WORK");
        assertThat(admin().get(base + "/initiatives/" + id + "/checklist")
                        .json()
                        .path("done")
                        .asInt())
                .isEqualTo(1);
    }
}
