package app.tandem.initiative;

import app.tandem.support.DomainException;

/** The initiative already needs the same kind of thing from the same provider. 409, naming {@code providerId}. */
public class DependencyExists extends DomainException {

    DependencyExists(String message) {
        super(Kind.CONFLICT, "providerId", message);
    }
}
