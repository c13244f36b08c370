package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarChangeTest {

    private static final CalendarChange.Slot SLOT =
            new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 60, "Room 2");

    @Test
    void theSequenceIsRaisedWhenTheTimeOrThePlaceChanges() {
        assertThat(CalendarChange.sequenceAfter(
                        0, SLOT, new CalendarChange.Slot(Instant.parse("2027-03-05T10:00:00Z"), 60, "Room 2")))
                .isEqualTo(1);
        assertThat(CalendarChange.sequenceAfter(
                        3, SLOT, new CalendarChange.Slot(Instant.parse("2027-03-04T11:00:00Z"), 60, "Room 2")))
                .isEqualTo(4);
        assertThat(CalendarChange.sequenceAfter(
                        0, SLOT, new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 90, "Room 2")))
                .isEqualTo(1);
        assertThat(CalendarChange.sequenceAfter(
                        0,
                        SLOT,
                        new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 60, "https://meet.example/x")))
                .isEqualTo(1);
    }

    @Test
    void theSequenceIsRaisedWhenTheSameLocalTimeIsAnotherInstant() {
        // 10:00 in Berlin, then 10:00 in New York (the cadence's time zone changed): calendars must be told
        CalendarChange.Slot berlin = new CalendarChange.Slot(Instant.parse("2027-03-04T09:00:00Z"), 60, "Room 2");
        CalendarChange.Slot newYork = new CalendarChange.Slot(Instant.parse("2027-03-04T15:00:00Z"), 60, "Room 2");
        assertThat(CalendarChange.sequenceAfter(0, berlin, newYork)).isEqualTo(1);
    }

    @Test
    void theSameTimeAndPlaceLeaveTheSequenceAsItIs() {
        assertThat(CalendarChange.sequenceAfter(
                        2, SLOT, new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 60, "  Room 2 ")))
                .isEqualTo(2);
        CalendarChange.Slot nowhere = new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 60, null);
        assertThat(CalendarChange.sequenceAfter(
                        2, nowhere, new CalendarChange.Slot(Instant.parse("2027-03-04T10:00:00Z"), 60, " ")))
                .isEqualTo(2);
    }

    @Test
    void cancellingRaisesTheSequenceOnce() {
        assertThat(CalendarChange.sequenceAfterCancel(1, false)).isEqualTo(2);
        assertThat(CalendarChange.sequenceAfterCancel(2, true)).isEqualTo(2);
    }
}
