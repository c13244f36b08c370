package app.tandem.insight.theme;

import app.tandem.support.DomainException;

/** The workspace already has a theme of that name. */
public class ThemeNameTaken extends DomainException {
    ThemeNameTaken(String name) {
        super(Kind.CONFLICT, "name", "There is already a theme called '" + name + "'.");
    }
}
