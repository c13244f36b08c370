package app.tandem.webhook;

import app.tandem.support.DomainException;

/** No delivery with this id for the subscription. */
public class DeliveryNotFound extends DomainException {

    DeliveryNotFound(long id) {
        super(Kind.NOT_FOUND, "No delivery " + id + " for this webhook subscription.");
    }
}
