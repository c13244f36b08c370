package app.tandem.webhook;

import app.tandem.support.DomainException;

/**
 * Another subscription of the workspace already sends the same events to the same URL: a second one
 * would send every event twice. Names the field {@code url} and the subscription that does.
 */
public class DuplicateSubscription extends DomainException {

    DuplicateSubscription(long existingId, String url) {
        super(
                Kind.CONFLICT,
                "url",
                "Webhook " + existingId + " already sends these events to " + url
                        + ": a second one would send each event twice. Change that one, or choose other events.");
    }
}
