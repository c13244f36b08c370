package app.tandem.meeting.rules;

import app.tandem.meeting.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a cadence. Occurrence {@code n} (0 for the first date) is counted from the first
 * date, never from the occurrence before, so a monthly check-in on the 31st falls on the last day of
 * a shorter month and is back on the 31st the month after; every two weeks is 14 days apart. A
 * monthly check-in whose day falls on a Saturday or a Sunday moves to the nearest weekday of the same
 * month (as cron's "W" does: Saturday to the Friday before, Sunday to the Monday after, unless that
 * leaves the month), the first date too (a person choosing one on a weekend is asked for a weekday:
 * {@code CheckIns}).
 */
public final class CadenceDates {

    /** How many check-ins a cadence keeps ahead. */
    public static final int AHEAD = 6;

    private CadenceDates() {}

    /** The date of occurrence {@code n} of a cadence that starts on {@code first}. */
    public static LocalDate occurrence(Frequency frequency, LocalDate first, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Occurrences are counted from 0, not " + n);
        }
        return switch (frequency) {
            case MONTHLY -> nearestWeekday(first.plusMonths(n));
            case EVERY_TWO_WEEKS -> first.plusDays(14L * n);
        };
    }

    /** The day itself on a weekday, else the Monday after: a new cadence's first date by default. */
    public static LocalDate weekdayFrom(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** The day itself on a weekday; else the nearest weekday in its month. */
    public static LocalDate nearestWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.getDayOfMonth() > 1 ? day.minusDays(1) : day.plusDays(2);
            case SUNDAY -> day.plusDays(1).getMonth() == day.getMonth() ? day.plusDays(1) : day.minusDays(2);
            default -> day;
        };
    }

    /**
     * The occurrences to create for a new cadence, as numbers: from the first date, leaving out those
     * more than one period before {@code today} (the one just held stays, so its minutes can be
     * written), {@link #AHEAD} of them on or after today, at most.
     */
    public static List<Integer> toCreate(Frequency frequency, LocalDate first, LocalDate today) {
        return after(frequency, first, -1, today);
    }

    /**
     * The occurrences after {@code last} (-1 for none yet) that keep {@link #AHEAD} check-ins on or
     * after {@code today}, given that those up to {@code last} were created; past ones more than one
     * period ago are not created.
     */
    public static List<Integer> after(Frequency frequency, LocalDate first, int last, LocalDate today) {
        LocalDate oldest = switch (frequency) {
            case MONTHLY -> today.minusMonths(1);
            case EVERY_TWO_WEEKS -> today.minusDays(14);
        };
        int ahead = 0;
        for (int n = 0; n <= last; n++) {
            if (!occurrence(frequency, first, n).isBefore(today)) {
                ahead++;
            }
        }
        List<Integer> created = new ArrayList<>();
        for (int n = last + 1; ahead < AHEAD; n++) {
            LocalDate date = occurrence(frequency, first, n);
            if (date.isBefore(oldest)) {
                continue;
            }
            created.add(n);
            if (!date.isBefore(today)) {
                ahead++;
            }
        }
        return created;
    }
}
