package app.tandem.identity;

import app.tandem.support.DomainException;

/** The person has a token of that name already (not revoked), in any case. */
class TokenNameTaken extends DomainException {
    TokenNameTaken(String name) {
        super(
                Kind.CONFLICT,
                "name",
                "You have a token called '" + name
                        + "' already. Give this one another name, or revoke that one first.");
    }
}
