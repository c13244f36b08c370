package app.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.workspace.TeamParticipation;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The discovery sessions API over real HTTP: planning a session, each team's goals side by side with
 * the overlaps, conflicts and trade-offs found, attendance and the warnings before and after it,
 * outcomes; bad input named field by field, another workspace's ids, viewers, and a change from a
 * stale version.
 */
class DiscoveryApiIT extends TandemIT {

    @Autowired
    List<WorkForMe> inboxes;

    @Autowired
    List<TeamParticipation> matrices;

    private long workspaceId;

    private String slug;
    private String base;
    private long marketing;
    private long design;
    private long it;
    private long conversionGoal;
    private long formCompletion;
    private long mayaLead;
    private long jonasDoer;
    private long samLead;

    @BeforeEach
    void workspaceWithTeamsPeopleAndGoals() {
        slug = "discovery-" + unique();
        workspaceId = id(admin().post("/api/v1/workspaces", "{\"name\":\"Discovery API\",\"slug\":\"" + slug + "\"}"));
        base = "/api/v1/workspaces/" + slug;
        marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        it = id(admin().post(base + "/teams", "{\"name\":\"IT\"}"));
        mayaLead = member("Maya Ortiz", marketing, "LEADS");
        jonasDoer = member("Jonas Berg", marketing, "EXECUTES");
        samLead = member("Sam Okafor", it, "LEADS");
        conversionGoal = id(admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow trial-to-paid conversions\",\"periodStart\":\"2026-01-01\","
                                + "\"periodEnd\":\"2027-12-31\"}"));
        formCompletion = id(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Form completion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":40,\"baselineDate\":\"2026-01-01\",\"targetValue\":60,"
                                + "\"targetDate\":\"2027-06-01\",\"goalIds\":[" + conversionGoal + "]}"));
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A member of the workspace in a team, leading or executing the work. */
    private long member(String name, long team, String involvement) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@example.com";
        long user = id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + name
                                + "\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");
        Api.Response enlisted = admin().post(
                        base + "/teams/" + team + "/members",
                        "{\"userId\":" + user + ",\"involvement\":\"" + involvement + "\"}");
        assertThat(enlisted.status()).as(enlisted.text()).isEqualTo(200);
        return user;
    }

    private String session(String topic, String startsAt, String endsAt, String extra) {
        return "{\"topic\":\"" + topic + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\"" + extra
                + "}";
    }

    private long plan(List<Long> invitees) {
        return id(admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Lead generation in Q3",
                                "2027-03-01T10:00",
                                "2027-03-01T12:00",
                                ",\"hostTeamId\":" + marketing + ",\"goalIds\":[" + conversionGoal + "],\"inviteeIds\":"
                                        + invitees)));
    }

    private Api.Response state(long session, long team, String body) {
        return admin().send("PUT", base + "/discovery-sessions/" + session + "/statements/" + team, body);
    }

    private static List<String> sentences(JsonNode session, String kind) {
        return session.path("findings")
                .valueStream()
                .filter(f -> f.path("kind").asString().equals(kind))
                .map(f -> f.path("sentence").asString())
                .toList();
    }

    private static List<String> warnings(JsonNode session) {
        return session.path("warnings")
                .valueStream()
                .map(w -> w.path("kind").asString())
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    /** RFC 3339 times, as a client generated from the API document sends them, are read in UTC. */
    @Test
    void takesTimesWithAnOffsetAsUtc() {
        Api.Response planned = admin().post(
                        base + "/discovery-sessions",
                        session("Offsets", "2027-01-10T10:00:00Z", "2027-01-10T12:30:00+02:00", ""));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        JsonNode session = admin().get(base + "/discovery-sessions/"
                        + planned.json().path("id").asLong())
                .json();
        assertThat(session.path("startsAt").asString()).startsWith("2027-01-10T10:00");
        assertThat(session.path("endsAt").asString()).startsWith("2027-01-10T10:30");
        // nobody invited yet: the page says so, not that all is well
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(browser.get("/w/" + slug + "/discovery/"
                                + planned.json().path("id").asLong())
                        .html())
                .contains("Nobody is invited yet.")
                .doesNotContain("No warnings");
        Api.Response wrong = admin().post(
                        base + "/discovery-sessions",
                        session("Offsets", "10 January, 10 o'clock", "2027-01-10T12:00", ""));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.field()).isEqualTo("startsAt");
        // a year no calendar shows is refused as every planned day is (it was stored as another year)
        Api.Response farOff = admin().post(
                        base + "/discovery-sessions",
                        session("Offsets", "+999999999-03-01T10:00", "+999999999-03-01T11:00", ""));
        assertThat(farOff.status()).as(farOff.text()).isEqualTo(400);
        assertThat(farOff.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("startsAt", "endsAt");
        Api.Response yearZero = admin().post(
                        base + "/discovery-sessions", session("Offsets", "0000-01-01T10:00", "2027-01-01T11:00", ""));
        assertThat(yearZero.status()).isEqualTo(400);
        assertThat(yearZero.field()).isEqualTo("startsAt");
    }

    /**
     * A session's time zone: the API keeps its times in UTC, the pages, the attendance refusal and My
     * work show them as the clocks of its time zone do, naming it; a replacement without a time zone
     * keeps the session's, one that is none is refused naming timeZone.
     */
    @Test
    void aSessionInBerlinIsShownAtBerlinTimeWithItsTimeZoneNamed() {
        Api.Response planned = admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Berlin pricing",
                                "2099-03-01T09:00:00Z",
                                "2099-03-01T11:00:00Z",
                                ",\"timeZone\":\"europe/berlin\",\"inviteeIds\":[" + mayaLead + "]"));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        long id = planned.json().path("id").asLong();
        JsonNode session = admin().get(base + "/discovery-sessions/" + id).json();
        assertThat(session.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(session.path("startsAt").asString()).startsWith("2099-03-01T09:00");
        assertThat(session.path("endsAt").asString()).startsWith("2099-03-01T11:00");
        assertThat(admin().get(base + "/discovery-sessions")
                        .json()
                        .path("items")
                        .get(0)
                        .path("timeZone")
                        .asString())
                .isEqualTo("Europe/Berlin");

        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(browser.get("/w/" + slug + "/discovery/" + id).html())
                .contains("Sunday 1 Mar 2099, 10:00 – 12:00 Europe/Berlin")
                .doesNotContain("12:00 UTC");
        assertThat(browser.get("/w/" + slug + "/discovery").html())
                .contains(">When<")
                .doesNotContain("When (UTC)")
                .contains("1 Mar 2099, 10:00")
                .contains("Europe/Berlin");
        // the edit form takes the times as Berlin's clocks show them
        assertThat(browser.get("/w/" + slug + "/discovery/" + id + "/edit").html())
                .contains("value=\"2099-03-01T10:00\"")
                .contains("value=\"2099-03-01T12:00\"")
                .contains("value=\"Europe/Berlin\"");

        Api.Response early = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[],\"version\":"
                                + session.path("version").asLong() + "}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Who attended is recorded once the session has begun; it starts on 1 Mar 2099 at 10:00"
                        + " Europe/Berlin.");
        WorkForMe discovery = inboxes.stream()
                .filter(w -> w.heading().equals("Discovery sessions"))
                .findFirst()
                .orElseThrow();
        assertThat(discovery.openFor(mayaLead, 10))
                .extracting(WorkItem::detail)
                .containsExactly("You are invited: Sun 1 Mar, 10:00 Europe/Berlin");

        // a replacement without a time zone keeps the session's; its times are UTC as ever
        Api.Response replaced = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        "{\"topic\":\"Berlin pricing\",\"startsAt\":\"2099-07-01T08:00\",\"endsAt\":\"2099-07-01T09:00\","
                                + "\"version\":" + session.path("version").asLong() + "}");
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(replaced.json().path("startsAt").asString()).startsWith("2099-07-01T08:00");
        assertThat(browser.get("/w/" + slug + "/discovery/" + id).html())
                .contains("Wednesday 1 Jul 2099, 10:00 – 11:00 Europe/Berlin");

        // a time zone that is none is refused naming it, with the other wrong fields, and nothing is saved
        Api.Response unknown = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        "{\"topic\":\"\",\"startsAt\":\"2099-07-01T08:00\",\"endsAt\":\"2099-07-01T09:00\","
                                + "\"timeZone\":\"Mars/Base\",\"version\":"
                                + replaced.json().path("version").asLong() + "}");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactlyInAnyOrder("topic", "timeZone");
        assertThat(unknown.json()
                        .path("errors")
                        .valueStream()
                        .filter(e -> e.path("field").asString().equals("timeZone"))
                        .map(e -> e.path("message").asString()))
                .containsExactly("“Mars/Base” is no time zone; give one such as Europe/Berlin.");
        Api.Response created = admin().post(
                        base + "/discovery-sessions",
                        session("Offsets", "2099-01-10T10:00", "2099-01-10T11:00", ",\"timeZone\":\"+02:00\""));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.field()).isEqualTo("timeZone");
        assertThat(admin().get(base + "/discovery-sessions/" + id)
                        .json()
                        .path("timeZone")
                        .asString())
                .isEqualTo("Europe/Berlin");

        // blank is UTC; without one a new session is in UTC too
        Api.Response utc = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        "{\"topic\":\"Berlin pricing\",\"startsAt\":\"2099-07-01T08:00\",\"endsAt\":\"2099-07-01T09:00\","
                                + "\"timeZone\":\" \",\"version\":"
                                + replaced.json().path("version").asLong() + "}");
        assertThat(utc.status()).as(utc.text()).isEqualTo(200);
        assertThat(utc.json().path("timeZone").asString()).isEqualTo("UTC");
        assertThat(browser.get("/w/" + slug + "/discovery/" + id).html())
                .contains("Wednesday 1 Jul 2099, 08:00 – 09:00 UTC");
        assertThat(admin().get(base + "/discovery-sessions/" + plan(List.of()))
                        .json()
                        .path("timeZone")
                        .asString())
                .isEqualTo("UTC");
    }

    /**
     * The form takes the times as the clocks of the time zone typed show them (any case), and stores
     * the instant in UTC; a time those clocks skip is refused beside its field, one they show twice is
     * the earlier; a time zone that is none is refused beside its field with the form's other errors,
     * what was typed kept.
     */
    @Test
    void theFormTakesWallClockTimesInItsTimeZone() {
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        web.get("/w/" + slug + "/discovery/new");
        WebSession.Page saved = web.post(
                "/w/" + slug + "/discovery",
                Map.of(
                        "topic", "Onboarding in Berlin",
                        "startsAt", "2099-07-01T10:00",
                        "endsAt", "2099-07-01T12:00",
                        "timeZone", "europe/BERLIN"));
        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
        long id = Long.parseLong(
                saved.redirectPath().substring(saved.redirectPath().lastIndexOf('/') + 1));
        JsonNode session = admin().get(base + "/discovery-sessions/" + id).json();
        assertThat(session.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(session.path("startsAt").asString()).startsWith("2099-07-01T08:00");
        assertThat(session.path("endsAt").asString()).startsWith("2099-07-01T10:00");
        assertThat(web.get(saved.redirectPath()).html()).contains("Wednesday 1 Jul 2099, 10:00 – 12:00 Europe/Berlin");

        // the clocks go back on 31 October 2027 at 03:00: 02:30 comes twice, and the earlier is taken
        web.get("/w/" + slug + "/discovery/new");
        WebSession.Page twice = web.post(
                "/w/" + slug + "/discovery",
                Map.of(
                        "topic", "Autumn",
                        "startsAt", "2027-10-31T02:30",
                        "endsAt", "2027-10-31T04:00",
                        "timeZone", "Europe/Berlin"));
        assertThat(twice.status()).as(twice.html()).isEqualTo(302);
        JsonNode autumn = admin().get(base + "/discovery-sessions/"
                        + twice.redirectPath().substring(twice.redirectPath().lastIndexOf('/') + 1))
                .json();
        assertThat(autumn.path("startsAt").asString()).startsWith("2027-10-31T00:30");
        assertThat(autumn.path("endsAt").asString()).startsWith("2027-10-31T03:00");
        // the later 02:30 (01:30 UTC), planned over the API, stays the later one when its form is saved
        // unchanged
        long later = id(admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Autumn, later",
                                "2027-10-31T01:30:00Z",
                                "2027-10-31T03:00:00Z",
                                ",\"timeZone\":\"Europe/Berlin\"")));
        String edit = web.get("/w/" + slug + "/discovery/" + later + "/edit").html();
        assertThat(edit).contains("value=\"2027-10-31T02:30\"").contains("value=\"2027-10-31T04:00\"");
        WebSession.Page unchanged = web.post(
                "/w/" + slug + "/discovery/" + later,
                Map.of(
                        "topic", "Autumn, later",
                        "startsAt", "2027-10-31T02:30",
                        "endsAt", "2027-10-31T04:00",
                        "timeZone", "Europe/Berlin",
                        "version",
                                String.valueOf(admin().get(base + "/discovery-sessions/" + later)
                                        .json()
                                        .path("version")
                                        .asLong())));
        assertThat(unchanged.status()).as(unchanged.html()).isEqualTo(302);
        assertThat(admin().get(base + "/discovery-sessions/" + later)
                        .json()
                        .path("startsAt")
                        .asString())
                .startsWith("2027-10-31T01:30");

        // the clocks go forward on 28 March 2027 from 02:00 to 03:00: there is no 02:30
        long before = admin().get(base + "/discovery-sessions")
                .json()
                .path("totalItems")
                .asLong();
        web.get("/w/" + slug + "/discovery/new");
        WebSession.Page gap = web.post(
                "/w/" + slug + "/discovery",
                Map.of(
                        "topic", "Spring",
                        "startsAt", "2027-03-28T02:30",
                        "endsAt", "2027-03-28T04:00",
                        "timeZone", "Europe/Berlin"));
        assertThat(gap.status()).isEqualTo(200);
        assertThat(gap.html())
                .contains("There is no 02:30 on ")
                .contains(" in Europe/Berlin: the clocks go forward from 02:00 to 03:00 then."
                        + " Give a time before or after.")
                .contains("id=\"d-starts-error\"")
                .doesNotContain("id=\"d-ends-error\"")
                .contains("value=\"2027-03-28T02:30\"")
                .contains("value=\"Europe/Berlin\"");

        // a time zone that is none, beside its field with the other errors, what was typed kept
        web.get("/w/" + slug + "/discovery/new");
        WebSession.Page unknown = web.post(
                "/w/" + slug + "/discovery",
                Map.of(
                        "topic", " ",
                        "startsAt", "2027-05-03T10:00",
                        "endsAt", "2027-05-03T09:00",
                        "timeZone", "Mars/Base"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.html())
                .contains("id=\"d-zone-error\"")
                .contains("“Mars/Base” is no time zone; give one such as Europe/Berlin.")
                .contains("Give the session a topic")
                .contains("It ends at 2027-05-03 09:00, not after it starts at 2027-05-03 10:00.")
                .contains("value=\"Mars/Base\"")
                .contains("value=\"2027-05-03T10:00\"")
                .contains("value=\"2027-05-03T09:00\"");
        assertThat(admin().get(base + "/discovery-sessions")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void plansASessionLaysTheTeamsGoalsSideBySideAndWarnsAboutWhoIsThere() {
        long id = plan(List.of(mayaLead, samLead));
        JsonNode planned = admin().get(base + "/discovery-sessions/" + id).json();
        assertThat(planned.path("topic").asString()).isEqualTo("Lead generation in Q3");
        assertThat(planned.path("startsAt").asString()).startsWith("2027-03-01T10:00");
        assertThat(planned.path("hostTeam").path("name").asString()).isEqualTo("Marketing");
        assertThat(planned.path("goals").get(0).path("name").asString()).isEqualTo("Grow trial-to-paid conversions");
        assertThat(planned.path("invitees")
                        .valueStream()
                        .map(i -> i.path("involvement").asString()))
                .containsExactly("Leads", "Leads");
        // before the session, from the invitations: only leads are invited
        assertThat(planned.path("warningsFrom").asString()).isEqualTo("invitations");
        assertThat(warnings(planned)).containsExactly("ONLY_LEADS");

        Api.Response marketingGoals = state(
                id,
                marketing,
                "{\"aim\":\"More trial sign-ups\",\"goalIds\":[" + conversionGoal + "],\"kpis\":[{\"kpiId\":"
                        + formCompletion + ",\"effect\":\"RAISE\"}],\"capacity\":4,\"needs\":[{\"teamId\":" + it
                        + ",\"personWeeks\":2}]}");
        assertThat(marketingGoals.status()).as(marketingGoals.text()).isEqualTo(200);
        Api.Response itGoals = state(
                id,
                it,
                "{\"aim\":\"A bot check on the form\",\"goalIds\":[" + conversionGoal + "],\"kpis\":[{\"kpiId\":"
                        + formCompletion + ",\"effect\":\"LOWER\"}],\"capacity\":2.5,\"needs\":[{\"teamId\":" + it
                        + ",\"personWeeks\":1}]}");
        assertThat(itGoals.status()).as(itGoals.text()).isEqualTo(200);
        JsonNode stated = itGoals.json();
        assertThat(stated.path("statements")
                        .valueStream()
                        .map(s -> s.path("team").path("name").asString()))
                .containsExactly("IT", "Marketing");
        assertThat(sentences(stated, "OVERLAP"))
                .containsExactly("IT and Marketing both name the business goal “Grow trial-to-paid conversions”: work"
                        + " on it together.");
        assertThat(sentences(stated, "CONFLICT"))
                .containsExactly(
                        "Marketing wants to raise “Form completion”, and IT expects to lower it.",
                        "The statements need 3 person-weeks of IT (IT 1, Marketing 2), and IT says it can give 2.5.");

        // a team states again from the version it read; without it, it is refused naming version
        Api.Response noVersion = state(id, it, "{\"aim\":\"Again\"}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");

        // attendance before the session began: refused, nothing recorded
        Api.Response early = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[{\"userId\":" + mayaLead + ",\"attended\":true}],\"version\":"
                                + stated.path("version").asLong() + "}");
        assertThat(early.status()).as(early.text()).isEqualTo(400);
        assertThat(early.field()).isEqualTo("attendance");
        assertThat(early.json().path("errors").get(0).path("message").asString())
                .isEqualTo(
                        "Who attended is recorded once the session has begun; it starts on 1 Mar 2027 at 10:00 UTC.");
        // the session took place yesterday, say
        LocalDateTime began = LocalDateTime.now(ZoneOffset.UTC)
                .minusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Api.Response moved = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        session(
                                "Lead generation in Q3",
                                began.toString(),
                                began.plusHours(2).toString(),
                                ",\"hostTeamId\":" + marketing + ",\"goalIds\":[" + conversionGoal
                                        + "],\"inviteeIds\":[" + mayaLead + "," + samLead + "],\"version\":"
                                        + stated.path("version").asLong()));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        stated = moved.json();

        // after the session, from attendance: Jonas is not invited, Maya came, Sam did not
        Api.Response stranger = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[{\"userId\":" + jonasDoer + ",\"attended\":true}],\"version\":"
                                + stated.path("version").asLong() + "}");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.field()).isEqualTo("attendance[0].userId");
        // whether one attended, left out: missing, not "of the wrong type"
        Api.Response unsaid = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[{\"userId\":" + mayaLead + "}],\"version\":"
                                + stated.path("version").asLong() + "}");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.field()).isEqualTo("attendance[0].attended");
        assertThat(unsaid.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must not be null");
        Api.Response recorded = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[{\"userId\":" + mayaLead + ",\"attended\":true},{\"userId\":" + samLead
                                + ",\"attended\":false}],\"version\":"
                                + stated.path("version").asLong() + "}");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        JsonNode after = recorded.json();
        assertThat(after.path("warningsFrom").asString()).isEqualTo("attendance");
        assertThat(after.path("attendanceRecorded").asBoolean()).isTrue();
        // only Maya, a lead, came; IT has a statement and nobody from IT came
        assertThat(warnings(after)).containsExactly("ONLY_LEADS", "TEAM_ABSENT");
        assertThat(after.path("warnings").get(1).path("sentence").asString())
                .isEqualTo("IT's work is involved (its statement), and nobody from IT attended.");

        Api.Response decided = admin().post(
                        base + "/discovery-sessions/" + id + "/decisions",
                        "{\"what\":\"No bot check at launch\",\"why\":\"Marketing needs the completions\",\"goalIds\":["
                                + conversionGoal + "]}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(201);
        Api.Response proposed = admin().post(
                        base + "/discovery-sessions/" + id + "/initiatives",
                        "{\"title\":\"Bot check when fakes pass 5%\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + it
                                + ",\"ownerId\":" + samLead
                                + ",\"startDate\":\"2027-04-01\",\"dueDate\":\"2027-05-01\"}");
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        JsonNode outcomes = proposed.json().path("outcomes");
        assertThat(outcomes.valueStream().map(o -> o.path("kind").asString()))
                .containsExactly("DECISION", "INITIATIVE_CREATED");
        assertThat(outcomes.get(0).path("why").asString()).isEqualTo("Marketing needs the completions");
        long initiative = outcomes.get(1).path("initiatives").get(0).path("id").asLong();
        assertThat(proposed.location()).isEqualTo(base + "/initiatives/" + initiative);
        // a decision's address: the outcome it is, readable on its own
        assertThat(decided.location())
                .isEqualTo(base + "/discovery-sessions/" + id + "/outcomes/"
                        + outcomes.get(0).path("id").asLong());
        JsonNode decision = admin().get(decided.location()).json();
        assertThat(decision.path("kind").asString()).isEqualTo("DECISION");
        assertThat(decision.path("what").asString()).isEqualTo("No bot check at launch");
        assertThat(admin().get(base + "/discovery-sessions/" + id + "/outcomes/" + Long.MAX_VALUE)
                        .status())
                .isEqualTo(404);
        assertThat(admin().get(base + "/initiatives/" + initiative)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Bot check when fakes pass 5%");
        // a feature needs an IT review, and nobody from IT came: IT's absence is now the warning
        assertThat(warnings(proposed.json())).containsExactly("ONLY_LEADS", "IT_ABSENT");

        Api.Response changed = admin().post(
                        base + "/discovery-sessions/" + id + "/changed-initiatives",
                        "{\"initiativeId\":" + initiative + ",\"change\":\"Starts after the launch\"}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(201);
        JsonNode change = admin().get(changed.location()).json();
        assertThat(change.path("kind").asString()).isEqualTo("INITIATIVE_CHANGED");
        assertThat(change.path("initiatives").get(0).path("id").asLong()).isEqualTo(initiative);

        Api.Response list = admin().get(base + "/discovery-sessions?size=1");
        assertThat(list.json().path("items").get(0).path("topic").asString()).isEqualTo("Lead generation in Q3");
        assertThat(list.json().path("items").get(0).path("statements").asInt()).isEqualTo(2);
        assertThat(admin().get("/v3/api-docs").json().path("paths").propertyNames())
                .contains(
                        "/api/v1/workspaces/{slug}/discovery-sessions",
                        "/api/v1/workspaces/{slug}/discovery-sessions/{sessionId}/statements/{teamId}");
        long otherSession = plan(List.of(mayaLead));
        assertThat(admin().get(base + "/discovery-sessions/" + otherSession + "/outcomes/"
                                + outcomes.get(0).path("id").asLong())
                        .status())
                .as("an outcome of another session")
                .isEqualTo(404);
    }

    @Test
    void theItTeamIsTheOneTheWorkspaceMarksWhateverItsName() {
        // a team named IT is IT until its page says otherwise; other teams are not
        assertThat(admin().get(base + "/teams/" + it).json().path("itTeam").asBoolean())
                .isTrue();
        assertThat(admin().get(base + "/teams/" + design).json().path("itTeam").asBoolean())
                .isFalse();
        long platform = id(admin().post(base + "/teams", "{\"name\":\"Platform\",\"itTeam\":true}"));
        Api.Response unmarked = admin().patchAsRead(base + "/teams/" + it, base + "/teams/" + it, "{\"itTeam\":false}");
        assertThat(unmarked.status()).as(unmarked.text()).isEqualTo(200);
        assertThat(unmarked.json().path("itTeam").asBoolean()).isFalse();
        assertThat(unmarked.json().path("name").asString()).isEqualTo("IT");

        long id = plan(List.of(jonasDoer));
        Api.Response proposed = admin().post(
                        base + "/discovery-sessions/" + id + "/initiatives",
                        "{\"title\":\"Shorter sign-up form\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + marketing
                                + ",\"ownerId\":" + jonasDoer
                                + ",\"startDate\":\"2027-04-01\",\"dueDate\":\"2027-05-01\"}");
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        assertThat(warnings(proposed.json())).containsExactly("IT_ABSENT");
        assertThat(proposed.json().path("warnings").get(0).path("sentence").asString())
                .isEqualTo("Nobody from Platform is invited, though “Shorter sign-up form” needs infrastructure or an"
                        + " IT review.");

        // with no team marked IT, there is nobody to warn about
        assertThat(admin().patchAsRead(base + "/teams/" + platform, base + "/teams/" + platform, "{\"itTeam\":false}")
                        .status())
                .isEqualTo(200);
        assertThat(warnings(admin().get(base + "/discovery-sessions/" + id).json()))
                .isEmpty();
    }

    @Test
    void refusesBadInputNamingEveryWrongFieldAndSavesNothing() {
        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherTeam = id(admin().post("/api/v1/workspaces/" + otherSlug + "/teams", "{\"name\":\"Sales\"}"));
        long stranger = id(
                admin().post(
                                "/api/v1/users",
                                "{\"email\":\"stranger." + unique()
                                        + "@example.com\",\"displayName\":\"Stranger\",\"password\":\"long-enough-password\"}"));

        Api.Response refused = admin().post(
                        base + "/discovery-sessions",
                        session(
                                "",
                                "2027-03-01T12:00",
                                "2027-03-01T10:00",
                                ",\"hostTeamId\":" + otherTeam + ",\"goalIds\":[999999999],\"inviteeIds\":[" + mayaLead
                                        + "," + stranger + "]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("topic", "endsAt", "hostTeamId", "goalIds[0]", "inviteeIds[1]");
        assertThat(refused.json().path("errors").get(1).path("message").asString())
                .isEqualTo("It ends at 2027-03-01 10:00, not after it starts at 2027-03-01 12:00.");
        // seconds are not kept: an end in the start's minute is no end after it (the database refused it: a 500)
        Api.Response sameMinute = admin().post(
                        base + "/discovery-sessions", session("Quick", "2027-02-01T10:00", "2027-02-01T10:00:30", ""));
        assertThat(sameMinute.status()).isEqualTo(400);
        assertThat(fields(sameMinute)).containsExactly("endsAt");
        assertThat(sameMinute.json().path("errors").get(0).path("message").asString())
                .isEqualTo("It ends at 2027-02-01 10:00, not after it starts at 2027-02-01 10:00.");
        assertThat(admin().get(base + "/discovery-sessions")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        long id = plan(List.of(mayaLead));
        Api.Response badStatement = state(
                id,
                marketing,
                "{\"aim\":\" \",\"kpis\":[{\"kpiId\":" + formCompletion + "}],\"capacity\":-1,\"needs\":[{\"teamId\":"
                        + otherTeam + ",\"personWeeks\":1}]}");
        assertThat(badStatement.status()).isEqualTo(400);
        assertThat(fields(badStatement)).containsExactly("aim", "kpis[0].effect", "capacity", "needs[0].teamId");
        assertThat(state(id, otherTeam, "{\"aim\":\"Theirs\"}").field()).isEqualTo("teamId");
        assertThat(admin().get(base + "/discovery-sessions/" + id).json().path("statements"))
                .isEmpty();
        assertThat(admin().post(base + "/discovery-sessions/" + id + "/decisions", "{\"what\":\"\"}")
                        .field())
                .isEqualTo("what");
    }

    @Test
    void aSessionRecordsAtMostItsLimitOfOutcomes() {
        long id = plan(List.of(mayaLead));
        for (int i = 1; i <= DiscoverySessions.OUTCOMES_MAX; i++) {
            Api.Response recorded = admin().post(
                            base + "/discovery-sessions/" + id + "/decisions", "{\"what\":\"Decision " + i + "\"}");
            assertThat(recorded.status()).as(recorded.text()).isLessThan(300);
        }

        Api.Response oneMore =
                admin().post(base + "/discovery-sessions/" + id + "/decisions", "{\"what\":\"One decision too many\"}");

        assertThat(oneMore.status()).isEqualTo(400);
        assertThat(oneMore.field()).isEqualTo("what");
        assertThat(oneMore.json().path("errors").get(0).path("message").asString())
                .startsWith("A discovery session records at most 100 outcomes");
        assertThat(admin().get(base + "/discovery-sessions/" + id).json().path("outcomes"))
                .hasSize(DiscoverySessions.OUTCOMES_MAX);
    }

    @Test
    void anotherWorkspacesSessionAndIdsAreRefused() {
        long id = plan(List.of(mayaLead));
        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug;
        long foreignTeam = id(admin().post(other + "/teams", "{\"name\":\"Design\"}"));
        long foreignInitiative = id(admin().post(
                        other + "/initiatives",
                        "{\"title\":\"Theirs\",\"kind\":\"OTHER\",\"proposingTeamId\":" + foreignTeam + ",\"ownerId\":"
                                + admin().get("/api/v1/me").json().path("id").asLong()
                                + ",\"startDate\":\"2027-01-01\",\"dueDate\":\"2027-02-01\"}"));

        assertThat(admin().get(other + "/discovery-sessions/" + id).status()).isEqualTo(404);
        assertThat(admin().send(
                                "PUT",
                                other + "/discovery-sessions/" + id + "/statements/" + foreignTeam,
                                "{\"aim\":\"x\"}")
                        .status())
                .isEqualTo(404);
        Api.Response foreignStatement =
                admin().delete(base + "/discovery-sessions/" + id + "/statements/" + foreignTeam);
        assertThat(foreignStatement.status()).isEqualTo(400);
        assertThat(foreignStatement.field()).isEqualTo("teamId");
        assertThat(admin().delete(base + "/discovery-sessions/" + id + "/statements/" + marketing)
                        .status())
                .as("a team of the workspace that stated nothing: nothing to remove")
                .isEqualTo(200);
        Api.Response decision = admin().post(
                        base + "/discovery-sessions/" + id + "/decisions",
                        "{\"what\":\"Theirs too\",\"initiativeIds\":[" + foreignInitiative + "]}");
        assertThat(decision.status()).isEqualTo(400);
        assertThat(decision.field()).isEqualTo("initiativeIds[0]");
        Api.Response changed = admin().post(
                        base + "/discovery-sessions/" + id + "/changed-initiatives",
                        "{\"initiativeId\":" + foreignInitiative + ",\"change\":\"x\"}");
        assertThat(changed.field()).isEqualTo("initiativeId");
        assertThat(admin().get(base + "/discovery-sessions/" + id).json().path("outcomes"))
                .isEmpty();

        Person outsider = newPerson("Olga Outsider");
        assertThat(outsider.api().get(base + "/discovery-sessions").status()).isEqualTo(404);
        assertThat(outsider.api().get(base + "/discovery-sessions/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void aViewerReadsSessionsButIsRefusedBeforeTheBodyIsRead() {
        long id = plan(List.of(mayaLead));
        Person viewer = newPerson("Vic Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        Api api = viewer.api();

        assertThat(api.get(base + "/discovery-sessions/" + id).status()).isEqualTo(200);
        // a body that is not even JSON: refused for the role, not for the body
        Api.Response create = api.post(base + "/discovery-sessions", "not json");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(api.send(
                                "PUT",
                                base + "/discovery-sessions/" + id + "/statements/" + marketing,
                                "{\"aim\":\"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.patch(base + "/discovery-sessions/" + id + "/attendance", "{\"version\":0}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(base + "/discovery-sessions/" + id + "/decisions", "{\"what\":\"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(base + "/discovery-sessions/" + id).status()).isEqualTo(403);
        assertThat(admin().get(base + "/discovery-sessions/" + id).json().path("outcomes"))
                .isEmpty();
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() {
        long id = plan(List.of(mayaLead));
        long version = admin().get(base + "/discovery-sessions/" + id)
                .json()
                .path("version")
                .asLong();
        Api.Response first = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        session(
                                "Lead generation in Q3, round two",
                                "2027-03-02T10:00",
                                "2027-03-02T11:30",
                                ",\"inviteeIds\":[" + mayaLead + "," + jonasDoer + "],\"version\":" + version));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().path("invitees")).hasSize(2);
        assertThat(warnings(first.json())).isEmpty();
        long current = first.json().path("version").asLong();
        assertThat(current).isGreaterThan(version);

        Api.Response stale = admin().send(
                        "PUT",
                        base + "/discovery-sessions/" + id,
                        session("Overwritten", "2027-03-02T10:00", "2027-03-02T11:30", ",\"version\":" + version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/concurrent-change");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(current);
        Api.Response staleAttendance = admin().patch(
                        base + "/discovery-sessions/" + id + "/attendance",
                        "{\"attendance\":[],\"version\":" + version + "}");
        assertThat(staleAttendance.status()).isEqualTo(409);
        assertThat(admin().get(base + "/discovery-sessions/" + id)
                        .json()
                        .path("topic")
                        .asString())
                .isEqualTo("Lead generation in Q3, round two");

        state(id, design, "{\"aim\":\"Calm sign-up\"}");
        long statementVersion = admin().get(base + "/discovery-sessions/" + id)
                .json()
                .path("statements")
                .get(0)
                .path("version")
                .asLong();
        assertThat(state(id, design, "{\"aim\":\"Calmer\",\"version\":" + statementVersion + "}")
                        .status())
                .isEqualTo(200);
        Api.Response staleStatement =
                state(id, design, "{\"aim\":\"Overwritten\",\"version\":" + statementVersion + "}");
        assertThat(staleStatement.status()).isEqualTo(409);
        assertThat(admin().get(base + "/discovery-sessions/" + id)
                        .json()
                        .path("statements")
                        .get(0)
                        .path("aim")
                        .asString())
                .isEqualTo("Calmer");
    }

    @Test
    void anUpcomingSessionIsInTheInvitedPersonsInboxAndAHeldOneCountsTheTeamsOfThoseWhoCame() {
        long upcoming = id(admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Pricing page in Q4",
                                "2099-10-01T09:00",
                                "2099-10-01T10:00",
                                ",\"inviteeIds\":[" + mayaLead + "]")));
        WorkForMe discovery = inboxes.stream()
                .filter(w -> w.heading().equals("Discovery sessions"))
                .findFirst()
                .orElseThrow();
        assertThat(discovery.openFor(mayaLead, 10))
                .extracting(WorkItem::title, WorkItem::path, WorkItem::workspaceSlug, WorkItem::due)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        "Pricing page in Q4",
                        "/w/" + slug + "/discovery/" + upcoming,
                        slug,
                        LocalDate.of(2099, 10, 1)));
        assertThat(discovery.countFor(mayaLead)).isEqualTo(1);
        assertThat(discovery.openFor(samLead, 10)).isEmpty();

        LocalDateTime yesterday = LocalDateTime.now(ZoneOffset.UTC)
                .minusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long held = id(admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Lead generation in Q3",
                                yesterday.toString(),
                                yesterday.plusHours(1).toString(),
                                ",\"hostTeamId\":" + marketing + ",\"inviteeIds\":[" + mayaLead + "," + samLead
                                        + "]")));
        // a session that took place is no longer in the inbox
        assertThat(discovery.countFor(samLead)).isZero();
        // before attendance is recorded, the teams of the invited people take part
        assertThat(occasions())
                .containsExactly(new TeamParticipation.Occasion(
                        "Discovery session",
                        "Lead generation in Q3",
                        yesterday.toLocalDate(),
                        marketing,
                        Set.of(marketing, it)));

        long version = admin().get(base + "/discovery-sessions/" + held)
                .json()
                .path("version")
                .asLong();
        admin().patch(
                        base + "/discovery-sessions/" + held + "/attendance",
                        "{\"attendance\":[{\"userId\":" + mayaLead + ",\"attended\":true}],\"version\":" + version
                                + "}");
        // once it is recorded, only the teams of those who came
        assertThat(occasions())
                .containsExactly(new TeamParticipation.Occasion(
                        "Discovery session",
                        "Lead generation in Q3",
                        yesterday.toLocalDate(),
                        marketing,
                        Set.of(marketing)));

        // the list: the sessions to come first, the next one first, then those that took place, the latest first
        long sooner = id(admin().post(
                        base + "/discovery-sessions",
                        session("Retention in Q1", "2098-01-10T09:00", "2098-01-10T10:00", "")));
        long earlier = id(admin().post(
                        base + "/discovery-sessions",
                        session(
                                "Onboarding review",
                                yesterday.minusDays(2).toString(),
                                yesterday.minusDays(2).plusHours(1).toString(),
                                "")));
        assertThat(admin().get(base + "/discovery-sessions")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("id").asLong()))
                .containsExactly(sooner, upcoming, held, earlier);
    }

    private List<TeamParticipation.Occasion> occasions() {
        return matrices.stream()
                .flatMap(m -> m.since(workspaceId, LocalDate.now(ZoneOffset.UTC).minusDays(90), 50).stream())
                .filter(o -> o.kind().equals("Discovery session"))
                .toList();
    }
}
