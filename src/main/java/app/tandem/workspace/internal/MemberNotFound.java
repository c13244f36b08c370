package app.tandem.workspace.internal;

import app.tandem.support.DomainException;

/** That person is not a member of this workspace. */
public class MemberNotFound extends DomainException {
    MemberNotFound(String field, String message) {
        super(Kind.NOT_FOUND, field, message);
    }
}
