package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CalendarChangeTest {

    private static final CalendarChange.Slot SLOT =
            new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 60, "Room 2");

    @Test
    void theSequenceIsRaisedWhenTheTimeOrThePlaceChanges() {
        assertThat(CalendarChange.sequenceAfter(
                        0, SLOT, new CalendarChange.Slot(LocalDate.of(2027, 3, 5), LocalTime.of(10, 0), 60, "Room 2")))
                .isEqualTo(1);
        assertThat(CalendarChange.sequenceAfter(
                        3, SLOT, new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(11, 0), 60, "Room 2")))
                .isEqualTo(4);
        assertThat(CalendarChange.sequenceAfter(
                        0, SLOT, new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 90, "Room 2")))
                .isEqualTo(1);
        assertThat(CalendarChange.sequenceAfter(
                        0,
                        SLOT,
                        new CalendarChange.Slot(
                                LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 60, "https://meet.example/x")))
                .isEqualTo(1);
    }

    @Test
    void theSameTimeAndPlaceLeaveTheSequenceAsItIs() {
        assertThat(CalendarChange.sequenceAfter(
                        2,
                        SLOT,
                        new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 60, "  Room 2 ")))
                .isEqualTo(2);
        CalendarChange.Slot nowhere = new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 60, null);
        assertThat(CalendarChange.sequenceAfter(
                        2, nowhere, new CalendarChange.Slot(LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), 60, " ")))
                .isEqualTo(2);
    }

    @Test
    void cancellingRaisesTheSequenceOnce() {
        assertThat(CalendarChange.sequenceAfterCancel(1, false)).isEqualTo(2);
        assertThat(CalendarChange.sequenceAfterCancel(2, true)).isEqualTo(2);
    }
}
