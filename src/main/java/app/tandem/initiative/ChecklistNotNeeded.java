package app.tandem.initiative;

import app.tandem.support.DomainException;

/** An information-design step was answered for an initiative that is not a feature. 409 naming {@code kind}. */
public class ChecklistNotNeeded extends DomainException {

    ChecklistNotNeeded(String sentence) {
        super(Kind.CONFLICT, "kind", sentence);
    }
}
