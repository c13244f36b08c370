package app.tandem.initiative;

import app.tandem.support.DomainException;

/**
 * What an initiative was to be linked to is not in its workspace (a goal, KPI, user goal, insight,
 * stage or pain point of another workspace, or of nothing): 404 naming the field.
 */
public class LinkTargetNotFound extends DomainException {

    LinkTargetNotFound(String field, String what, long id) {
        super(Kind.NOT_FOUND, field, "No " + what + " " + id + " in this workspace.");
    }
}
