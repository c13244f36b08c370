package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.meeting.Frequency;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceDatesTest {

    @Test
    void aMonthlyCheckInOnThe31stFallsOnTheLastDayOfShorterMonthsAndComesBack() {
        LocalDate first = LocalDate.of(2027, 1, 31);
        assertThat(List.of(0, 1, 2, 3).stream()
                        .map(n -> CadenceDates.occurrence(Frequency.MONTHLY, first, n))
                        .toList())
                .containsExactly(
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30));
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
