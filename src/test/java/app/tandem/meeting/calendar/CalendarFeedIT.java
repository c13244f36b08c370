package app.tandem.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A calendar app subscribes with a person's secret calendar link, over real HTTP and without a
 * token: the feed is parsed back with ical4j. A moved check-in keeps its UID with a higher SEQUENCE,
 * a cancelled one is STATUS:CANCELLED, a new link stops the old one, and nobody reads a workspace
 * they are not in.
 */
class CalendarFeedIT extends TandemIT {

    @Test
    void thePageShowsANewLinkOnceAndAReloadMakesNoOther() {
        Person person = newPerson("Cal Reloader");
        WebSession browser = new WebSession(baseUrl());
        browser.login(person.email(), person.password());
        browser.get("/me/calendar");

        WebSession.Page made = browser.post("/me/calendar", java.util.Map.of());
        assertThat(made.status()).as("a redirect after making the link").isEqualTo(302);
        assertThat(made.redirectPath()).isEqualTo("/me/calendar");
        String shown = browser.get(made.redirectPath()).html();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("calendar\\.ics\\?key=(cal_[A-Za-z0-9_-]+)")
                .matcher(shown);
        assertThat(key.find()).as("the new link is shown").isTrue();

        // a reload (or Back and Forward) reads the page again, and makes no new link
        assertThat(browser.get("/me/calendar").html()).doesNotContain(key.group(1));
        assertThat(anonymous()
                        .get("/api/v1/me/calendar.ics?key=" + key.group(1))
                        .status())
                .as("the link put in a calendar still works")
                .isEqualTo(200);
    }

    @Test
    void aCalendarAppFollowsTheCheckInsThroughTheSecretLink() throws Exception {
        String slug = "cal-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Calendar Co\",\"slug\":\"" + slug + "\"}");
        LocalDate first = app.tandem.meeting.rules.CadenceDates.weekdayFrom(
                LocalDate.now(ZoneOffset.UTC).plusDays(3));
        Api.Response cadence = admin().post(
                        base + "/check-ins/cadences",
                        "{\"title\":\"Monthly check-in\",\"frequency\":\"MONTHLY\",\"firstDate\":\"" + first
                                + "\",\"startTime\":\"10:00\",\"durationMinutes\":60,\"place\":\"Room 4\","
                                + "\"timeZone\":\"UTC\"}");
        assertThat(cadence.status()).as(cadence.text()).isEqualTo(201);
        JsonNode next =
                admin().get(base + "/check-ins?size=1").json().path("items").get(0);
        long checkIn = next.path("id").asLong();
        String uid = next.path("uid").asString();

        Api.Response link = admin().post("/api/v1/me/calendar-link", "{}");
        assertThat(link.status()).as(link.text()).isEqualTo(200);
        String feed = link.json().path("url").asString();
        String workspaceFeed = link.json()
                .path("workspaces")
                .valueStream()
                .filter(w -> w.path("slug").asString().equals(slug))
                .findFirst()
                .orElseThrow()
                .path("url")
                .asString();
        assertThat(feed).startsWith(baseUrl() + "/api/v1/me/calendar.ics?key=cal_");

        Api calendarApp = anonymous();
        Api.Response answer = calendarApp.get(workspaceFeed.substring(baseUrl().length()));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar");
        // valid to ical4j's validator (METHOD:PUBLISH without an ORGANIZER in its events was not)
        assertThat(parse(answer.text()).validate().getEntries()).isEmpty();
        VEvent event = event(parse(answer.text()), uid);
        assertThat(value(event, "SUMMARY")).isEqualTo("Monthly check-in");
        assertThat(value(event, "LOCATION")).isEqualTo("Room 4");
        assertThat(value(event, "DTSTART")).isEqualTo(first.toString().replace("-", "") + "T100000Z");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        int sequence = Integer.parseInt(value(event, "SEQUENCE"));
        assertThat(event(
                        parse(calendarApp
                                .get(feed.substring(baseUrl().length()))
                                .text()),
                        uid))
                .as("the feed of all my workspaces has it too")
                .isNotNull();

        Api.Response moved = admin().send(
                        "PUT",
                        base + "/check-ins/" + checkIn,
                        "{\"date\":\"" + first.plusDays(1) + "\",\"startTime\":\"14:00\",\"endTime\":\"15:00\","
                                + "\"place\":\"Room 5\",\"version\":"
                                + next.path("version").asLong() + "}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        VEvent after = event(
                parse(calendarApp
                        .get(workspaceFeed.substring(baseUrl().length()))
                        .text()),
                uid);
        assertThat(value(after, "DTSTART"))
                .isEqualTo(first.plusDays(1).toString().replace("-", "") + "T140000Z");
        assertThat(value(after, "LOCATION")).isEqualTo("Room 5");
        assertThat(Integer.parseInt(value(after, "SEQUENCE"))).isGreaterThan(sequence);

        Api.Response cancelled = admin().post(
                        base + "/check-ins/" + checkIn + "/cancel",
                        "{\"version\":" + moved.json().path("version").asLong() + "}");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        VEvent gone = event(
                parse(calendarApp
                        .get(workspaceFeed.substring(baseUrl().length()))
                        .text()),
                uid);
        assertThat(value(gone, "STATUS")).isEqualTo("CANCELLED");

        // the workspace's address changes: the subscribed link leads to its feed under the new one
        long version = admin().get(base).json().path("version").asLong();
        assertThat(admin().patch(base, "{\"slug\":\"" + slug + "-moved\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(200);
        Api.Response followed =
                calendarApp.get(workspaceFeed.substring(baseUrl().length()));
        assertThat(followed.status()).as(followed.text()).isEqualTo(302);
        assertThat(followed.location()).startsWith("/api/v1/workspaces/" + slug + "-moved/calendar.ics?key=cal_");
        assertThat(event(parse(calendarApp.get(followed.location()).text()), uid))
                .isNotNull();
        base = "/api/v1/workspaces/" + slug + "-moved";

        // someone without the workspace cannot read it with their own link
        Person outsider = newPerson("Olli Outsider");
        String theirs = outsider.api()
                .post("/api/v1/me/calendar-link", "{}")
                .json()
                .path("url")
                .asString();
        String theirKey = theirs.substring(theirs.indexOf("key=") + 4);
        assertThat(calendarApp.get(base + "/calendar.ics?key=" + theirKey).status())
                .isEqualTo(404);
        assertThat(parse(calendarApp
                                .get("/api/v1/me/calendar.ics?key=" + theirKey)
                                .text())
                        .<VEvent>getComponents("VEVENT"))
                .isEmpty();

        // a new link stops the old one; no link at all is refused
        admin().post("/api/v1/me/calendar-link", "{}");
        Api.Response old = calendarApp.get(feed.substring(baseUrl().length()));
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.json().path("detail").asString()).contains("replaced by a newer one");
        assertThat(calendarApp.get("/api/v1/me/calendar.ics").status()).isEqualTo(404);
        assertThat(calendarApp.post("/api/v1/me/calendar-link", "{}").status()).isEqualTo(401);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, String uid) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> value(e, "UID").equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in " + calendar));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("(none)");
    }
}
