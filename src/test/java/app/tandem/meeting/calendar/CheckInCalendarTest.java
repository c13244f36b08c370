package app.tandem.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.rules.CalendarChange;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed written with ical4j and parsed back with ical4j, field by field. */
class CheckInCalendarTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:15:30.123Z");

    static CheckInSummary checkIn(long id, LocalDate date, String place, CheckInState state, int sequence) {
        Instant startsAt = date.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        return new CheckInSummary(
                id,
                7,
                "Budgetly monthly check-in",
                null,
                date,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                60,
                "UTC",
                startsAt,
                place,
                state,
                false,
                "check-in-" + id + "@tandem",
                sequence,
                3);
    }

    static Calendar parsed(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("(none)");
    }

    @Test
    void writesEachCheckInAsAnEventThatParsesBackFieldByField() throws Exception {
        String text = CheckInCalendar.write(
                "Budgetly check-ins",
                "https://tandem.example.com",
                "budgetly",
                List.of(
                        checkIn(1, LocalDate.of(2026, 12, 15), "Room 4 & video", CheckInState.SCHEDULED, 0),
                        checkIn(2, LocalDate.of(2027, 1, 12), null, CheckInState.CANCELLED, 1)),
                NOW);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        Calendar calendar = parsed(text);
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains(CheckInCalendar.PRODUCT);
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
        // a subscribed feed, no iTIP message: METHOD:PUBLISH wanted an ORGANIZER in every event
        assertThat(calendar.getProperty("METHOD")).isEmpty();
        assertThat(calendar.validate().getEntries())
                .as("what ical4j's validator finds")
                .isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Budgetly check-ins");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);

        VEvent first = events.get(0);
        assertThat(value(first, "UID")).isEqualTo("check-in-1@tandem");
        assertThat(value(first, "SEQUENCE")).isEqualTo("0");
        assertThat(value(first, "DTSTAMP")).isEqualTo("20261201T101530Z");
        assertThat(value(first, "DTSTART")).isEqualTo("20261215T090000Z");
        assertThat(value(first, "DTEND")).isEqualTo("20261215T100000Z");
        assertThat(value(first, "SUMMARY")).isEqualTo("Budgetly monthly check-in");
        assertThat(value(first, "LOCATION")).isEqualTo("Room 4 & video");
        assertThat(value(first, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(first, "URL")).isEqualTo("https://tandem.example.com/w/budgetly/check-ins/1");

        VEvent cancelled = events.get(1);
        assertThat(value(cancelled, "UID")).isEqualTo("check-in-2@tandem");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
        assertThat(value(cancelled, "LOCATION")).isEqualTo("(none)");
        assertThat(value(cancelled, "DESCRIPTION")).startsWith("Cancelled.");
    }

    @Test
    void aMovedCheckInKeepsItsUidWithAHigherSequence() throws Exception {
        CheckInSummary before = checkIn(1, LocalDate.of(2026, 12, 15), "Room 4", CheckInState.SCHEDULED, 0);
        int sequence = CalendarChange.sequenceAfter(
                before.sequence(),
                new CalendarChange.Slot(before.startsAt(), 60, before.place()),
                new CalendarChange.Slot(before.startsAt().plus(java.time.Duration.ofDays(1)), 60, "Room 5"));
        CheckInSummary after = checkIn(1, LocalDate.of(2026, 12, 16), "Room 5", CheckInState.SCHEDULED, sequence);

        VEvent was = parsed(CheckInCalendar.write("c", "http://x", "s", List.of(before), NOW))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        VEvent is = parsed(CheckInCalendar.write("c", "http://x", "s", List.of(after), NOW.plusSeconds(60)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();

        assertThat(value(is, "UID")).isEqualTo(value(was, "UID"));
        assertThat(Integer.parseInt(value(is, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(was, "SEQUENCE")));
        assertThat(value(is, "DTSTART")).isEqualTo("20261216T090000Z");
        assertThat(value(is, "LOCATION")).isEqualTo("Room 5");
    }

    @Test
    void anEmptyFeedParsesBackWithNoEvents() throws Exception {
        Calendar calendar = parsed(CheckInCalendar.write("Nothing", "http://x", "s", List.of(), NOW));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getProperty("PRODID")).isPresent();
    }
}
