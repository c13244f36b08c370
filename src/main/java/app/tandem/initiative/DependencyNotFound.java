package app.tandem.initiative;

import app.tandem.support.DomainException;

/** No dependency with that id on this initiative. */
public class DependencyNotFound extends DomainException {

    DependencyNotFound(long initiativeId, long dependencyId) {
        super(Kind.NOT_FOUND, "No dependency " + dependencyId + " on initiative " + initiativeId + ".");
    }
}
