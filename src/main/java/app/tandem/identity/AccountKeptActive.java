package app.tandem.identity;

import app.tandem.support.DomainException;

/** An account that may not be deactivated: one's own, or the last active instance admin's (409). */
class AccountKeptActive extends DomainException {
    AccountKeptActive(String message) {
        super(Kind.CONFLICT, message);
    }
}
