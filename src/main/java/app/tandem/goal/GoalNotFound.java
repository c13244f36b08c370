package app.tandem.goal;

import app.tandem.support.DomainException;

/** No goal with that id here. */
public class GoalNotFound extends DomainException {
    GoalNotFound(long id) {
        super(Kind.NOT_FOUND, "No goal " + id + " in this workspace.");
    }

    GoalNotFound(String field, String message) {
        super(Kind.NOT_FOUND, field, message);
    }
}
