package app.tandem.webhook;

import app.tandem.support.DomainException;

/** No webhook subscription with this id in the workspace. */
public class SubscriptionNotFound extends DomainException {

    SubscriptionNotFound(long id) {
        super(Kind.NOT_FOUND, "No webhook subscription " + id + " in this workspace.");
    }
}
