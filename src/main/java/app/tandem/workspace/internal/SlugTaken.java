package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** Another workspace already uses that slug. */
public class SlugTaken extends DomainException {
    SlugTaken(String slug) {
        super(Kind.CONFLICT, "slug", "The address '" + slug + "' is taken. Choose another slug.");
    }
}
