package app.tandem.support;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days people plan and record work on: in the years 1970 to 2199. A day outside them is a year
 * typed short (0202 for 2026) or long (20266), or a value no calendar or chart shows, and is refused
 * naming its field. Every date a person types for work, a check-in, a decision, an action item, a
 * review or a goal link is checked here, so all refuse the same days with the same words (a
 * measurement's day may go back to 1900: {@code goal.internal.MeasurementChecks}).
 */
public final class PlannedDates {

    public static final int FIRST_YEAR = 1970;

    public static final int LAST_YEAR = 2199;

    private PlannedDates() {}

    /** Refuses {@code day} naming {@code field} when it is outside {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static void check(String field, @Nullable LocalDate day) {
        if (day != null && !within(day)) {
            throw new InvalidInput(field, message(day));
        }
    }

    /** Whether {@code day} is in a year work is planned for. */
    public static boolean within(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** Why {@code day} is refused. */
    public static String message(LocalDate day) {
        return day + " is not in a year work is planned for (" + FIRST_YEAR + " to " + LAST_YEAR + "): check its year.";
    }
}
