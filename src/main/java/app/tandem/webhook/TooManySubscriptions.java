package app.tandem.webhook;

import app.tandem.support.DomainException;

/** A workspace keeps at most a few subscriptions. */
public class TooManySubscriptions extends DomainException {

    TooManySubscriptions(int max) {
        super(
                Kind.CONFLICT,
                "url",
                "A workspace keeps at most " + max + " webhook subscriptions; change or delete one.");
    }
}
