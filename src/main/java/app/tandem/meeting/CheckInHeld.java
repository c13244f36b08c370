package app.tandem.meeting;

import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import java.time.LocalDate;

/**
 * A check-in that took place is not moved: its minutes belong to that meeting, and its start is where
 * the next check-in's agenda counts from.
 */
public class CheckInHeld extends DomainException {

    CheckInHeld(LocalDate day) {
        super(
                Kind.CONFLICT,
                "date",
                "This check-in took place on " + DayWords.of(day)
                        + ": it stays on its day, with its minutes. Schedule the next one instead.");
    }
}
