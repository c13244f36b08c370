package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** A workspace must keep at least one admin. */
public class LastAdmin extends DomainException {
    LastAdmin() {
        super(Kind.CONFLICT, "role", "A workspace needs at least one admin. Make someone else admin first.");
    }

    private LastAdmin(String message) {
        super(Kind.CONFLICT, message);
    }

    /** The last admin leaving. */
    static LastAdmin leaving() {
        return new LastAdmin(
                "You are this workspace's last admin: make someone else an admin first, or delete the" + " workspace.");
    }
}
