package app.tandem.identity;

import app.tandem.support.DomainException;

/** Someone already signs in with that email. */
public class EmailAlreadyUsed extends DomainException {
    EmailAlreadyUsed(String email) {
        super(Kind.CONFLICT, "email", "Someone already signs in with " + email + ".");
    }
}
