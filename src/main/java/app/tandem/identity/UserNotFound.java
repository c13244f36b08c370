package app.tandem.identity;

import app.tandem.support.DomainException;

/** No person with that email or id. */
public class UserNotFound extends DomainException {
    UserNotFound(String field, String message) {
        super(Kind.NOT_FOUND, field, message);
    }
}
