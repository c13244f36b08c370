package app.tandem.review;

import app.tandem.support.DomainException;

/** Only members of the workspace are invited to review its work. */
public class ReviewerNotMember extends DomainException {

    ReviewerNotMember(long userId) {
        super(
                Kind.INVALID,
                "userId",
                "Person " + userId + " is not a member of this workspace: invite them to the workspace first.");
    }
}
