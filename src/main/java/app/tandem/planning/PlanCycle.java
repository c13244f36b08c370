package app.tandem.planning;

import app.tandem.support.DomainException;

/** The dependencies go round in a circle, so the plan cannot be ordered; names the circle. */
public class PlanCycle extends DomainException {

    PlanCycle(String circle) {
        super(Kind.CONFLICT, "The plan cannot be ordered: its dependencies go round in a circle (" + circle + ").");
    }
}
