package app.tandem.webhook;

import app.tandem.support.DomainException;

/** A switched-off subscription sends nothing, not even a test event or a delivery sent again. */
public class SubscriptionInactive extends DomainException {

    SubscriptionInactive() {
        super(Kind.CONFLICT, "active", "This subscription is switched off; switch it on to send to it.");
    }
}
