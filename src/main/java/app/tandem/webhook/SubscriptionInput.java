package app.tandem.webhook;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as an admin gives it: the URL (http or https) and the event types it wants by
 * their {@link WebhookEventType#type()}; {@code active} null keeps it as it is (on when created).
 */
public record SubscriptionInput(
        @Nullable String url,
        @Nullable List<String> eventTypes,
        @Nullable Boolean active) {

    /** The longest URL kept. */
    public static final int URL_MAX = 2000;
}
