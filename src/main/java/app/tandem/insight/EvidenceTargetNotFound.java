package app.tandem.insight;

import app.tandem.support.DomainException;

/** No persona, user goal, journey stage or pain point with that id in this workspace. */
public class EvidenceTargetNotFound extends DomainException {
    public EvidenceTargetNotFound(EvidenceTarget target) {
        super(Kind.NOT_FOUND, "There is no " + target.kind().label() + " " + target.id() + " in this workspace.");
    }
}
