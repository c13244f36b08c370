package app.tandem.meeting;

import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import java.time.LocalDate;

/**
 * A check-in that took place is not moved, nor cancelled afterwards: its minutes belong to that
 * meeting, and its start is where the next check-in's agenda counts from (until December 2026 a held
 * check-in could still be cancelled, which told calendars a meeting that happened never did: an
 * outside review).
 */
public class CheckInHeld extends DomainException {

    private CheckInHeld(String field, String message) {
        super(Kind.CONFLICT, field, message);
    }

    /** Refuses to move a check-in that took place on {@code day}. */
    static CheckInHeld notMoved(LocalDate day) {
        return new CheckInHeld(
                "date",
                "This check-in took place on " + DayWords.of(day)
                        + ": it stays on its day, with its minutes. Schedule the next one instead.");
    }

    /** Refuses to cancel a check-in that took place on {@code day}. */
    static CheckInHeld notCancelled(LocalDate day) {
        return new CheckInHeld(
                "state",
                "This check-in took place on " + DayWords.of(day)
                        + ": it is not cancelled afterwards; it stays in calendars, with its minutes.");
    }
}
