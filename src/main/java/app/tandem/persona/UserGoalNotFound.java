package app.tandem.persona;

import app.tandem.support.DomainException;
import org.jspecify.annotations.Nullable;

/** No user goal with that id in this workspace. */
public class UserGoalNotFound extends DomainException {
    UserGoalNotFound(@Nullable String field, long id) {
        super(Kind.NOT_FOUND, field, "There is no user goal " + id + " in this workspace.");
    }
}
