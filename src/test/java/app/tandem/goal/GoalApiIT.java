package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The goals API over real HTTP: CRUD, sub-goals, the team filter, and errors that name the field. */
class GoalApiIT extends TandemIT {

    private String slug;
    private String base;
    private long marketing;
    private long design;

    @BeforeEach
    void workspaceWithTeams() {
        slug = "goals-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Goals\",\"slug\":\"" + slug + "\"}");
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

    private Api.Response createGoal(String title, String extra) {
        return admin().post(
                        base + "/goals",
                        "{\"title\":\"" + title + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\""
                                + extra + "}");
    }

    /** The version a replace starts from, as a client reads it. */
    private long version(long goal) {
        return admin().get(base + "/goals/" + goal).json().path("version").asLong();
    }

    @Test
    void createsReadsReplacesAndDeletesAGoalSharedByTeams() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        Api.Response created = createGoal(
                "Grow trial-to-paid conversions",
                ",\"description\":\"Stay and pay\",\"ownerId\":" + me + ",\"teamIds\":[" + marketing + "," + design
                        + "]");
        assertThat(created.status()).isEqualTo(201);
        JsonNode goal = created.json();
        long id = goal.path("id").asLong();
        assertThat(goal.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(goal.path("owner").path("id").asLong()).isEqualTo(me);
        assertThat(goal.path("teams").valueStream().map(t -> t.path("name").asString()))
                .containsExactly("Design", "Marketing");

        assertThat(admin().get(base + "/goals/" + id).json().path("description").asString())
                .isEqualTo("Stay and pay");

        Api.Response replaced = admin().send(
                        "PUT",
                        base + "/goals/" + id,
                        "{\"title\":\"Grow paid conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-06-30\","
                                + "\"status\":\"ACHIEVED\",\"teamIds\":[" + design + "],\"version\":" + version(id)
                                + "}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("title").asString()).isEqualTo("Grow paid conversions");
        assertThat(replaced.json().path("status").asString()).isEqualTo("ACHIEVED");
        assertThat(replaced.json().path("owner").isNull()).isTrue();
        assertThat(replaced.json()
                        .path("teams")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .containsExactly("Design");

        assertThat(admin().delete(base + "/goals/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/goals/" + id).status()).isEqualTo(404);
    }

    @Test
    void filtersGoalsByTeamIdOrName() {
        createGoal("Marketing's goal", ",\"teamIds\":[" + marketing + "]");
        createGoal("Design's goal", ",\"teamIds\":[" + design + "]");
        createGoal("Shared goal", ",\"teamIds\":[" + marketing + "," + design + "]");

        assertThat(titles(admin().get(base + "/goals?team=marketing")))
                .containsExactlyInAnyOrder("Marketing's goal", "Shared goal");
        assertThat(titles(admin().get(base + "/goals?team=" + design)))
                .containsExactlyInAnyOrder("Design's goal", "Shared goal");
        assertThat(titles(admin().get(base + "/goals"))).hasSize(3);
        Api.Response unknown = admin().get(base + "/goals?team=Finance");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("team");
    }

    @Test
    void nestsSubGoalsAndRefusesCycles() {
        long parent = createGoal("Grow conversions", "").json().path("id").asLong();
        long child = createGoal("Keep new users past week one", ",\"parentId\":" + parent)
                .json()
                .path("id")
                .asLong();
        long grandchild = createGoal("Calmer onboarding emails", ",\"parentId\":" + child)
                .json()
                .path("id")
                .asLong();

        JsonNode parentGoal = admin().get(base + "/goals/" + parent).json();
        assertThat(parentGoal
                        .path("subGoals")
                        .valueStream()
                        .map(g -> g.path("id").asLong()))
                .containsExactly(child);
        assertThat(admin().get(base + "/goals/" + child)
                        .json()
                        .path("parent")
                        .path("name")
                        .asString())
                .isEqualTo("Grow conversions");

        Api.Response cycle = admin().send(
                        "PUT",
                        base + "/goals/" + parent,
                        "{\"title\":\"Grow conversions\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"parentId\":"
                                + grandchild + ",\"version\":" + version(parent) + "}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.field()).isEqualTo("parentId");

        assertThat(admin().delete(base + "/goals/" + child).status()).isEqualTo(204);
        assertThat(admin().get(base + "/goals/" + grandchild)
                        .json()
                        .path("parent")
                        .isNull())
                .isTrue();
    }

    @Test
    void refusesInvalidGoalsNamingTheField() {
        assertThat(admin().post(base + "/goals", "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                        .field())
                .isEqualTo("title");
        Api.Response backwards = admin().post(
                        base + "/goals",
                        "{\"title\":\"Backwards\",\"periodStart\":\"2026-12-31\",\"periodEnd\":\"2026-01-01\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.field()).isEqualTo("periodEnd");
        // a year typed long or short is refused as every planned day is, not answered back as
        // "+10000-01-01", which no client reads as a date
        Api.Response longYear = admin().post(
                        base + "/goals",
                        "{\"title\":\"Far\",\"periodStart\":\"2027-01-01\",\"periodEnd\":\"+10000-01-01\"}");
        assertThat(longYear.status()).as(longYear.text()).isEqualTo(400);
        assertThat(longYear.field()).isEqualTo("periodEnd");
        assertThat(longYear.json().path("errors").get(0).path("message").asString())
                .contains("1970 to 2199");
        assertThat(admin().post(
                                base + "/goals",
                                "{\"title\":\"Old\",\"periodStart\":\"0202-01-01\",\"periodEnd\":\"2027-01-01\"}")
                        .field())
                .isEqualTo("periodStart");
        assertThat(createGoal("Unknown team", ",\"teamIds\":[999999999]").field())
                .isEqualTo("teamIds");
        assertThat(createGoal("Unknown parent", ",\"parentId\":999999999").field())
                .isEqualTo("parentId");
        assertThat(createGoal("Stranger as owner", ",\"ownerId\":999999999").field())
                .isEqualTo("ownerId");
        assertThat(createGoal("Bad status", ",\"status\":\"SOMEDAY\"").field()).isEqualTo("status");
    }

    private static List<String> titles(Api.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(g -> g.path("title").asString())
                .toList();
    }

    /** Two goals made each other's parent at the same moment: one of the two is refused, and no cycle is saved. */
    @Test
    void twoGoalsMadeEachOthersParentAtOnceMakeNoCycle() throws Exception {
        for (int round = 0; round < 4; round++) {
            long x = admin().post(
                            base + "/goals",
                            "{\"title\":\"X" + round
                                    + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                    .json()
                    .path("id")
                    .asLong();
            long y = admin().post(
                            base + "/goals",
                            "{\"title\":\"Y" + round
                                    + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                    .json()
                    .path("id")
                    .asLong();
            int r = round;
            long[] goals = {x, y};
            List<Integer> answers = atOnce(
                    2,
                    i -> admin().send(
                                    "PUT",
                                    base + "/goals/" + goals[i],
                                    "{\"title\":\"" + (i == 0 ? "X" : "Y") + r + "\",\"periodStart\":\"2026-01-01\","
                                            + "\"periodEnd\":\"2026-12-31\",\"version\":0,\"parentId\":" + goals[1 - i]
                                            + "}")
                            .status());
            assertThat(answers).as("round %d", round).containsExactlyInAnyOrder(200, 400);
            boolean xUnderY = admin().get(base + "/goals/" + x)
                            .json()
                            .path("parent")
                            .path("id")
                            .asLong()
                    == y;
            boolean yUnderX = admin().get(base + "/goals/" + y)
                            .json()
                            .path("parent")
                            .path("id")
                            .asLong()
                    == x;
            assertThat(xUnderY && yUnderX).as("round %d: a cycle", round).isFalse();
        }
    }
}
