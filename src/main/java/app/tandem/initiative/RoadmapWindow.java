package app.tandem.initiative;

import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The days a roadmap shows, {@code from} to {@code to} inclusive: at most {@link #MAX_DAYS} (two
 * years). Without dates it is this quarter and the next; with one of them, six months from or to it.
 */
public record RoadmapWindow(LocalDate from, LocalDate to) {

    /** The widest window: two years (one of them may be a leap year). */
    public static final int MAX_DAYS = 731;

    /** This quarter and the next, around {@code today}. */
    public static RoadmapWindow around(LocalDate today) {
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return new RoadmapWindow(quarter, quarter.plusMonths(6).minusDays(1));
    }

    /**
     * The window of the days a person gives ({@code YYYY-MM-DD}, either may be blank); every wrong one
     * is refused at once naming its field: a day that is not a day, a {@code to} before {@code from},
     * or a window wider than two years.
     */
    public static RoadmapWindow of(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate[] days = new LocalDate[2];
        InvalidInputs.checks()
                .check(() -> days[0] = day("from", from))
                .check(() -> days[1] = day("to", to))
                .done();
        LocalDate start = days[0];
        LocalDate end = days[1];
        if (start == null && end == null) {
            return around(today);
        }
        if (end == null) {
            end = start.plusMonths(6).minusDays(1);
        } else if (start == null) {
            start = end.minusMonths(6).plusDays(1);
        }
        if (end.isBefore(start)) {
            throw new InvalidInput(
                    "to",
                    "The roadmap would end on " + DayWords.of(end) + ", before it starts on " + DayWords.of(start)
                            + ".");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidInput(
                    "to",
                    "A roadmap shows at most two years at once: end it by " + DayWords.of(start.plusDays(MAX_DAYS - 1))
                            + ", or start it later.");
        }
        return new RoadmapWindow(start, end);
    }

    private static @Nullable LocalDate day(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give a day as YYYY-MM-DD, such as 2027-01-31.");
        }
    }
}
