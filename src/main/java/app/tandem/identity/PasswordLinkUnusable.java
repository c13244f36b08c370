package app.tandem.identity;

import app.tandem.support.DomainException;

/** A password link that does not work (any more): unknown, used or replaced, or expired. */
class PasswordLinkUnusable extends DomainException {

    /** Why the link does not work; the page says so. */
    enum Reason {
        UNKNOWN,
        ENDED,
        EXPIRED
    }

    private final Reason reason;

    private PasswordLinkUnusable(Reason reason, String message) {
        super(Kind.NOT_FOUND, message);
        this.reason = reason;
    }

    static PasswordLinkUnusable unknown() {
        return new PasswordLinkUnusable(
                Reason.UNKNOWN,
                "This link does not work: check that it was copied whole, or ask an instance admin for a new one.");
    }

    static PasswordLinkUnusable ended() {
        return new PasswordLinkUnusable(
                Reason.ENDED,
                "This link was used already, or an instance admin created a newer one: each link works once."
                        + " Sign in with your password, or ask an instance admin for a new link.");
    }

    static PasswordLinkUnusable expired() {
        return new PasswordLinkUnusable(Reason.EXPIRED, "This link has expired. Ask an instance admin for a new one.");
    }

    Reason reason() {
        return reason;
    }
}
