package app.tandem.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subscription with its new signing secret ({@code whsec_...}), shown only this once: after it was
 * created, or its secret rotated ({@code previousSecretValidUntil}: the old one signs too until then).
 */
public record SubscriptionSecret(
        SubscriptionView subscription,
        String secret,
        @Nullable Instant previousSecretValidUntil) {}
