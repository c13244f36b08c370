package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** A workspace must keep at least one admin. */
public class LastAdmin extends DomainException {
    LastAdmin() {
        super(Kind.CONFLICT, "role", "A workspace needs at least one admin. Make someone else admin first.");
    }
}
