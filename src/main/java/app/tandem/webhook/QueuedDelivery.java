package app.tandem.webhook;

/** A delivery put in the queue (a test event, or one delivered again): sent within moments. */
public record QueuedDelivery(long deliveryId, String eventId, String eventType) {}
