package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.meeting.Frequency;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceDatesTest {

    @Test
    void aMonthlyCheckInOnThe31stFallsOnTheLastDayOfShorterMonthsAndComesBack() {
        LocalDate first = LocalDate.of(2025, 1, 31); // a Friday; the days after are weekdays too
        assertThat(List.of(0, 1, 2, 3).stream()
                        .map(n -> CadenceDates.occurrence(Frequency.MONTHLY, first, n))
                        .toList())
                .containsExactly(
                        LocalDate.of(2025, 1, 31),
                        LocalDate.of(2025, 2, 28),
                        LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 4, 30));
    }

    @Test
    void aMonthlyCheckInThatWouldFallOnAWeekendMovesToTheNearestWeekdayOfItsMonth() {
        LocalDate first = LocalDate.of(2027, 1, 5); // a Tuesday
        assertThat(List.of(0, 1, 4, 5).stream()
                        .map(n -> CadenceDates.occurrence(Frequency.MONTHLY, first, n))
                        .toList())
                .containsExactly(
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 2, 5), // a Friday: stays
                        LocalDate.of(2027, 5, 5), // a Wednesday
                        LocalDate.of(2027, 6, 4)); // 5 June is a Saturday: the Friday before
        // 7 Feb 2027 is a Sunday: the Monday after
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, LocalDate.of(2027, 1, 7), 1))
                .isEqualTo(LocalDate.of(2027, 2, 8));
        // never into another month: Saturday 1 May 2027 to Monday 3 May, Sunday 31 Oct 2027 to Friday 29 Oct
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, LocalDate.of(2027, 4, 1), 1))
                .isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, LocalDate.of(2027, 8, 31), 2))
                .isEqualTo(LocalDate.of(2027, 10, 29));
        // and the month after, back on its day
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, LocalDate.of(2027, 8, 31), 3))
                .isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void aNewCadenceStartsOnAWeekdayByDefault() {
        assertThat(CadenceDates.weekdayFrom(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(CadenceDates.weekdayFrom(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(CadenceDates.weekdayFrom(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aFirstDateOnAWeekendMovesAsEveryOtherDate() {
        // Sunday 31 Jan 2027 (a demo's first date; people are asked for a weekday): Friday 29 Jan, then
        // Sunday 28 Feb to Friday 26 Feb, and back on the 31st in March
        LocalDate sunday = LocalDate.of(2027, 1, 31);
        assertThat(List.of(0, 1, 2).stream()
                        .map(n -> CadenceDates.occurrence(Frequency.MONTHLY, sunday, n))
                        .toList())
                .containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 31));
        // Saturday 1 May 2027: Monday 3 May; Sunday 1 Aug 2027: Monday 2 Aug
        LocalDate saturday = LocalDate.of(2027, 5, 1);
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, saturday, 0)).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, saturday, 3)).isEqualTo(LocalDate.of(2027, 8, 2));
        assertThat(CadenceDates.nearestWeekday(LocalDate.of(2027, 5, 15))).isEqualTo(LocalDate.of(2027, 5, 14));
    }

    @Test
    void everyTwoWeeksIsFourteenDaysApart() {
        LocalDate first = LocalDate.of(2027, 12, 23);
        assertThat(CadenceDates.occurrence(Frequency.EVERY_TWO_WEEKS, first, 1)).isEqualTo(LocalDate.of(2028, 1, 6));
        assertThat(CadenceDates.occurrence(Frequency.EVERY_TWO_WEEKS, first, 3)).isEqualTo(LocalDate.of(2028, 2, 3));
    }

    @Test
    void aNewCadenceStartingInTheFutureGetsSixCheckIns() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertThat(CadenceDates.toCreate(Frequency.MONTHLY, LocalDate.of(2027, 4, 1), today))
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aCadenceStartedLastMonthKeepsTheCheckInJustHeldAndSixAhead() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        // 1 Feb is within a month of today: kept; 1 Mar has passed too; then six from 1 Apr
        assertThat(CadenceDates.toCreate(Frequency.MONTHLY, LocalDate.of(2027, 2, 15), today))
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(CadenceDates.occurrence(Frequency.MONTHLY, LocalDate.of(2027, 2, 15), 1))
                .isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aCadenceStartedLongAgoDoesNotFillThePastWithCheckIns() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        // every two weeks from 1 Jan: 26 Feb is the last within two weeks; 12 Mar is the first ahead
        List<Integer> created = CadenceDates.toCreate(Frequency.EVERY_TWO_WEEKS, LocalDate.of(2027, 1, 1), today);
        assertThat(created).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(CadenceDates.occurrence(Frequency.EVERY_TWO_WEEKS, LocalDate.of(2027, 1, 1), 4))
                .isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Test
    void topsUpOnlyWhatTimeUsedUp() {
        LocalDate first = LocalDate.of(2027, 1, 5);
        // 0..5 were created on 1 Jan; on 10 Mar, 5 Jan and 5 Feb and 5 Mar have passed: three more
        assertThat(CadenceDates.after(Frequency.MONTHLY, first, 5, LocalDate.of(2027, 3, 10)))
                .containsExactly(6, 7, 8);
        assertThat(CadenceDates.after(Frequency.MONTHLY, first, 8, LocalDate.of(2027, 3, 10)))
                .isEmpty();
    }
}
