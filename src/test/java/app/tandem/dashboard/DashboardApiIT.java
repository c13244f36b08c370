package app.tandem.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.dashboard.internal.AlignmentScores;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard API over real HTTP on a small workspace built for it: the goal tree (goal → KPI →
 * the shared persona's user goal → Design's initiative), each team's alignment score from its
 * person-weeks in committed and in-progress work and the work that is not traced, the trend read at
 * past check-ins, the hand-off due and the dependency at risk, the filters (and their refusals naming
 * the field), a viewer reading and an outsider refused.
 */
class DashboardApiIT extends TandemIT {

    @Autowired
    AlignmentScores scores;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    app.tandem.meeting.CheckIns checkInService;

    private String slug;
    private String base;
    private long me;
    private long design;
    private long marketing;
    private long goal;
    private long userGoal;

    @BeforeEach
    void workspace() {
        slug = "dash-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Dashboard\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        goal = id(admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow trial-to-paid\",\"periodStart\":\"" + today + "\",\"periodEnd\":\""
                                + today.plusYears(1) + "\",\"status\":\"ACTIVE\"}"));
        long a = id(admin().post(
                        base + "/personas", "{\"name\":\"Buyer\",\"kind\":\"TEAM\",\"teamId\":" + marketing + "}"));
        long b =
                id(admin().post(base + "/personas", "{\"name\":\"User\",\"kind\":\"TEAM\",\"teamId\":" + design + "}"));
        long shared = id(admin().post(
                        base + "/personas",
                        "{\"name\":\"Jess\",\"kind\":\"SHARED\",\"sourcePersonaIds\":[" + a + "," + b + "]}"));
        userGoal = id(admin().post(
                        base + "/personas/" + shared + "/user-goals",
                        "{\"sentence\":\"Help me save\",\"importance\":4}"));
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long initiative(String title, long team, double weeks, int startInDays, int dueInDays, String... statuses) {
        long id = id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me
                                + ",\"startDate\":\"" + today.plusDays(startInDays) + "\",\"dueDate\":\""
                                + today.plusDays(dueInDays) + "\",\"confidence\":\"HIGH\",\"effort\":[{\"teamId\":"
                                + team
                                + ",\"personWeeks\":" + weeks + "}]}"));
        for (String status : statuses) {
            Api.Response moved = admin().patchAsRead(
                            base + "/initiatives/" + id,
                            base + "/initiatives/" + id + "/status",
                            "{\"status\":\"" + status + "\",\"reason\":\"Agreed\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return id;
    }

    private void serves(long initiative, boolean goal, boolean userGoal) {
        String links = base + "/initiatives/" + initiative + "/links";
        if (goal) {
            Api.Response linked = admin().send("PUT", links + "/goals/" + this.goal, "{}");
            assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        }
        if (userGoal) {
            Api.Response linked = admin().send(
                            "PUT", links + "/user-goals/" + this.userGoal, "{\"effect\":\"HELPS\",\"strength\":2}");
            assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        }
    }

    private static JsonNode team(JsonNode dashboard, String name) {
        return dashboard
                .path("alignment")
                .valueStream()
                .filter(a -> a.path("team").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void scoresEachTeamsCommittedWorkByWhatItIsTracedToAndDrawsTheGoalTree() {
        long guidance = initiative("In-app guidance", design, 6, 0, 40, "DISCOVERY", "COMMITTED");
        serves(guidance, true, true);
        long glossary = initiative("Glossary", design, 2, 0, 30, "DISCOVERY", "COMMITTED", "IN_PROGRESS");
        serves(glossary, true, false);
        long sketch = initiative("Sketches", design, 5, 10, 60);
        serves(sketch, true, true);
        initiative("Landing page", marketing, 4, 5, 50, "DISCOVERY", "COMMITTED");

        JsonNode dashboard = admin().get(base + "/dashboard").json();

        JsonNode designScore = team(dashboard, "Design");
        assertThat(designScore.path("tracedWeeks").asDouble()).isEqualTo(6.0);
        assertThat(designScore.path("totalWeeks").asDouble()).isEqualTo(8.0);
        assertThat(designScore.path("score").asDouble()).isEqualTo(0.75);
        assertThat(designScore
                        .path("untraced")
                        .valueStream()
                        .map(u -> u.path("title").asString() + ": "
                                + u.path("lacks").asString()))
                .containsExactly("Glossary: no shared persona's user goal");
        assertThat(designScore.path("explanation").asString())
                .startsWith("6 person-weeks of Design's 8 person-weeks")
                .contains("75%", "“Glossary” (2 person-weeks, no shared persona's user goal)");
        JsonNode marketingScore = team(dashboard, "Marketing");
        assertThat(marketingScore.path("score").asDouble()).isZero();
        assertThat(marketingScore.path("untraced").get(0).path("lacks").asString())
                .isEqualTo("no shared persona's user goal and no active business goal");

        JsonNode node = dashboard.path("goalTree").get(0);
        assertThat(node.path("title").asString()).isEqualTo("Grow trial-to-paid");
        JsonNode helped = node.path("userGoals").get(0);
        assertThat(helped.path("sentence").asString()).isEqualTo("Help me save");
        assertThat(helped.path("shared").asBoolean()).isTrue();
        assertThat(helped.path("teams").get(0).path("team").asString()).isEqualTo("Design");
        assertThat(helped.path("teams")
                        .get(0)
                        .path("initiatives")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .containsExactly("In-app guidance", "Sketches");
        assertThat(node.path("withoutUserGoal")
                        .get(0)
                        .path("initiatives")
                        .get(0)
                        .path("title")
                        .asString())
                .isEqualTo("Glossary");

        JsonNode roadmap = dashboard.path("roadmap");
        assertThat(roadmap.path("lanes").valueStream().map(l -> l.path("team").asString()))
                .containsExactly("Design", "Marketing");
        JsonNode planned = roadmap.path("lanes")
                .get(0)
                .path("bars")
                .valueStream()
                .filter(bar -> bar.path("title").asString().equals("Sketches"))
                .findFirst()
                .orElseThrow();
        assertThat(planned.path("committed").asBoolean()).isFalse();
        assertThat(planned.path("plannedStart").isNull()).isFalse();

        JsonNode onlyMarketing =
                admin().get(base + "/dashboard?team=" + marketing).json();
        assertThat(onlyMarketing
                        .path("alignment")
                        .valueStream()
                        .map(a -> a.path("team").asString()))
                .containsExactly("Marketing");
        assertThat(onlyMarketing.path("goalTree").get(0).path("userGoals")).isEmpty();

        // narrowed to the goal, the evidence flow counts the insights on the user goals its work helps
        admin().post(base + "/insights", "{\"title\":\"Saving is hard\",\"userGoalIds\":[" + userGoal + "]}");
        admin().post(base + "/insights", "{\"title\":\"The logo is blue\"}");
        assertThat(admin().get(base + "/dashboard")
                        .json()
                        .path("evidence")
                        .path("captured")
                        .asLong())
                .isEqualTo(2);
        JsonNode onGoal = admin().get(base + "/dashboard?goal=" + goal).json().path("evidence");
        assertThat(onGoal.path("userGoals").asInt()).isEqualTo(1);
        assertThat(onGoal.path("captured").asLong()).isEqualTo(1);
    }

    @Test
    void theTrendReadsTheScoreRecordedAtEachPastCheckIn() {
        long guidance = initiative("In-app guidance", design, 4, 0, 40, "DISCOVERY", "COMMITTED");
        serves(guidance, true, true);
        // check-ins are created at most one period back: a monthly one 24 days ago, a fortnightly one 13 days ago
        // (a monthly day on a weekend is the nearest weekday of its month)
        LocalDate monthly = cadence("Monthly", app.tandem.meeting.Frequency.MONTHLY, today.minusDays(24));
        LocalDate fortnightly =
                cadence("Fortnightly", app.tandem.meeting.Frequency.EVERY_TWO_WEEKS, today.minusDays(13));
        long workspaceId = admin().get(base).json().path("id").asLong();
        scores.record(workspaceId, monthly.minusDays(2), List.of(new AlignmentScores.Today(design, 0.25, 1, 4)));
        scores.record(workspaceId, fortnightly.minusDays(1), List.of(new AlignmentScores.Today(design, 0.5, 2, 4)));

        JsonNode designScore = team(admin().get(base + "/dashboard").json(), "Design");

        assertThat(designScore
                        .path("trend")
                        .valueStream()
                        .map(p -> p.path("date").asString() + " "
                                + p.path("score").asDouble()))
                .containsExactly(monthly + " 0.25", fortnightly + " 0.5");
        assertThat(designScore.path("explanation").asString()).contains("Up from 25% at the check-in of");
        assertThat(scores.at(workspaceId, List.of(today)).get(design))
                .as("opening the dashboard recorded today's score")
                .containsExactly(new AlignmentScores.Scored(design, today, 1.0));
    }

    /** A cadence begun before today, as the demo's (people start theirs today or later); its first date. */
    private LocalDate cadence(String title, app.tandem.meeting.Frequency frequency, LocalDate first) {
        return checkInService
                .createCadenceHeldBefore(
                        slug,
                        admin().get("/api/v1/me").json().path("id").asLong(),
                        new app.tandem.meeting.CadenceInput(
                                title, null, frequency, first, java.time.LocalTime.of(10, 0), 60, null, null))
                .firstDate();
    }

    @Test
    void listsTheHandOffsDueAndTheDependenciesAtRisk() {
        long endpoint = initiative("Form endpoint", design, 2, 0, 20);
        long landing = initiative("Landing page", marketing, 3, 5, 40);
        Api.Response needs = admin().post(
                        base + "/initiatives/" + landing + "/dependencies",
                        "{\"providerId\":" + endpoint + ",\"kind\":\"NEEDS_FEATURE\",\"handoffDue\":\""
                                + today.plusDays(12) + "\"}");
        assertThat(needs.status()).as(needs.text()).isEqualTo(201);

        JsonNode risks = admin().get(base + "/dashboard").json().path("risks");

        assertThat(risks.path("handOffs")
                        .get(0)
                        .path("dependency")
                        .path("provider")
                        .path("title")
                        .asString())
                .isEqualTo("Form endpoint");
        JsonNode atRisk = risks.path("dependencies").get(0);
        assertThat(atRisk.path("dependant").asString()).isEqualTo("Landing page");
        assertThat(atRisk.path("reasons").get(0).asString()).contains("after “Landing page” starts");
    }

    @Test
    void refusesAFilterThatIsNotTheWorkspacesNamingTheFieldAndLetsViewersRead() {
        String other = "dash-other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + other + "\"}");
        long elsewhere = id(admin().post("/api/v1/workspaces/" + other + "/teams", "{\"name\":\"Sales\"}"));

        Api.Response team = admin().get(base + "/dashboard?team=" + elsewhere);
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.text()).contains("team");
        Api.Response days = admin().get(base + "/dashboard?days=45");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.text()).contains("days");
        Api.Response goal = admin().get(base + "/dashboard?goal=" + Long.MAX_VALUE);
        assertThat(goal.status()).isEqualTo(400);
        assertThat(goal.text()).contains("goal");

        Person viewer = newPerson("Vera Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api().get(base + "/dashboard?days=30").status()).isEqualTo(200);
        Person outsider = newPerson("Otto Outsider");
        assertThat(outsider.api().get(base + "/dashboard").status()).isEqualTo(404);
    }
}
