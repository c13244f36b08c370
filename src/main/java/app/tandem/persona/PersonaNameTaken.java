package app.tandem.persona;

import app.tandem.support.DomainException;

/**
 * Another persona of the same team (or another shared persona) has that name, in any case: the
 * persona pickers and lists name personas, and two alike could not be told apart.
 */
public class PersonaNameTaken extends DomainException {
    PersonaNameTaken(String name, boolean shared) {
        super(
                Kind.CONFLICT,
                "name",
                (shared ? "There is a shared persona named '" : "This team has a persona named '") + name
                        + "' already. Give this one its own name.");
    }
}
