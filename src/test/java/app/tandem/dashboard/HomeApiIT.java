package app.tandem.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.meeting.Frequency;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The home page's API over real HTTP: a person's overdue action item first and only this
 * workspace's work; a non-member refused; "what changed since my last visit" kept across reloads
 * and moved forward after a pause; a viewer's home.
 */
class HomeApiIT extends TandemIT {

    /** Moves a person's last visit back in time, as if they had been away. */
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    app.tandem.meeting.CheckIns checkInService;

    private String slug;
    private String base;

    @BeforeEach
    void workspace() {
        slug = "home-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Home\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
    }

    /**
     * Monthly check-ins begun on {@code first}, before today (as the demo's: people start theirs today
     * or later), with the one just held; the check-ins by start.
     */
    private List<JsonNode> checkIns(String workspaceBase, LocalDate first) {
        checkInService.createCadenceHeldBefore(
                workspaceBase.substring("/api/v1/workspaces/".length()),
                admin().get("/api/v1/me").json().path("id").asLong(),
                new app.tandem.meeting.CadenceInput(
                        "Monthly check-in",
                        null,
                        Frequency.MONTHLY,
                        first,
                        java.time.LocalTime.of(10, 0),
                        60,
                        null,
                        null));
        return admin().get(workspaceBase + "/check-ins?size=50")
                .json()
                .path("items")
                .valueStream()
                .toList();
    }

    private void actionItem(String workspaceBase, long checkInId, String text, long ownerId, LocalDate due) {
        Api.Response created = admin().post(
                        workspaceBase + "/check-ins/" + checkInId + "/action-items",
                        "{\"text\":\"" + text + "\",\"ownerId\":" + ownerId + ",\"due\":\"" + due + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private JsonNode home(Api api) {
        Api.Response home = api.get(base + "/home");
        assertThat(home.status()).as(home.text()).isEqualTo(200);
        return home.json();
    }

    private static List<String> titles(JsonNode list) {
        return list.valueStream().map(i -> i.path("title").asString()).toList();
    }

    private void awayFor(Person person, long hours) {
        jdbc.sql("update dashboard_visits set seen_at = ? where user_id = ?"
                        + " and workspace_id = (select id from workspaces where slug = ?)")
                .params(Timestamp.from(Instant.now().minus(hours, ChronoUnit.HOURS)), person.id(), slug)
                .update();
    }

    @Test
    void aPersonsOverdueActionItemComesFirstAndOnlyThisWorkspacesWorkIsListed() {
        Person maya = newMember(slug, "Maya Ortiz", "MEMBER");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        List<JsonNode> all = checkIns(base, today.minusDays(20));
        long held = all.get(0).path("id").asLong();
        actionItem(base, held, "Test the plain-words e-mail", maya.id(), today.plusDays(3));
        actionItem(base, held, "Share the retention numbers", maya.id(), today.minusDays(5));
        actionItem(base, held, "Book the room", me, today.minusDays(9));

        String elsewhere = "home-elsewhere-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Elsewhere\",\"slug\":\"" + elsewhere + "\"}");
        String elsewhereBase = "/api/v1/workspaces/" + elsewhere;
        admin().post(elsewhereBase + "/members", "{\"email\":\"" + maya.email() + "\",\"role\":\"MEMBER\"}");
        long elsewhereHeld =
                checkIns(elsewhereBase, today.minusDays(20)).get(0).path("id").asLong();
        actionItem(elsewhereBase, elsewhereHeld, "Overdue in another workspace", maya.id(), today.minusDays(15));

        JsonNode home = home(maya.api());
        JsonNode items = home.path("needsMe").path("items");
        assertThat(items.get(0).path("title").asString()).isEqualTo("Share the retention numbers");
        assertThat(items.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(items.get(0).path("kind").asString()).isEqualTo("Action item");
        assertThat(items.get(0).path("path").asString()).startsWith("/w/" + slug + "/check-ins/" + held);
        assertThat(titles(items))
                .contains("Test the plain-words e-mail")
                .doesNotContain("Book the room", "Overdue in another workspace");
        assertThat(titles(items).indexOf("Test the plain-words e-mail")).isPositive();
        assertThat(items.valueStream().map(i -> i.path("workspaceSlug").asString()))
                .containsOnly(slug);
        assertThat(home.path("needsMe").path("total").asLong()).isEqualTo(items.size());

        JsonNode next = home.path("nextCheckIn").path("checkIn");
        assertThat(next.path("date").asString())
                .isEqualTo(all.get(1).path("date").asString());
        assertThat(next.path("path").asString())
                .isEqualTo("/w/" + slug + "/check-ins/" + all.get(1).path("id").asLong());
        assertThat(home.path("role").asString()).isEqualTo("MEMBER");
    }

    @Test
    void aWorkspacesOwnWorkIsListedThoughAnotherWorkspaceHoldsMoreThanIsReadOfIt() {
        Person maya = newMember(slug, "Maya Ortiz", "MEMBER");
        long held = checkIns(base, today.minusDays(20)).get(0).path("id").asLong();
        actionItem(base, held, "Share the retention numbers", maya.id(), today.minusDays(5));

        // more overdue action items in another workspace than the home reads of a source, all older
        String elsewhere = "home-more-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"More elsewhere\",\"slug\":\"" + elsewhere + "\"}");
        String elsewhereBase = "/api/v1/workspaces/" + elsewhere;
        admin().post(elsewhereBase + "/members", "{\"email\":\"" + maya.email() + "\",\"role\":\"MEMBER\"}");
        List<JsonNode> elsewhereCheckIns = checkIns(elsewhereBase, today.minusDays(20));
        for (int i = 0; i <= Homes.READ_PER_SOURCE; i++) {
            // a check-in records at most 100 action items: two check-ins hold them
            long checkIn = elsewhereCheckIns.get(i % 2).path("id").asLong();
            actionItem(elsewhereBase, checkIn, "Older overdue " + i, maya.id(), today.minusDays(30));
        }

        JsonNode needsMe = home(maya.api()).path("needsMe");
        JsonNode items = needsMe.path("items");
        assertThat(items.valueStream()
                        .filter(i -> i.path("kind").asString().equals("Action item"))
                        .map(i -> i.path("title").asString()))
                .containsExactly("Share the retention numbers");
        assertThat(items.valueStream().map(i -> i.path("workspaceSlug").asString()))
                .containsOnly(slug);
        assertThat(needsMe.path("total").asLong()).isEqualTo(items.size());
        // My work, across workspaces, still lists the oldest first
        Api.Response myWork = maya.api().get("/api/v1/me/work");
        assertThat(myWork.status()).as(myWork.text()).isEqualTo(200);
        assertThat(myWork.text()).contains("Older overdue 0");
    }

    @Test
    void aNonMemberIsRefusedAsEverywhereElse() {
        Person outsider = newPerson("Olga Outsider");
        Api.Response refused = outsider.api().get(base + "/home");
        assertThat(refused.status())
                .isEqualTo(outsider.api().get(base + "/initiatives").status());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(anonymous().get(base + "/home").status()).isEqualTo(401);
    }

    @Test
    void whatChangedCountsFromTheLastVisitSurvivesReloadsAndMovesForwardAfterAPause() {
        Person dev = newMember(slug, "Dev Patel", "MEMBER");

        JsonNode first = home(dev.api()).path("changes");
        assertThat(first.path("firstVisit").asBoolean()).isTrue();
        Instant fourteenDaysAgo =
                today.minusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Instant.parse(first.path("since").asString())).isEqualTo(fourteenDaysAgo);
        JsonNode reload = home(dev.api()).path("changes");
        assertThat(reload.path("firstVisit").asBoolean()).isTrue();
        assertThat(reload.path("since").asString())
                .isEqualTo(first.path("since").asString());

        awayFor(dev, 2);
        Instant lastVisit = Instant.now().minus(2, ChronoUnit.HOURS);
        Api.Response insight = admin().post(base + "/insights", "{\"title\":\"Testers cannot find savings goals\"}");
        assertThat(insight.status()).as(insight.text()).isEqualTo(201);

        JsonNode back = home(dev.api()).path("changes");
        assertThat(back.path("firstVisit").asBoolean()).isFalse();
        assertThat(Instant.parse(back.path("since").asString())).isCloseTo(lastVisit, within(5, ChronoUnit.SECONDS));
        assertThat(back.path("insights").path("total").asLong()).isEqualTo(1);
        JsonNode group = back.path("insights").path("themes").get(0);
        assertThat(group.path("name").asString()).isEqualTo("In no theme yet");
        assertThat(titles(group.path("newest"))).containsExactly("Testers cannot find savings goals");
        assertThat(group.path("newest").get(0).path("path").asString())
                .isEqualTo(
                        "/w/" + slug + "/insights/" + insight.json().path("id").asLong());

        // reading it again soon after keeps what changed
        JsonNode again = home(dev.api()).path("changes");
        assertThat(again.path("since").asString()).isEqualTo(back.path("since").asString());
        assertThat(again.path("insights").path("total").asLong()).isEqualTo(1);

        // after another pause, it counts from the visit just made, no longer from the one before
        awayFor(dev, 1);
        JsonNode later = home(dev.api()).path("changes");
        Instant movedTo = Instant.parse(later.path("since").asString());
        assertThat(movedTo).isCloseTo(Instant.now().minus(1, ChronoUnit.HOURS), within(5, ChronoUnit.SECONDS));
        assertThat(movedTo).isAfter(Instant.parse(back.path("since").asString()).plus(50, ChronoUnit.MINUTES));
        assertThat(later.path("firstVisit").asBoolean()).isFalse();
    }

    @Test
    void aViewerSeesTheirHomeWithTheirWorkAndTheNextCheckIn() {
        // given an action item as a member, then made a viewer (a viewer is given none: they could not mark it done)
        Person vic = newMember(slug, "Vic Viewer", "MEMBER");
        List<JsonNode> all = checkIns(base, today.minusDays(20));
        actionItem(base, all.get(0).path("id").asLong(), "Read the minutes", vic.id(), today.minusDays(1));
        String vicPath = base + "/members/" + vic.id();
        Api.Response demoted = admin().patch(
                        vicPath,
                        "{\"role\":\"VIEWER\",\"version\":"
                                + admin().get(vicPath).json().path("version").asLong() + "}");
        assertThat(demoted.status()).as(demoted.text()).isEqualTo(200);
        admin().post(base + "/insights", "{\"title\":\"Jargon scares new users\"}");

        JsonNode home = home(vic.api());
        assertThat(home.path("role").asString()).isEqualTo("VIEWER");
        assertThat(home.path("canChange").asBoolean()).isFalse();
        assertThat(home.path("needsMe").path("items").get(0).path("title").asString())
                .isEqualTo("Read the minutes");
        assertThat(home.path("changes").path("insights").path("total").asLong()).isEqualTo(1);
        assertThat(home.path("nextCheckIn").path("checkIn").path("id").asLong())
                .isEqualTo(all.get(1).path("id").asLong());
        assertThat(home.path("nextCheckIn").path("checkIn").path("agendaReady").asBoolean())
                .isFalse();
    }

    @Test
    void aWorkspaceWithoutCheckInsSaysSoAndWhoCanSetThemUp() {
        JsonNode next = home(admin()).path("nextCheckIn");
        assertThat(next.path("checkIn").isNull()).isTrue();
        assertThat(next.path("cadences").asBoolean()).isFalse();
        assertThat(next.path("setUpPath").asString()).isEqualTo("/w/" + slug + "/check-ins/cadences/new");
        assertThat(home(admin()).path("teams").path("teams")).isEmpty();

        Person vic = newMember(slug, "Vic Viewer", "VIEWER");
        WebSession viewer = new WebSession(baseUrl());
        viewer.login(vic.email(), vic.password());
        String page = viewer.open("/w/" + slug).html();
        assertThat(page)
                .contains("No regular check-ins yet")
                .contains("An admin or member of the workspace can set them up.")
                .doesNotContain("Set up regular check-ins")
                .contains("Nothing needs you here right now.");
        WebSession member = new WebSession(baseUrl());
        Person dev = newMember(slug, "Dev Patel", "MEMBER");
        member.login(dev.email(), dev.password());
        assertThat(member.open("/w/" + slug).html())
                .contains("href=\"/w/" + slug + "/check-ins/cadences/new\">Set up regular check-ins</a>");
    }

    @Test
    void theHomeIsInTheOpenApiDocument() {
        JsonNode operation = admin().get("/v3/api-docs")
                .json()
                .path("paths")
                .path("/api/v1/workspaces/{slug}/home")
                .path("get");
        assertThat(operation.path("tags").get(0).asString()).isEqualTo("Home");
        assertThat(operation.path("summary").asString()).contains("What needs me");
    }
}
