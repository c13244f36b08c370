package app.tandem.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver an event to a subscription: when, with what outcome ({@code DELIVERED},
 * {@code RETRYING}, {@code FAILED}, {@code REFUSED}), the response's status code (none when no
 * answer came), how long it took, the start of the response's body and what went wrong. {@code
 * deliveryState} is where the delivery stands now, {@code eventId} its {@code webhook-id}; {@code
 * nextAttemptAt} when a {@code PENDING} one is tried next. {@code held}: it waits while the
 * subscription is switched off (no next attempt then; it is sent once the subscription is switched on
 * again).
 */
public record DeliveryLogEntry(
        long id,
        long deliveryId,
        String eventId,
        String eventType,
        Instant attemptedAt,
        String outcome,
        @Nullable Integer statusCode,
        long durationMs,
        @Nullable String responseExcerpt,
        @Nullable String error,
        String deliveryState,
        @Nullable Instant nextAttemptAt,
        boolean held) {}
