package app.tandem.identity;

import app.tandem.support.DomainException;

/** A read-only API token was sent with a request that would change something: 403 {@code read-only-token}. */
class ReadOnlyToken extends DomainException {
    ReadOnlyToken(String method) {
        super(
                Kind.FORBIDDEN,
                "This API token can only read (GET and HEAD), and " + method
                        + " changes things. Use a token that is not read-only.");
    }
}
