package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A team closes a routed insight with the initiative that acts on it, over real HTTP: the route is
 * closed with an outcome naming the initiative, the insight backs the initiative from then on, and
 * the route links to it. Another workspace's initiative, or a dropped one, is refused naming {@code
 * initiativeId} with nothing changed; a viewer cannot close.
 */
class InboxCloseWithInitiativeIT extends TandemIT {

    private static final String FIX = "Savings goals discoverability fix";

    /** A workspace with a Design team, an insight routed to it by hand, and Design's initiative. */
    record World(String slug, long design, long insight, long initiative) {

        String base() {
            return "/api/v1/workspaces/" + slug;
        }

        String close() {
            return base() + "/insights/" + insight + "/routes/" + design + "/close";
        }

        String links() {
            return base() + "/initiatives/" + initiative + "/links";
        }
    }

    private long me;
    private World ours;
    private World theirs;

    @BeforeEach
    void twoWorkspaces() {
        me = admin().get("/api/v1/me").json().path("id").asLong();
        ours = world("inbox-acts-" + unique());
        theirs = world("inbox-other-" + unique());
    }

    private World world(String slug) {
        String base = "/api/v1/workspaces/" + slug;
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Budgetly\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        long insight = id(admin().post(
                        base + "/insights",
                        "{\"title\":\"Testers cannot find the savings-goal feature\",\"body\":\"Usability test.\","
                                + "\"sourceType\":\"USABILITY_TEST\"}"));
        Api.Response routed = admin().post(
                        base + "/insights/" + insight + "/routes",
                        "{\"team\":" + design + ",\"note\":\"design: can't find savings goals\"}");
        assertThat(routed.status()).as(routed.text()).isEqualTo(201);
        long initiative = propose(base, FIX, design);
        return new World(slug, design, insight, initiative);
    }

    private long propose(String base, String title, long team) {
        return id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private JsonNode route(World world) {
        return admin().get(world.base() + "/insights/" + world.insight() + "/routes")
                .json()
                .get(0);
    }

    private JsonNode backing(World world) {
        return admin().get(world.links()).json().path("insights");
    }

    @Test
    void closingWithAnInitiativeClosesTheRouteNamesItAndLinksTheInsightAsBackingIt() {
        Api.Response closed = admin().post(
                        ours.close(),
                        "{\"outcome\":\"Moved savings goals to the home screen\",\"initiativeId\":" + ours.initiative()
                                + "}");

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("outcome").asString())
                .isEqualTo("Acted on by initiative “" + FIX + "”: Moved savings goals to the home screen");
        assertThat(closed.json().path("initiativeId").asLong()).isEqualTo(ours.initiative());
        assertThat(backing(ours).valueStream().map(i -> i.path("insightId").asLong()))
                .containsExactly(ours.insight());

        JsonNode route = route(ours);
        assertThat(route.path("status").asString()).isEqualTo("CLOSED");
        assertThat(route.path("actedOnBy").path("title").asString()).isEqualTo(FIX);
        assertThat(route.path("actedOnBy").path("path").asString()).isEqualTo("initiatives/" + ours.initiative());
        JsonNode inbox = admin().get(ours.base() + "/teams/" + ours.design() + "/inbox?status=CLOSED")
                .json()
                .path("items");
        assertThat(inbox.get(0).path("actedOnBy").path("id").asLong()).isEqualTo(ours.initiative());

        Api.Response again = admin().post(ours.close(), "{\"initiativeId\":" + ours.initiative() + "}");
        assertThat(again.status()).as("a closed route stays closed").isEqualTo(409);
        assertThat(backing(ours)).hasSize(1);
    }

    @Test
    void anInitiativeAloneIsEnoughAndLinkingAnInsightThatBacksItAlreadyChangesNothing() {
        assertThat(admin().send("PUT", ours.links() + "/insights/" + ours.insight(), null)
                        .status())
                .isEqualTo(200);

        Api.Response closed = admin().post(ours.close(), "{\"initiativeId\":" + ours.initiative() + "}");

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().path("outcome").asString()).isEqualTo("Acted on by initiative “" + FIX + "”");
        assertThat(backing(ours)).hasSize(1);
    }

    @Test
    void anotherWorkspacesInitiativeIsRefusedNamingTheFieldAndNothingChanges() {
        Api.Response refused =
                admin().post(ours.close(), "{\"outcome\":\"Fixed it\",\"initiativeId\":" + theirs.initiative() + "}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.field()).isEqualTo("initiativeId");
        assertThat(route(ours).path("status").asString()).isEqualTo("NEW");
        assertThat(route(ours).path("outcome").isNull()).isTrue();
        assertThat(backing(theirs)).isEmpty();
        assertThat(backing(ours)).isEmpty();

        Api.Response none = admin().post(ours.close(), "{\"initiativeId\":999999999}");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.field()).isEqualTo("initiativeId");
        assertThat(route(ours).path("status").asString()).isEqualTo("NEW");
    }

    @Test
    void aDroppedInitiativeActsOnNothing() {
        long dropped = propose(ours.base(), "Savings goals tutorial video", ours.design());
        assertThat(admin().patchAsRead(
                                ours.base() + "/initiatives/" + dropped,
                                ours.base() + "/initiatives/" + dropped + "/status",
                                "{\"status\":\"DROPPED\",\"reason\":\"No budget\"}")
                        .status())
                .isEqualTo(200);

        Api.Response refused = admin().post(ours.close(), "{\"initiativeId\":" + dropped + "}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("initiativeId");
        assertThat(route(ours).path("status").asString()).isEqualTo("NEW");
        assertThat(admin().get(ours.base() + "/initiatives/" + dropped + "/links")
                        .json()
                        .path("insights"))
                .isEmpty();
    }

    @Test
    void withoutAnInitiativeTheTeamStillSaysWhatItDid() {
        Api.Response blank = admin().post(ours.close(), "{\"outcome\":\" \"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("outcome");
        assertThat(route(ours).path("status").asString()).isEqualTo("NEW");
    }

    @Test
    void aViewerCannotClose() {
        Person viewer = newPerson("Vic Viewer");
        admin().post(ours.base() + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");

        Api.Response refused =
                viewer.api().post(ours.close(), "{\"outcome\":\"Fixed\",\"initiativeId\":" + ours.initiative() + "}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(route(ours).path("status").asString()).isEqualTo("NEW");
        assertThat(backing(ours)).isEmpty();
    }
}
