package app.tandem.insight.theme;

import app.tandem.support.DomainException;

/** No theme with that id in this workspace. */
public class ThemeNotFound extends DomainException {
    ThemeNotFound(long id) {
        super(Kind.NOT_FOUND, "No theme " + id + " in this workspace.");
    }

    /** A theme named in a request's field (merge with it) does not exist here. */
    ThemeNotFound(String field, long id) {
        super(Kind.INVALID, field, "No theme " + id + " in this workspace.");
    }
}
