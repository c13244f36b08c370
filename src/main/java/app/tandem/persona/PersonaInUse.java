package app.tandem.persona;

import app.tandem.support.DomainException;
import java.util.List;

/** A persona cannot be deleted while something depends on it; the message lists what does. */
public class PersonaInUse extends DomainException {

    private final List<String> dependents;

    PersonaInUse(String name, List<String> dependents) {
        super(
                Kind.CONFLICT,
                name + " cannot be deleted while these depend on it: " + String.join("; ", dependents)
                        + ". Remove or reassign them first.");
        this.dependents = List.copyOf(dependents);
    }

    public List<String> dependents() {
        return dependents;
    }
}
