package app.tandem.persona;

import app.tandem.support.DomainException;
import org.jspecify.annotations.Nullable;

/** No persona with that id in this workspace. */
public class PersonaNotFound extends DomainException {
    PersonaNotFound(@Nullable String field, long id) {
        super(Kind.NOT_FOUND, field, "There is no persona " + id + " in this workspace.");
    }
}
