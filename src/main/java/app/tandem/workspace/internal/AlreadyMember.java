package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** The person is already a member (of the workspace or of the team). */
public class AlreadyMember extends DomainException {
    AlreadyMember(String message) {
        super(Kind.CONFLICT, "email", message);
    }
}
