package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A team and how many person-weeks of work it can do each week; {@code periods} override that
 * weekly capacity in the weeks they touch (a holiday at 0, a sprint with extra people).
 */
public record Team(long id, String name, double capacity, List<Period> periods) {

    public Team {
        periods = List.copyOf(periods);
        for (Period period : periods) {
            if (period.to().isBefore(period.from())) {
                throw new IllegalArgumentException(
                        "A capacity period ends on or after it starts: " + period.from() + " – " + period.to());
            }
        }
    }

    /** A team with the same capacity every week. */
    public Team(long id, String name, double capacity) {
        this(id, name, capacity, List.of());
    }

    /**
     * From {@code from} to {@code to} (both included) the team can do {@code capacity} person-weeks a
     * week: every week (Monday to Sunday) with a day in the period has that capacity; when periods
     * overlap, the first listed wins.
     */
    public record Period(LocalDate from, LocalDate to, double capacity) {}
}
