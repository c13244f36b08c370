package app.tandem.meeting.calendar;

import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes check-ins as an iCalendar feed (RFC 5545) with ical4j: one VEVENT per check-in, its UID the
 * check-in's own (stable across every change), its SEQUENCE the check-in's (raised by the check-ins
 * when the time or place changes, or it is cancelled), STATUS CONFIRMED or CANCELLED (a cancelled
 * check-in stays in the feed, so calendars remove it instead of keeping a stale copy), its start and
 * end in UTC (no time-zone definitions needed), the place as LOCATION and its page as URL. No
 * METHOD: a feed that calendars subscribe to is no iTIP message (RFC 5546), whose PUBLISH would want
 * an ORGANIZER in every event; without it the feed is plain RFC 5545, valid to ical4j's validator.
 * Pure: no Spring, no database; the same check-ins and instant give the same text.
 */
public final class CheckInCalendar {

    /** The product that wrote the feed (PRODID). */
    public static final String PRODUCT = "-//Tandem//Check-ins//EN";

    private CheckInCalendar() {}

    /**
     * The feed named {@code name} (X-WR-CALNAME, what calendar apps show) with one event per check-in;
     * {@code baseUrl} (such as {@code https://tandem.example.com}) and {@code slug} make each check-in's
     * page address; {@code now} is the DTSTAMP of every event.
     */
    public static String write(String name, String baseUrl, String slug, List<CheckInSummary> checkIns, Instant now) {
        return write(
                name, baseUrl, checkIns.stream().map(c -> new Event(slug, c)).toList(), now);
    }

    /** A check-in with the workspace it belongs to, for a feed of several workspaces. */
    public record Event(String slug, CheckInSummary checkIn) {}

    /** The feed named {@code name} with one event per check-in, each of its own workspace. */
    public static String write(String name, String baseUrl, List<Event> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (Event event : events) {
            calendar.add(event(baseUrl, event.slug(), event.checkIn(), stamp));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(String baseUrl, String slug, CheckInSummary checkIn, Instant stamp) {
        Instant start = checkIn.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofMinutes(checkIn.durationMinutes()));
        VEvent event = new VEvent(false);
        event.add(new Uid(checkIn.uid()));
        event.add(new Sequence(checkIn.sequence()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(checkIn.title()));
        if (checkIn.place() != null && !checkIn.place().isBlank()) {
            event.add(new Location(checkIn.place().strip()));
        }
        event.add(
                checkIn.state() == CheckInState.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        String page = baseUrl + "/w/" + slug + "/check-ins/" + checkIn.id();
        event.add(new Url(URI.create(page)));
        event.add(new Description(
                (checkIn.state() == CheckInState.CANCELLED ? "Cancelled. " : "") + "Agenda and minutes: " + page));
        return event;
    }
}
