package app.tandem.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing webhooks' settings ({@code tandem.webhooks.*}).
 *
 * @param retrySchedule the wait before each attempt: the first (0, at once) and after each failure;
 *     after the last failure the delivery has failed. The Standard Webhooks schedule by default.
 * @param pollInterval how often a node looks for deliveries that are due
 * @param batchSize how many due deliveries a node claims at a time
 * @param lease how long a claimed delivery is left to the node that claimed it; after that another
 *     node may claim it (its sender crashed)
 * @param connectTimeout how long to wait for the target to accept the connection
 * @param readTimeout how long to wait for its answer
 * @param rotationOverlap how long the previous secret still signs after a rotation
 * @param allowPrivateTargets whether targets on loopback and private networks are allowed, until an
 *     instance admin chooses at runtime
 * @param maxPerWorkspace the most subscriptions a workspace keeps
 * @param keepLogFor how long deliveries that are done stay in the delivery log
 */
@ConfigurationProperties("tandem.webhooks")
public record WebhookProperties(
        @DefaultValue({"0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h"})
        List<Duration> retrySchedule,

        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("24h") Duration rotationOverlap,
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("20") int maxPerWorkspace,
        @DefaultValue("30d") Duration keepLogFor) {

    public WebhookProperties {
        retrySchedule = List.copyOf(retrySchedule);
        if (retrySchedule.isEmpty()) {
            throw new IllegalArgumentException("tandem.webhooks.retry-schedule needs at least one attempt");
        }
    }
}
