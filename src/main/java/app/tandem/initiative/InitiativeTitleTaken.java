package app.tandem.initiative;

import app.tandem.support.DomainException;

/**
 * Another initiative of the workspace has that title (in any case): lists, the plan and the
 * what-if's choices name initiatives by title, and an import leaves out a row whose title is taken.
 */
public class InitiativeTitleTaken extends DomainException {
    InitiativeTitleTaken(String title) {
        super(
                Kind.CONFLICT,
                "title",
                "There is an initiative titled '" + title + "' already. Give this one its own title.");
    }
}
