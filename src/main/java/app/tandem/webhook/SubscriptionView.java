package app.tandem.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as its admins see it (never its secret): {@code disabledReason} says why Tandem
 * switched it off (the endpoint answered 410), {@code previousSecretValidUntil} until when the secret
 * before the last rotation still signs.
 */
public record SubscriptionView(
        long id,
        String url,
        List<String> eventTypes,
        boolean active,
        @Nullable String disabledReason,
        @Nullable Instant previousSecretValidUntil,
        Instant createdAt,
        long version) {}
