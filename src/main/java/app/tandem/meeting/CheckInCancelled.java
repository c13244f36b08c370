package app.tandem.meeting;

import app.tandem.support.DomainException;

/** A cancelled check-in cannot be moved, nor its agenda or minutes changed; it stays as it was. */
public class CheckInCancelled extends DomainException {

    CheckInCancelled() {
        super(Kind.CONFLICT, "state", "This check-in was cancelled; it stays as it was.");
    }
}
