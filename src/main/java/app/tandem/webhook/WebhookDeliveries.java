package app.tandem.webhook;

import app.tandem.support.DayWords;
import app.tandem.webhook.internal.DeliveryQueue;
import app.tandem.webhook.internal.DeliveryQueue.Claimed;
import app.tandem.webhook.internal.Signatures;
import app.tandem.webhook.internal.Subscription;
import app.tandem.webhook.internal.SubscriptionRepository;
import app.tandem.webhook.internal.Targets;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the queue, on every node: every {@code tandem.webhooks.poll-interval} it
 * claims a few due deliveries ({@link DeliveryQueue#claim}: a row goes to one node only), checks the
 * target again (its name resolved now), and posts each with the Standard Webhooks headers, following
 * no redirect. A 2xx answer delivers it; a 410 switches the subscription off; any other answer or
 * none is tried again after the next wait of {@code tandem.webhooks.retry-schedule}, not before a
 * 429's {@code Retry-After}; after the last the delivery has failed. Each attempt is kept for the
 * delivery log, for {@code tandem.webhooks.keep-log-for} (30 days by default) once the delivery is
 * done; every node forgets older ones once an hour (the same rows: harmless when two do).
 */
@Component
class WebhookDeliveries {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final DeliveryQueue queue;
    private final SubscriptionRepository subscriptions;
    private final Targets targets;
    private final WebhookProperties properties;
    /**
     * Made for the first delivery, not with the bean: its TLS set-up reads the JDK's trust store,
     * about 50 ms of a start on 2 cores, which a server with no webhook never needs.
     */
    private @Nullable CloseableHttpClient http;
    /** Set as the server stops: no client is made after that. */
    private boolean closed;

    private final Clock clock = Clock.systemUTC();

    /** How often a node forgets the deliveries older than {@code tandem.webhooks.keep-log-for}. */
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    private volatile Instant lastForgotten = Instant.EPOCH;

    WebhookDeliveries(
            DeliveryQueue queue, SubscriptionRepository subscriptions, Targets targets, WebhookProperties properties) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.properties = properties;
    }

    private synchronized CloseableHttpClient http() {
        if (closed) {
            throw new IllegalStateException("Webhook deliveries have stopped: the server is stopping");
        }
        if (http == null) {
            http = targets.deliveryClient(
                    properties.connectTimeout(), properties.readTimeout(), properties.batchSize());
        }
        return http;
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (http != null) {
            http.close(CloseMode.GRACEFUL);
        }
    }

    @Scheduled(fixedDelayString = "${tandem.webhooks.poll-interval:1s}")
    void deliverDue() {
        try {
            deliverDue(properties.lease());
            Instant now = clock.instant();
            if (lastForgotten.plus(FORGET_EVERY).isBefore(now)) {
                lastForgotten = now;
                queue.forgetDoneBefore(now.minus(properties.keepLogFor()));
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries could not be claimed: {}", e.getMessage());
        }
    }

    /** Claims what is due now for {@code lease} and sends it; how many were claimed. */
    int deliverDue(Duration lease) {
        List<Claimed> claimed = queue.claim(
                clock.instant(),
                lease,
                properties.batchSize(),
                UUID.randomUUID().toString());
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Claimed delivery : claimed) {
                senders.submit(() -> send(delivery));
            }
        }
        return claimed.size();
    }

    private void send(Claimed delivery) {
        try {
            attempt(delivery);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} failed unexpectedly: {}", delivery.id(), e.toString());
        }
    }

    private void attempt(Claimed delivery) {
        Optional<Subscription> found = subscriptions.findById(delivery.subscriptionId());
        if (found.isEmpty() || !found.get().active()) {
            queue.release(delivery);
            return;
        }
        Subscription subscription = found.get();
        Instant start = clock.instant();
        int attempts = delivery.attempts() + 1;
        URI target;
        try {
            target = targets.check(subscription.url());
        } catch (TargetRefused refused) {
            queue.recordAttempt(delivery, start, "REFUSED", null, 0, null, refused.getMessage());
            queue.finish(delivery, DeliveryQueue.FAILED, attempts, start);
            return;
        }
        long timestamp = start.getEpochSecond();
        HttpPost request = new HttpPost(target);
        request.setHeader("User-Agent", "Tandem-Webhooks/1");
        request.setHeader("webhook-id", delivery.eventId());
        request.setHeader("webhook-timestamp", Long.toString(timestamp));
        request.setHeader(
                "webhook-signature",
                Signatures.header(
                        subscription.signingSecrets(start), delivery.eventId(), timestamp, delivery.payload()));
        request.setEntity(new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON));
        Integer status = null;
        String excerpt = null;
        String error = null;
        Duration retryAfter = null;
        // the response is closed, not read to its end: an endpoint answering gigabytes costs 1 KB
        try (ClassicHttpResponse response = http().executeOpen(null, request, null)) {
            status = response.getCode();
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                try (InputStream body = entity.getContent()) {
                    excerpt = new String(body.readNBytes(DeliveryQueue.EXCERPT_MAX), StandardCharsets.UTF_8);
                }
            } else {
                excerpt = "";
            }
            Header header = response.getFirstHeader("Retry-After");
            retryAfter = header == null ? null : retryAfter(header.getValue(), clock.instant());
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Instant end = clock.instant();
        long ms = Duration.between(start, end).toMillis();
        if (status != null && status >= 200 && status < 300) {
            queue.recordAttempt(delivery, start, "DELIVERED", status, ms, excerpt, null);
            queue.finish(delivery, DeliveryQueue.DELIVERED, attempts, end);
            return;
        }
        if (status != null && status == 410) {
            queue.recordAttempt(delivery, start, "FAILED", status, ms, excerpt, "The endpoint is gone (410).");
            queue.finish(delivery, DeliveryQueue.FAILED, attempts, end);
            queue.disableSubscription(
                    subscription.id(),
                    "The endpoint answered 410 Gone on " + DayWords.time(start) + "; Tandem switched it off.");
            return;
        }
        List<Duration> schedule = properties.retrySchedule();
        if (attempts >= schedule.size()) {
            queue.recordAttempt(delivery, start, "FAILED", status, ms, excerpt, error);
            queue.finish(delivery, DeliveryQueue.FAILED, attempts, end);
            return;
        }
        Instant next = end.plus(schedule.get(attempts));
        if (retryAfter != null && status != null && (status == 429 || status == 503)) {
            Instant notBefore = end.plus(retryAfter);
            if (notBefore.isAfter(next)) {
                next = notBefore;
            }
        }
        queue.recordAttempt(delivery, start, "RETRYING", status, ms, excerpt, error);
        queue.finish(delivery, DeliveryQueue.PENDING, attempts, next);
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date; null when it is neither. */
    static @Nullable Duration retryAfter(String value, Instant now) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
