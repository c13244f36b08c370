package app.tandem.identity;

import app.tandem.support.DomainException;

/** No token with that id among the caller's tokens. */
public class TokenNotFound extends DomainException {
    TokenNotFound(long id) {
        super(Kind.NOT_FOUND, "No API token " + id + " among yours.");
    }
}
