package app.tandem.initiative;

import app.tandem.support.DomainException;

/** The hand-off was already marked delivered. 409. */
public class DependencyAlreadyDelivered extends DomainException {

    DependencyAlreadyDelivered(long dependencyId) {
        super(Kind.CONFLICT, "Dependency " + dependencyId + " is already delivered.");
    }
}
