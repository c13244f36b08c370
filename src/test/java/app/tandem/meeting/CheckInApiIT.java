package app.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.meeting.rules.CadenceDates;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The check-ins API over real HTTP: a cadence with its generated dates, a check-in moved (its UID
 * kept, its SEQUENCE raised) and cancelled, a stale version refused; bad input named field by field
 * with nothing saved; the agenda generated, arranged and generated again; the minutes; viewers; and
 * another workspace's ids.
 */
@RecordApplicationEvents
class CheckInApiIT extends TandemIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<WorkForMe> work;

    @Autowired
    Minutes minutes;

    @Autowired
    KeepAheadJob keepAhead;

    @Autowired
    app.tandem.meeting.internal.CheckInRepository checkInRows;

    @Autowired
    CheckIns checkInService;

    private String slug;
    private String base;
    private long me;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void workspace() {
        slug = "check-ins-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Check-ins\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug + "/check-ins";
        me = admin().get("/api/v1/me").json().path("id").asLong();
    }

    /** A cadence's JSON; a monthly first date to come on a weekend is taken to the Monday after (one is refused). */
    private static String cadence(String title, String frequency, LocalDate first, int minutes, String extra) {
        if (frequency.equals("MONTHLY") && first.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            first = CadenceDates.weekdayFrom(first);
        }
        return "{\"title\":\"" + title + "\",\"frequency\":\"" + frequency + "\",\"firstDate\":\"" + first
                + "\",\"startTime\":\"10:00\",\"durationMinutes\":" + minutes + extra + "}";
    }

    /**
     * A monthly cadence from {@code first}: one begun before today as the demo's is (people start
     * theirs today or later), with the check-in just held.
     */
    private long createCadence(LocalDate first) {
        if (first.isBefore(today)) {
            return checkInService
                    .createCadenceHeldBefore(
                            slug,
                            me,
                            new CadenceInput(
                                    "Monthly check-in",
                                    null,
                                    Frequency.MONTHLY,
                                    first,
                                    java.time.LocalTime.of(10, 0),
                                    60,
                                    "Room 2",
                                    null))
                    .id();
        }
        Api.Response created =
                admin().post(base, cadence("Monthly check-in", "MONTHLY", first, 60, ",\"place\":\"Room 2\""));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private List<JsonNode> checkIns() {
        return admin().get(base + "?size=50").json().path("items").valueStream().toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    @Test
    void aCadenceGeneratesItsDatesAndACheckInIsMovedAndCancelledKeepingItsUid() {
        createCadence(today.plusDays(3));
        List<JsonNode> all = checkIns();
        assertThat(all)
                .extracting(c -> c.path("date").asString())
                .containsExactly(IntStream.range(0, 6)
                        // a month apart, a weekend day moved to the nearest weekday (CadenceDatesTest)
                        .mapToObj(n -> CadenceDates.occurrence(
                                        Frequency.MONTHLY, CadenceDates.weekdayFrom(today.plusDays(3)), n)
                                .toString())
                        .toArray(String[]::new));
        JsonNode second = all.get(1);
        long id = second.path("id").asLong();
        String uid = second.path("uid").asString();
        assertThat(second.path("sequence").asInt()).isZero();
        assertThat(second.path("place").asString()).isEqualTo("Room 2");
        assertThat(second.path("endTime").asString()).startsWith("11:00");

        Api.Response moved = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"date\":\"" + today.plusDays(40) + "\",\"startTime\":\"14:00\",\"endTime\":\"15:30\","
                                + "\"place\":\"https://meet.example.com/x\",\"version\":"
                                + second.path("version").asLong() + "}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json().path("uid").asString()).isEqualTo(uid);
        assertThat(moved.json().path("sequence").asInt()).isEqualTo(1);
        assertThat(moved.json().path("durationMinutes").asInt()).isEqualTo(90);

        Api.Response stale = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"date\":\"" + today.plusDays(41) + "\",\"startTime\":\"14:00\",\"endTime\":\"15:00\","
                                + "\"version\":" + second.path("version").asLong() + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/concurrent-change");
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("checkIn")
                        .path("date")
                        .asString())
                .isEqualTo(today.plusDays(40).toString());

        // the version in the body or, as every versioned edit takes it, as If-Match alone, without a body
        Api.Response unsaid = admin().send("POST", base + "/" + id + "/cancel", null);
        assertThat(unsaid.status()).as(unsaid.text()).isEqualTo(400);
        assertThat(unsaid.field()).isEqualTo("version");
        Api.Response twoVersions = admin().send(
                        "POST",
                        base + "/" + id + "/cancel",
                        "{\"version\":" + moved.json().path("version").asLong() + "}",
                        java.util.Map.of(
                                "If-Match", "\"" + (moved.json().path("version").asLong() + 1) + "\""));
        assertThat(twoVersions.status()).as(twoVersions.text()).isEqualTo(400);
        assertThat(twoVersions.field()).isEqualTo("version");
        Api.Response staleHeader = admin().send(
                        "POST",
                        base + "/" + id + "/cancel",
                        null,
                        java.util.Map.of(
                                "If-Match", "\"" + second.path("version").asLong() + "\""));
        assertThat(staleHeader.status()).as(staleHeader.text()).isEqualTo(409);
        assertThat(staleHeader.json().path("type").asString()).endsWith("/concurrent-change");
        Api.Response cancelled = admin().send(
                        "POST",
                        base + "/" + id + "/cancel",
                        null,
                        java.util.Map.of(
                                "If-Match", "\"" + moved.json().path("version").asLong() + "\""));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().path("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("sequence").asInt()).isEqualTo(2);
        assertThat(cancelled.json().path("uid").asString()).isEqualTo(uid);
        assertThat(checkIns())
                .hasSize(6)
                .anySatisfy(c -> assertThat(c.path("state").asString()).isEqualTo("CANCELLED"));
        Api.Response afterCancel = admin().post(base + "/" + id + "/agenda/items", "{\"title\":\"Too late\"}");
        assertThat(afterCancel.status()).isEqualTo(409);
    }

    @Test
    void aNewRhythmCancelsTheCheckInsToComeThatWereNotMovedAndKeepsTheHeldOne() {
        long cadence = createCadence(today.minusDays(20));
        List<JsonNode> before = checkIns();
        JsonNode held = before.get(0);
        JsonNode toMove = before.get(2);
        Api.Response moved = admin().send(
                        "PUT",
                        base + "/" + toMove.path("id").asLong(),
                        "{\"date\":\"" + today.plusDays(45) + "\",\"startTime\":\"14:00\",\"endTime\":\"15:00\","
                                + "\"version\":" + toMove.path("version").asLong() + "}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        long goal = admin().post(
                        "/api/v1/workspaces/" + slug + "/goals",
                        "{\"title\":\"Grow trial-to-paid\",\"periodStart\":\"" + today.minusMonths(1)
                                + "\",\"periodEnd\":\"" + today.plusMonths(6) + "\"}")
                .json()
                .path("id")
                .asLong();
        long version = admin().get(base + "/cadences/" + cadence)
                .json()
                .path("version")
                .asLong();

        Api.Response past = admin().send(
                        "PUT",
                        base + "/cadences/" + cadence,
                        cadence("Fortnightly", "EVERY_TWO_WEEKS", today.minusDays(1), 45, ",\"version\":" + version));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.field()).isEqualTo("firstDate");
        assertThat(checkIns())
                .hasSize(before.size())
                .allSatisfy(c -> assertThat(c.path("state").asString()).isEqualTo("SCHEDULED"));

        Api.Response changed = admin().send(
                        "PUT",
                        base + "/cadences/" + cadence,
                        cadence(
                                "Fortnightly",
                                "EVERY_TWO_WEEKS",
                                today.plusDays(3),
                                45,
                                ",\"goalId\":" + goal + ",\"version\":" + version));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("frequency").asString()).isEqualTo("EVERY_TWO_WEEKS");
        assertThat(changed.json().path("goal").path("id").asLong()).isEqualTo(goal);

        List<JsonNode> after = checkIns();
        assertThat(after)
                .filteredOn(c -> c.path("id").asLong() == held.path("id").asLong())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.path("date").asString())
                            .isEqualTo(held.path("date").asString());
                    assertThat(c.path("state").asString()).isEqualTo("SCHEDULED");
                });
        assertThat(after)
                .filteredOn(c -> c.path("id").asLong() == toMove.path("id").asLong())
                .singleElement()
                .satisfies(c -> assertThat(c.path("date").asString())
                        .isEqualTo(today.plusDays(45).toString()))
                .satisfies(c -> assertThat(c.path("state").asString()).isEqualTo("SCHEDULED"));
        assertThat(after)
                .as("the old rhythm's other check-ins to come are no longer listed")
                .noneSatisfy(c -> assertThat(c.path("state").asString()).isEqualTo("CANCELLED"))
                .extracting(c -> c.path("id").asLong())
                .doesNotContainAnyElementsOf(before.stream()
                        .map(c -> c.path("id").asLong())
                        .filter(id -> id != held.path("id").asLong()
                                && id != toMove.path("id").asLong())
                        .toList());
        String calendar =
                admin().get("/api/v1/workspaces/" + slug + "/calendar.ics").text();
        assertThat(calendar.split("STATUS:CANCELLED", -1))
                .as("calendars are told that those dates are cancelled")
                .hasSize(before.size() - 2 + 1);
        assertThat(after)
                .filteredOn(c -> c.path("state").asString().equals("SCHEDULED")
                        && c.path("title").asString().equals("Fortnightly")
                        && c.path("id").asLong() != held.path("id").asLong()
                        && c.path("id").asLong() != toMove.path("id").asLong())
                .extracting(c -> c.path("date").asString())
                .startsWith(
                        today.plusDays(3).toString(),
                        today.plusDays(17).toString(),
                        today.plusDays(31).toString());
    }

    @Test
    void theScheduledTopUpMakesTheDatesThatFellShortThoughNobodyOpensTheList() {
        createCadence(today.plusDays(3));
        List<JsonNode> made = checkIns();
        assertThat(made).hasSize(6);
        // as if time had passed: the newest date is not made yet
        checkInRows.deleteById(made.getLast().path("id").asLong());
        assertThat(checkIns()).hasSize(5);

        assertThat(keepAhead.run()).isPositive();
        assertThat(checkIns())
                .extracting(c -> c.path("date").asString())
                .containsExactlyElementsOf(
                        made.stream().map(c -> c.path("date").asString()).toList());
        keepAhead.run();
        assertThat(checkIns()).as("a second run makes nothing twice").hasSize(6);
    }

    @Test
    void refusesBadInputNamingEveryWrongFieldAndSavesNothing() {
        Api.Response refused = admin().post(
                        base,
                        "{\"title\":\"\",\"firstDate\":\"" + today.plusDays(1)
                                + "\",\"startTime\":\"10:00\",\"durationMinutes\":0,"
                                + "\"timeZone\":\"Mars/Olympus\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("title", "frequency", "durationMinutes", "timeZone");
        assertThat(admin().get(base + "/cadences").json()).isEmpty();
        assertThat(checkIns()).isEmpty();

        createCadence(today.plusDays(1));
        JsonNode first = checkIns().getFirst();
        long id = first.path("id").asLong();
        Api.Response endBeforeStart = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"date\":\"" + today.plusDays(2)
                                + "\",\"startTime\":\"11:00\",\"endTime\":\"10:00\",\"version\":"
                                + first.path("version").asLong() + "}");
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.field()).isEqualTo("endTime");
        assertThat(endBeforeStart.json().path("errors").get(0).path("message").asString())
                .isEqualTo("It ends at 10:00, which is not after it starts at 11:00.");
        // a check-in is kept to the minute: 10:00:10 to 10:00:50 lasts no minute (it was saved as 0 minutes)
        Api.Response sameMinute = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"date\":\"" + today.plusDays(2)
                                + "\",\"startTime\":\"10:00:10\",\"endTime\":\"10:00:50\",\"version\":"
                                + first.path("version").asLong() + "}");
        assertThat(sameMinute.status()).isEqualTo(400);
        assertThat(sameMinute.field()).isEqualTo("endTime");
        assertThat(sameMinute.json().path("errors").get(0).path("message").asString())
                .isEqualTo("It ends at 10:00, which is not after it starts at 10:00.");
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("checkIn")
                        .path("sequence")
                        .asInt())
                .isZero();

        Person stranger = newPerson("Stan Stranger");
        Api.Response notAMember = admin().send(
                        "PUT",
                        base + "/" + id + "/attendance",
                        "{\"attendeeIds\":[" + me + "," + stranger.id() + "],\"version\":"
                                + first.path("version").asLong() + "}");
        assertThat(notAMember.status()).isEqualTo(400);
        assertThat(notAMember.field()).isEqualTo("attendeeIds[1]");
        String everyone = String.join(",", Collections.nCopies(Minutes.MAX_ATTENDEES + 1, String.valueOf(me)));
        Api.Response tooMany = admin().send(
                        "PUT",
                        base + "/" + id + "/attendance",
                        "{\"attendeeIds\":[" + everyone + "],\"version\":"
                                + first.path("version").asLong() + "}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.field()).isEqualTo("attendeeIds");
        assertThat(tooMany.json().path("errors")).hasSize(1);
        assertThat(admin().get(base + "/" + id).json().path("attendees")).isEmpty();

        Api.Response noOwner = admin().post(base + "/" + id + "/action-items", "{\"text\":\"Send the numbers\"}");
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.field()).isEqualTo("ownerId");
        assertThat(noOwner.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Every action item needs an owner: choose a member.");
        Api.Response strangerOwns = admin().post(
                        base + "/" + id + "/action-items", "{\"text\":\"Send\",\"ownerId\":" + stranger.id() + "}");
        assertThat(strangerOwns.field()).isEqualTo("ownerId");
        assertThat(admin().get(base + "/" + id + "/action-items").json()).isEmpty();

        Api.Response dueWithoutDate =
                admin().post(base + "/" + id + "/decisions", "{\"what\":\"Premium price\",\"state\":\"DUE\"}");
        assertThat(dueWithoutDate.field()).isEqualTo("due");
        assertThat(admin().get(base + "/" + id + "/decisions").json()).isEmpty();

        // days no calendar shows: a year typed short or long, a cadence starting past year 10,000
        Api.Response decidedIn1900 = admin().post(
                        base + "/" + id + "/decisions",
                        "{\"what\":\"Premium price\",\"state\":\"DUE\",\"due\":\"0202-05-01\"}");
        assertThat(decidedIn1900.field()).isEqualTo("due");
        assertThat(admin().post(
                                base + "/" + id + "/action-items",
                                "{\"text\":\"Send\",\"ownerId\":" + me + ",\"due\":\"0001-01-01\"}")
                        .field())
                .isEqualTo("due");
        Api.Response movedTo1900 = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"date\":\"1900-01-01\",\"startTime\":\"10:00\",\"endTime\":\"11:00\",\"version\":"
                                + first.path("version").asLong() + "}");
        assertThat(movedTo1900.status()).isEqualTo(400);
        assertThat(movedTo1900.field()).isEqualTo("date");
        for (String far : List.of("+999999999-12-31", "9999-12-31", "1999-12-31")) {
            Api.Response farCadence =
                    admin().post(base, cadence("Far", "EVERY_TWO_WEEKS", LocalDate.parse(far), 45, ""));
            assertThat(farCadence.status()).as(far).isEqualTo(400);
            assertThat(farCadence.field()).isEqualTo("firstDate");
        }
        // a first check-in that would be listed as held though it never took place
        Api.Response past = admin().post(
                        base,
                        "{\"title\":\"X\",\"frequency\":\"MONTHLY\",\"startTime\":\"10:00\",\"durationMinutes\":60,"
                                + "\"firstDate\":\"2020-03-02\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.field()).isEqualTo("firstDate");
        assertThat(past.json().path("errors").get(0).path("message").asString())
                .startsWith("The first check-in is one to come: 2 Mar 2020 has passed in UTC.");
        Api.Response earlierToday = admin().post(
                        base,
                        "{\"title\":\"X\",\"frequency\":\"EVERY_TWO_WEEKS\",\"startTime\":\"00:00\","
                                + "\"durationMinutes\":60,\"firstDate\":\"" + today + "\"}");
        assertThat(earlierToday.field()).isEqualTo("firstDate");
        // a monthly first date on a weekend: the nearest weekday of its month is named (Sunday 31 Jan 2027)
        Api.Response sunday = admin().post(
                        base,
                        "{\"title\":\"X\",\"frequency\":\"MONTHLY\",\"startTime\":\"10:00\",\"durationMinutes\":60,"
                                + "\"firstDate\":\"2027-01-31\"}");
        assertThat(sunday.field()).isEqualTo("firstDate");
        assertThat(sunday.json().path("errors").get(0).path("message").asString())
                .isEqualTo("31 Jan 2027 is a Sunday: monthly check-ins are held on weekdays, a date on a weekend"
                        + " moving to the nearest weekday of its month. Start on Friday 29 Jan 2027 instead.");
        assertThat(admin().get(base + "/cadences").json()).hasSize(1);
        // a time zone typed in another case is the zone
        Api.Response lowerCase = admin().post(
                        base, cadence("Berlin", "MONTHLY", today.plusDays(3), 30, ",\"timeZone\":\"europe/berlin\""));
        assertThat(lowerCase.status()).as(lowerCase.text()).isEqualTo(201);
        assertThat(lowerCase.json().path("timeZone").asString()).isEqualTo("Europe/Berlin");
        // an offset is no time zone: a calendar could not follow it through summer time
        for (String offset : List.of("+05:00", "GMT+5", "SystemV/EST5")) {
            Api.Response zone = admin().post(
                            base,
                            cadence("Offset", "MONTHLY", today.plusDays(3), 30, ",\"timeZone\":\"" + offset + "\""));
            assertThat(zone.status()).as(offset).isEqualTo(400);
            assertThat(zone.field()).isEqualTo("timeZone");
        }
    }

    /**
     * A check-in that took place keeps its day, time and minutes: it is not moved at all (an API probe
     * moved a held one to next month, and one to another past day, which changed the "since" of the
     * next agenda), nor cancelled afterwards, over the API or from its page; a scheduled one is not moved
     * to a time that has passed (it would be listed as held), nor to a time the clocks skip.
     */
    @Test
    void aCheckInThatTookPlaceIsNotMovedNorCancelledAndNoneIsMovedIntoThePastOrIntoTheClocksGap() {
        createCadence(today.minusDays(20));
        JsonNode held = checkIns().get(0);
        assertThat(held.path("held").asBoolean()).as(held.toString()).isTrue();
        long id = held.path("id").asLong();
        for (LocalDate day : List.of(today.plusDays(10), today.minusDays(19))) {
            Api.Response moved = admin().send(
                            "PUT",
                            base + "/" + id,
                            "{\"date\":\"" + day + "\",\"startTime\":\"10:00\",\"endTime\":\"11:00\"," + "\"version\":"
                                    + held.path("version").asLong() + "}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(409);
            assertThat(moved.json().path("detail").asString()).contains("took place on");
        }
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("checkIn")
                        .path("date")
                        .asString())
                .isEqualTo(held.path("date").asString());

        // nor cancelled afterwards (an outside review cancelled one held, which told calendars it never was)
        Api.Response cancelled = admin().post(
                        base + "/" + id + "/cancel",
                        "{\"version\":" + held.path("version").asLong() + "}");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(409);
        assertThat(cancelled.json().path("type").asString()).isEqualTo("/problems/check-in-held");
        assertThat(cancelled.json().path("detail").asString())
                .contains("took place on")
                .contains("not cancelled");
        // on the page: not offered, the question goes back to the page, and a forged post is told why
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = "/w/" + slug + "/check-ins/" + id;
        assertThat(web.get(page).html()).doesNotContain(page + "/cancel");
        assertThat(web.get(page + "/cancel").redirectPath()).isEqualTo(page);
        WebSession.Page forged = web.post(
                page + "/cancel",
                java.util.Map.of("version", String.valueOf(held.path("version").asLong())));
        assertThat(forged.redirectPath()).isEqualTo(page);
        assertThat(web.get(page).html()).contains("took place on").contains("it is not cancelled afterwards");
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("checkIn")
                        .path("state")
                        .asString())
                .isEqualTo("SCHEDULED");

        JsonNode next = checkIns().get(1);
        Api.Response intoThePast = admin().send(
                        "PUT",
                        base + "/" + next.path("id").asLong(),
                        "{\"date\":\"2020-01-01\",\"startTime\":\"10:00\",\"endTime\":\"11:00\"," + "\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(intoThePast.status()).isEqualTo(400);
        assertThat(intoThePast.field()).isEqualTo("date");
        assertThat(intoThePast.json().path("errors").get(0).path("message").asString())
                .isEqualTo("1 Jan 2020 at 10:00 (UTC) has passed: a check-in is moved to a time to come.");
    }

    /**
     * A cadence's new time zone: its check-ins to come that were not moved keep their day and time
     * there (a new instant, SEQUENCE raised, so calendars move them); one moved by hand and one held
     * keep their instant, their day and time said in the new zone: page and feed agree. A time the
     * clocks skip is refused beside the field.
     */
    @Test
    void aNewTimeZoneMovesTheCheckInsToComeAndKeepsTheInstantOfThoseMovedOrHeld() {
        long cadence = createCadence(today.minusDays(20));
        List<JsonNode> before = checkIns();
        JsonNode held = before.get(0);
        JsonNode moved = before.get(2);
        LocalDate movedTo = LocalDate.parse(moved.path("date").asString()).plusDays(1);
        Api.Response movedByHand = admin().send(
                        "PUT",
                        base + "/" + moved.path("id").asLong(),
                        "{\"date\":\"" + movedTo + "\",\"startTime\":\"06:30\",\"endTime\":\"07:30\"," + "\"version\":"
                                + moved.path("version").asLong() + "}");
        assertThat(movedByHand.status()).as(movedByHand.text()).isEqualTo(200);
        long version = admin().get(base + "/cadences/" + cadence)
                .json()
                .path("version")
                .asLong();
        Api.Response zone = admin().send(
                        "PUT",
                        base + "/cadences/" + cadence,
                        "{\"title\":\"Monthly check-in\",\"startTime\":\"10:00\",\"durationMinutes\":60,"
                                + "\"place\":\"Room 2\",\"timeZone\":\"America/New_York\",\"version\":" + version
                                + "}");
        assertThat(zone.status()).as(zone.text()).isEqualTo(200);

        List<JsonNode> after = checkIns();
        JsonNode follows = after.stream()
                .filter(c -> c.path("id").asLong() == before.get(1).path("id").asLong())
                .findFirst()
                .orElseThrow();
        assertThat(follows.path("date").asString())
                .isEqualTo(before.get(1).path("date").asString());
        assertThat(follows.path("startTime").asString()).startsWith("10:00");
        assertThat(follows.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(follows.path("sequence").asInt()).isEqualTo(1);
        for (JsonNode c : after) {
            // the day and time on the page are the instant calendars get, in the cadence's zone
            java.time.ZonedDateTime at = java.time.Instant.parse(
                            c.path("startsAt").asString())
                    .atZone(java.time.ZoneId.of("America/New_York"));
            assertThat(c.path("date").asString())
                    .as(c.toString())
                    .isEqualTo(at.toLocalDate().toString());
            assertThat(c.path("startTime").asString())
                    .as(c.toString())
                    .startsWith(at.toLocalTime().toString());
        }
        JsonNode movedAfter = after.stream()
                .filter(c -> c.path("id").asLong() == moved.path("id").asLong())
                .findFirst()
                .orElseThrow();
        assertThat(movedAfter.path("startsAt").asString())
                .isEqualTo(movedByHand.json().path("startsAt").asString());
        assertThat(movedAfter.path("sequence").asInt())
                .as("its instant kept: calendars have it right")
                .isEqualTo(movedByHand.json().path("sequence").asInt());
        JsonNode heldAfter = after.getFirst();
        assertThat(heldAfter.path("id").asLong()).isEqualTo(held.path("id").asLong());
        assertThat(heldAfter.path("startsAt").asString())
                .isEqualTo(held.path("startsAt").asString());

        // 8 March 2037: New York's clocks go forward from 02:00 to 03:00
        JsonNode next = after.get(1);
        Api.Response gap = admin().send(
                        "PUT",
                        base + "/" + next.path("id").asLong(),
                        "{\"date\":\"2037-03-08\",\"startTime\":\"02:30\",\"endTime\":\"03:30\"," + "\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.field()).isEqualTo("startTime");
        assertThat(gap.json().path("errors").get(0).path("message").asString())
                .isEqualTo("There is no 02:30 on 8 Mar 2037 in America/New_York: the clocks go forward from 02:00 to"
                        + " 03:00 then. Give a time before or after.");
        // 1 November 2037: New York's clocks go back from 02:00 to 01:00, so 01:30 comes twice
        Api.Response twice = admin().send(
                        "PUT",
                        base + "/" + next.path("id").asLong(),
                        "{\"date\":\"2037-11-01\",\"startTime\":\"01:30\",\"endTime\":\"02:30\"," + "\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.field()).isEqualTo("startTime");
        assertThat(twice.json().path("errors").get(0).path("message").asString())
                .isEqualTo("01:30 comes twice on 1 Nov 2037 in America/New_York: the clocks go back from 02:00 to"
                        + " 01:00 then. Give a time before 01:00 or from 02:00.");
        Api.Response endsTwice = admin().send(
                        "PUT",
                        base + "/" + next.path("id").asLong(),
                        "{\"date\":\"2037-11-01\",\"startTime\":\"00:30\",\"endTime\":\"01:15\"," + "\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(endsTwice.status()).isEqualTo(400);
        assertThat(endsTwice.field()).isEqualTo("endTime");
        // across the change: 01:30 to 03:30 lasts an hour, and ends at 03:30 on the page and in the feed
        Api.Response across = admin().send(
                        "PUT",
                        base + "/" + next.path("id").asLong(),
                        "{\"date\":\"2037-03-08\",\"startTime\":\"01:30\",\"endTime\":\"03:30\"," + "\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(across.status()).as(across.text()).isEqualTo(200);
        assertThat(across.json().path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(across.json().path("endTime").asString()).startsWith("03:30");
        assertThat(across.json().path("startsAt").asString()).isEqualTo("2037-03-08T06:30:00Z");
    }

    /**
     * Requests at once do not pass a limit together: a check-in's 100 action items, a workspace's 20
     * cadences (an API probe made 101 and 21 with requests at once).
     */
    @Test
    void limitsHoldForRequestsAtOnce() throws Exception {
        createCadence(today.plusDays(3));
        long id = checkIns().get(0).path("id").asLong();
        for (int i = 0; i < Minutes.MAX_PER_CHECK_IN - 4; i++) {
            assertThat(admin().post(
                                    base + "/" + id + "/action-items",
                                    "{\"text\":\"Item " + i + "\",\"ownerId\":" + me + "}")
                            .status())
                    .isEqualTo(201);
        }
        List<Integer> items = atOnce(
                8,
                i -> admin().post(
                                base + "/" + id + "/action-items",
                                "{\"text\":\"At once " + i + "\",\"ownerId\":" + me + "}")
                        .status());
        assertThat(items).as(items.toString()).containsOnly(201, 400);
        assertThat(admin().get(base + "/" + id + "/action-items").json()).hasSize(Minutes.MAX_PER_CHECK_IN);

        for (int i = 1; i < CheckIns.MAX_CADENCES - 3; i++) {
            assertThat(admin().post(base, cadence("Cadence " + i, "MONTHLY", today.plusDays(3), 30, ""))
                            .status())
                    .isEqualTo(201);
        }
        List<Integer> cadences = atOnce(
                6,
                i -> admin().post(base, cadence("At once " + i, "MONTHLY", today.plusDays(3), 30, ""))
                        .status());
        assertThat(cadences).as(cadences.toString()).containsOnly(201, 400);
        assertThat(admin().get(base + "/cadences").json()).hasSize(CheckIns.MAX_CADENCES);
    }

    @Test
    void theAgendaListsDecisionsDueAndOverdueActionItemsKeepsWhatPeopleAddedAndSaysWhenNothingChanged() {
        createCadence(today.minusDays(20));
        List<JsonNode> all = checkIns();
        long held = all.get(0).path("id").asLong();
        long next = all.get(1).path("id").asLong();

        JsonNode quiet = admin().post(base + "/" + next + "/agenda", "").json();
        assertThat(quiet.path("nothingChanged").asBoolean())
                .as(quiet.toString())
                .isTrue();
        assertThat(quiet.path("items")).isEmpty();

        Api.Response decided = admin().post(
                        base + "/" + held + "/decisions",
                        "{\"what\":\"Premium price\",\"state\":\"DUE\",\"due\":\"" + today.plusDays(2) + "\"}");
        assertThat(decided.status()).isEqualTo(201);
        long decisionId = decided.json().path("id").asLong();
        assertThat(decided.location()).isEqualTo(base + "/" + held + "/decisions/" + decisionId);
        assertThat(admin().get(decided.location()).json().path("what").asString())
                .isEqualTo("Premium price");
        assertThat(admin().get(base + "/" + next + "/decisions/" + decisionId).status())
                .as("through another check-in")
                .isEqualTo(404);
        // through the service, on this thread, so that the event is recorded
        long itemId = minutes.addActionItem(
                        slug,
                        me,
                        held,
                        new ActionItemInput("Share the *numbers*", me, today.minusDays(3), ActionItemState.OPEN))
                .id();
        assertThat(admin().get(base + "/" + held + "/action-items/" + itemId)
                        .json()
                        .path("text")
                        .asString())
                .isEqualTo("Share the *numbers*");
        assertThat(admin().get(base + "/" + next + "/action-items/" + itemId).status())
                .isEqualTo(404);
        assertThat(events.stream(ActionItemAssigned.class)).anySatisfy(e -> {
            assertThat(e.actionItemId()).isEqualTo(itemId);
            assertThat(e.ownerId()).isEqualTo(me);
            assertThat(e.path()).isEqualTo("/w/" + slug + "/check-ins/" + held + "#action-item-" + itemId);
        });
        assertThat(work.stream()
                        .filter(w -> w.heading().equals("Action items"))
                        .findFirst()
                        .orElseThrow()
                        .openFor(me, 50))
                .extracting(WorkItem::title, WorkItem::overdue)
                .contains(org.assertj.core.groups.Tuple.tuple("Share the *numbers*", true));

        JsonNode agenda = admin().post(base + "/" + next + "/agenda", "").json();
        assertThat(agenda.path("items")
                        .valueStream()
                        .map(i -> i.path("section").asString() + " "
                                + i.path("title").asString()))
                .containsExactly("DECISIONS_DUE Premium price", "ACTION_ITEMS_OVERDUE Share the *numbers*");
        long due = agenda.path("items").get(0).path("id").asLong();
        long overdue = agenda.path("items").get(1).path("id").asLong();
        Api.Response addedItem = admin().post(base + "/" + next + "/agenda/items", "{\"title\":\"Team news\"}");
        long added = addedItem.json().path("id").asLong();
        // where it was created is the item itself
        assertThat(addedItem.location()).isEqualTo(base + "/" + next + "/agenda/items/" + added);
        assertThat(admin().get(addedItem.location()).json().path("title").asString())
                .isEqualTo("Team news");

        Api.Response reorder =
                admin().patch(base + "/" + next + "/agenda", "{\"order\":[" + added + "," + overdue + "," + due + "]}");
        assertThat(reorder.status()).as(reorder.text()).isEqualTo(200);
        assertThat(admin().patch(base + "/" + next + "/agenda", "{\"remove\":[" + overdue + "]}")
                        .status())
                .isEqualTo(200);
        assertThat(admin().get(base + "/" + next + "/agenda/items/" + overdue).status())
                .isEqualTo(404);
        JsonNode again = admin().post(base + "/" + next + "/agenda", "").json();
        assertThat(again.path("items").valueStream().map(i -> i.path("title").asString()))
                .containsExactly("Team news", "Premium price");
        assertThat(again.path("nothingChanged").asBoolean()).isFalse();

        Api.Response incomplete = admin().patch(base + "/" + next + "/agenda", "{\"order\":[" + due + "]}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.field()).isEqualTo("order");

        // a reorder and a removal in one request are one change: a wrong id to remove undoes the new order
        long teamNews = again.path("items").get(0).path("id").asLong();
        long premium = again.path("items").get(1).path("id").asLong();
        Api.Response halfWrong = admin().patch(
                        base + "/" + next + "/agenda",
                        "{\"order\":[" + premium + "," + teamNews + "],\"remove\":[" + (premium + 100_000) + "]}");
        assertThat(halfWrong.status()).isEqualTo(400); // an id in a body is a wrong field, as everywhere
        assertThat(halfWrong.field()).isEqualTo("remove[0]");
        assertThat(admin().get(base + "/" + next + "/agenda")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .containsExactly("Team news", "Premium price");
        Api.Response both = admin().patch(
                        base + "/" + next + "/agenda",
                        "{\"order\":[" + premium + "," + teamNews + "],\"remove\":[" + teamNews + "]}");
        assertThat(both.json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .containsExactly("Premium price");
    }

    @Test
    void notesStayOnAnItemWhoseCountChangesWhenTheAgendaIsGeneratedAgain() {
        createCadence(today.minusDays(20));
        long next = checkIns().get(1).path("id").asLong();
        String insights = "/api/v1/workspaces/" + slug + "/insights";
        assertThat(admin().post(insights, "{\"title\":\"Testers cannot find the export\"}")
                        .status())
                .isEqualTo(201);
        JsonNode first = admin().post(base + "/" + next + "/agenda", "").json();
        JsonNode total = first.path("items")
                .valueStream()
                .filter(i -> i.path("section").asString().equals("NEW_INSIGHTS"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(first.toString()));
        assertThat(total.path("title").asString()).isEqualTo("No team: 1 new insight");
        long id = total.path("id").asLong();
        String item = base + "/" + next + "/agenda/items/" + id;
        assertThat(total.path("notesVersion").asLong()).isZero();
        Api.Response unsaid = admin().patch(item, "{\"notes\":\"Marketing asks for a summary\"}");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.field()).isEqualTo("notesVersion");
        Api.Response noted = admin().patch(item, "{\"notes\":\"Marketing asks for a summary\",\"notesVersion\":0}");
        assertThat(noted.status()).as(noted.text()).isEqualTo(200);
        assertThat(noted.json().path("notesVersion").asLong()).isEqualTo(1);
        // a second note-taker who opened the agenda before that save is told, and their notes are not kept
        Api.Response late = admin().patch(item, "{\"notes\":\"Sales asks too\",\"notesVersion\":0}");
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.json().path("currentVersion").asLong()).isEqualTo(1);

        assertThat(admin().post(insights, "{\"title\":\"Accountants want a yearly export\"}")
                        .status())
                .isEqualTo(201);
        JsonNode again = admin().post(base + "/" + next + "/agenda", "").json();
        JsonNode same = again.path("items")
                .valueStream()
                .filter(i -> i.path("id").asLong() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the item is gone: " + again));
        assertThat(same.path("title").asString()).isEqualTo("No team: 2 new insights");
        assertThat(same.path("notes").asString()).isEqualTo("Marketing asks for a summary");
        // a new agenda changed the item, not its notes: notes started from before it are still current
        assertThat(same.path("notesVersion").asLong()).isEqualTo(1);
        // the notesVersion as If-Match instead, as every versioned edit takes its version; not two that differ
        Api.Response twoVersions = admin().send(
                        "PATCH",
                        item,
                        "{\"notes\":\"Marketing and Sales ask\",\"notesVersion\":1}",
                        java.util.Map.of("If-Match", "\"0\""));
        assertThat(twoVersions.status()).as(twoVersions.text()).isEqualTo(400);
        assertThat(twoVersions.field()).isEqualTo("notesVersion");
        Api.Response staleHeader =
                admin().send("PATCH", item, "{\"notes\":\"Sales asks too\"}", java.util.Map.of("If-Match", "\"0\""));
        assertThat(staleHeader.status()).as(staleHeader.text()).isEqualTo(409);
        Api.Response byHeader = admin().send(
                        "PATCH",
                        item,
                        "{\"notes\":\"Marketing and Sales ask\"}",
                        java.util.Map.of("If-Match", "\"1\""));
        assertThat(byHeader.status()).as(byHeader.text()).isEqualTo(200);
        assertThat(byHeader.json().path("notes").asString()).isEqualTo("Marketing and Sales ask");
        assertThat(byHeader.json().path("notesVersion").asLong()).isEqualTo(2);
    }

    /**
     * A decision or an action item recorded wrongly is changed or deleted, over the API and on the
     * check-in's page (an outside review found the page offered neither, and the API no deletion): the
     * form sends back the version it was opened at, keeps what was typed with each error beside its
     * field, deletion asks first; a viewer is offered neither, and ids of another check-in are not found.
     */
    @Test
    void decisionsAndActionItemsAreChangedAndDeletedOverTheApiAndOnThePage() {
        createCadence(today.minusDays(20));
        List<JsonNode> all = checkIns();
        long held = all.get(0).path("id").asLong();
        long next = all.get(1).path("id").asLong();
        String decisions = base + "/" + held + "/decisions";
        String items = base + "/" + held + "/action-items";

        // over the API: deleted, from its own check-in only
        long mistake = admin().post(decisions, "{\"what\":\"Recorded twice\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().delete(base + "/" + next + "/decisions/" + mistake).status())
                .isEqualTo(404);
        assertThat(admin().delete(decisions + "/" + mistake).status()).isEqualTo(204);
        assertThat(admin().get(decisions + "/" + mistake).status()).isEqualTo(404);
        long wrongItem = admin().post(items, "{\"text\":\"Twice\",\"ownerId\":" + me + "}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().delete(base + "/" + next + "/action-items/" + wrongItem)
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(items + "/" + wrongItem).status()).isEqualTo(204);
        assertThat(admin().get(items).json()).isEmpty();

        // on the page
        JsonNode decision = admin().post(decisions, "{\"what\":\"Premium price\",\"why\":\"Margins\"}")
                .json();
        long decisionId = decision.path("id").asLong();
        long itemId = admin().post(items, "{\"text\":\"Share the numbers\",\"ownerId\":" + me + "}")
                .json()
                .path("id")
                .asLong();
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = "/w/" + slug + "/check-ins/" + held;
        String html = web.get(page).html();
        assertThat(html)
                .contains("href=\"" + page + "/decisions/" + decisionId + "/edit\"")
                .contains("action=\"" + page + "/decisions/" + decisionId + "/delete\"")
                .contains("data-confirm=\"Delete the decision “Premium price”?")
                .contains("href=\"" + page + "/action-items/" + itemId + "/edit\"")
                .contains("data-confirm=\"Delete the action item “Share the numbers”?");
        String editDecision = page + "/decisions/" + decisionId + "/edit";
        assertThat(web.get(editDecision).html())
                .contains("value=\"Premium price\"")
                .containsPattern(
                        "name=\"version\" value=\"" + decision.path("version").asLong() + "\"");
        String version = String.valueOf(decision.path("version").asLong());

        WebSession.Page empty = web.post(
                page + "/decisions/" + decisionId,
                java.util.Map.of("what", " ", "why", "Margins are thin", "state", "MADE", "version", version));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html())
                .contains("Say what was decided.")
                .contains("Margins are thin")
                .contains("id=\"d-what-error\"");
        WebSession.Page dueWithoutDate = web.post(
                page + "/decisions/" + decisionId,
                java.util.Map.of("what", "Premium price later", "state", "DUE", "version", version));
        assertThat(dueWithoutDate.html()).contains("id=\"d-due-error\"").contains("value=\"Premium price later\"");
        WebSession.Page noVersion = web.post(
                page + "/decisions/" + decisionId, java.util.Map.of("what", "Premium price later", "state", "MADE"));
        assertThat(noVersion.html()).contains("sent without the version it was opened at");
        WebSession.Page saved = web.post(
                page + "/decisions/" + decisionId,
                java.util.Map.of(
                        "what", "Premium price later", "why", "Margins are thin", "state", "MADE", "version", version));
        assertThat(saved.redirectPath()).isEqualTo(page);
        assertThat(saved.location()).endsWith("#decision-" + decisionId);
        assertThat(web.get(page).html()).contains("Decision saved: Premium price later");
        assertThat(admin().get(decisions + "/" + decisionId).json().path("what").asString())
                .isEqualTo("Premium price later");
        // a second save from the same page is told someone changed it since, keeping what was typed
        WebSession.Page stale = web.post(
                page + "/decisions/" + decisionId,
                java.util.Map.of("what", "Premium price now", "state", "MADE", "version", version));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html()).contains("value=\"Premium price now\"");
        assertThat(admin().get(decisions + "/" + decisionId).json().path("what").asString())
                .isEqualTo("Premium price later");

        JsonNode item = admin().get(items + "/" + itemId).json();
        String itemVersion = String.valueOf(item.path("version").asLong());
        assertThat(web.get(page + "/action-items/" + itemId + "/edit").html()).contains("value=\"Share the numbers\"");
        WebSession.Page noOwner = web.post(
                page + "/action-items/" + itemId,
                java.util.Map.of("text", "Share the new numbers", "ownerId", "", "version", itemVersion));
        assertThat(noOwner.status()).isEqualTo(200);
        assertThat(noOwner.html())
                .contains("Every action item needs an owner")
                .contains("id=\"x-owner-error\"")
                .contains("value=\"Share the new numbers\"");
        WebSession.Page itemSaved = web.post(
                page + "/action-items/" + itemId,
                java.util.Map.of(
                        "text",
                        "Share the new numbers",
                        "ownerId",
                        String.valueOf(me),
                        "due",
                        today.plusDays(7).toString(),
                        "state",
                        "DONE",
                        "version",
                        itemVersion));
        assertThat(itemSaved.redirectPath()).isEqualTo(page);
        assertThat(web.get(page).html()).contains("Action item saved.");
        JsonNode itemAfter = admin().get(items + "/" + itemId).json();
        assertThat(itemAfter.path("text").asString()).isEqualTo("Share the new numbers");
        assertThat(itemAfter.path("state").asString()).isEqualTo("DONE");
        assertThat(itemAfter.path("due").asString()).isEqualTo(today.plusDays(7).toString());

        // ids of another check-in of the workspace are not found
        assertThat(web.get("/w/" + slug + "/check-ins/" + next + "/decisions/" + decisionId + "/edit")
                        .status())
                .isEqualTo(404);
        assertThat(web.post(
                                "/w/" + slug + "/check-ins/" + next + "/action-items/" + itemId + "/delete",
                                java.util.Map.of())
                        .status())
                .isEqualTo(404);

        // a viewer is offered neither, and refused both
        Person viewer = newMember(slug, "Vic Viewer", "VIEWER");
        WebSession viewing = new WebSession(baseUrl());
        viewing.login(viewer.email(), viewer.password());
        assertThat(viewing.get(page).html())
                .contains("Premium price later")
                .doesNotContain(editDecision)
                .doesNotContain(page + "/decisions/" + decisionId + "/delete")
                .doesNotContain(page + "/action-items/" + itemId + "/edit")
                .doesNotContain(page + "/action-items/" + itemId + "/delete");
        assertThat(viewing.get(editDecision).status()).isEqualTo(403);
        assertThat(viewing.post(page + "/decisions/" + decisionId + "/delete", java.util.Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api().delete(items + "/" + itemId).status()).isEqualTo(403);

        WebSession.Page deleted = web.post(page + "/decisions/" + decisionId + "/delete", java.util.Map.of());
        assertThat(deleted.redirectPath()).isEqualTo(page);
        assertThat(web.get(page).html()).contains("Decision deleted: Premium price later");
        assertThat(admin().get(decisions).json()).isEmpty();
        assertThat(web.post(page + "/action-items/" + itemId + "/delete", java.util.Map.of())
                        .redirectPath())
                .isEqualTo(page);
        assertThat(admin().get(items).json()).isEmpty();

        // a cancelled check-in's minutes stay as they were
        long toCome = admin().post(base + "/" + next + "/decisions", "{\"what\":\"Kept\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().send(
                                "POST",
                                base + "/" + next + "/cancel",
                                null,
                                java.util.Map.of(
                                        "If-Match",
                                        "\"" + all.get(1).path("version").asLong() + "\""))
                        .status())
                .isEqualTo(200);
        Api.Response refused = admin().delete(base + "/" + next + "/decisions/" + toCome);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/check-in-cancelled");
    }

    @Test
    void aViewerReadsCheckInsButCannotChangeThem() {
        createCadence(today.plusDays(5));
        JsonNode first = checkIns().getFirst();
        long id = first.path("id").asLong();
        Person viewer = newPerson("Vic Viewer");
        admin().post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        Api api = viewer.api();

        assertThat(api.get(base).status()).isEqualTo(200);
        assertThat(api.get(base + "/" + id + "/agenda").status()).isEqualTo(200);
        Api.Response create = api.post(base, cadence("Mine", "MONTHLY", today, 30, ""));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(api.post(base + "/" + id + "/agenda", "").status()).isEqualTo(403);
        // refused before the body is read: neither a missing version nor a body that is no JSON gets further
        assertThat(api.send("PUT", base + "/" + id, "{\"date\":\"" + today + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.send("PUT", base + "/cadences/1", "not json at all").status())
                .isEqualTo(403);
        assertThat(api.post(
                                base + "/" + id + "/cancel",
                                "{\"version\":" + first.path("version").asLong() + "}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(base + "/" + id + "/action-items", "{\"text\":\"x\",\"ownerId\":" + viewer.id() + "}")
                        .status())
                .isEqualTo(403);
        // nor given one: they could not mark it done
        Api.Response viewerOwns =
                admin().post(base + "/" + id + "/action-items", "{\"text\":\"x\",\"ownerId\":" + viewer.id() + "}");
        assertThat(viewerOwns.status()).isEqualTo(400);
        assertThat(viewerOwns.field()).isEqualTo("ownerId");
        assertThat(viewerOwns.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Vic Viewer is a viewer of this workspace, who cannot mark an action item done: make them a"
                        + " member first, or choose another owner.");
        assertThat(admin().get(base + "/" + id + "/action-items").json()).isEmpty();
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("checkIn")
                        .path("state")
                        .asString())
                .isEqualTo("SCHEDULED");
    }

    @Test
    void anotherWorkspacesCheckInsInitiativesAndGoalsCannotBeReachedOrNamed() {
        String otherSlug = "other-" + unique();
        String other = "/api/v1/workspaces/" + otherSlug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherCadence = admin().post(
                        other + "/check-ins", cadence("Theirs", "EVERY_TWO_WEEKS", today.plusDays(1), 30, ""))
                .json()
                .path("id")
                .asLong();
        long foreign = admin().get(other + "/check-ins")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        long team = admin().post(other + "/teams", "{\"name\":\"Sales\"}")
                .json()
                .path("id")
                .asLong();
        long foreignInitiative = admin().post(
                        other + "/initiatives",
                        "{\"title\":\"Secret\",\"kind\":\"OTHER\",\"proposingTeamId\":" + team + ",\"ownerId\":" + me
                                + ",\"startDate\":\"2027-01-01\",\"dueDate\":\"2027-02-01\"}")
                .json()
                .path("id")
                .asLong();
        long foreignGoal = admin().post(
                        other + "/goals",
                        "{\"title\":\"Their goal\",\"periodStart\":\"2027-01-01\",\"periodEnd\":\"2027-12-31\"}")
                .json()
                .path("id")
                .asLong();

        assertThat(admin().get(base + "/" + foreign).status()).isEqualTo(404);
        assertThat(admin().post(base + "/" + foreign + "/agenda", "").status()).isEqualTo(404);
        assertThat(admin().get(base + "/cadences/" + otherCadence).status()).isEqualTo(404);
        assertThat(admin().post(base + "/" + foreign + "/decisions", "{\"what\":\"x\"}")
                        .status())
                .isEqualTo(404);

        createCadence(today.plusDays(2));
        long mine = checkIns().getFirst().path("id").asLong();
        Api.Response links = admin().post(
                        base + "/" + mine + "/decisions",
                        "{\"what\":\"Do it\",\"initiativeIds\":[" + foreignInitiative + "],\"goalIds\":[" + foreignGoal
                                + "]}");
        assertThat(links.status()).as(links.text()).isEqualTo(400);
        assertThat(fields(links)).containsExactly("initiativeIds[0]", "goalIds[0]");
        Api.Response goalOfOther =
                admin().post(base, cadence("Per goal", "MONTHLY", today.plusDays(3), 30, ",\"goalId\":" + foreignGoal));
        assertThat(goalOfOther.field()).isEqualTo("goalId");
        assertThat(admin().get(base + "/" + mine + "/decisions").json()).isEmpty();

        Person outsider = newPerson("Olga Outsider");
        assertThat(outsider.api().get(base).status()).isEqualTo(404);
    }
}
