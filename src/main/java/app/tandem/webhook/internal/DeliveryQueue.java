package app.tandem.webhook.internal;

import app.tandem.webhook.DeliveryLogEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The queue of deliveries, kept in the database ({@code webhook_deliveries}) so that a restart loses
 * nothing and every node works from it. A node claims a due delivery with a conditional update that
 * sets a lease ({@code lease_until}, {@code lease_token}) only when no lease holds it, so two nodes
 * never take the same row; it records the attempt's outcome only while its lease token is still the
 * row's. A node that crashed while sending leaves its lease to expire, and another claims the row
 * then: the same {@code event_id}, so the receiver sees the same {@code webhook-id} again. Each
 * statement commits alone.
 */
@Component
public class DeliveryQueue {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    /** The longest start of a response body kept in the log. */
    public static final int EXCERPT_MAX = 1024;

    /** A delivery a node claimed: what to send, and the token that proves the claim. */
    public record Claimed(
            long id,
            long subscriptionId,
            String eventId,
            String eventType,
            String payload,
            int attempts,
            String leaseToken) {}

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts an event in the queue for a subscription, due at {@code due}; nothing when the event is in
     * it already for that subscription (the key (subscription, event)).
     */
    public Optional<Long> enqueue(
            long subscriptionId, String eventId, String eventType, String payload, Instant now, Instant due) {
        // asked first: on PostgreSQL a refused insert would spoil the transaction it runs in (the listener's)
        boolean queued = jdbc.sql("select count(*) from webhook_deliveries where subscription_id = ? and event_id = ?")
                        .params(subscriptionId, eventId)
                        .query(Long.class)
                        .single()
                > 0;
        if (queued) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into webhook_deliveries (subscription_id, event_id, event_type, payload, created_at,"
                            + " state, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(
                            subscriptionId,
                            eventId,
                            eventType,
                            payload,
                            Timestamp.from(now),
                            PENDING,
                            Timestamp.from(due))
                    .update(key, "id");
        } catch (DuplicateKeyException queuedAlready) {
            return Optional.empty();
        }
        Number id = key.getKey();
        return Optional.of(id == null ? -1L : id.longValue());
    }

    /**
     * Claims up to {@code max} deliveries due at {@code now} of active subscriptions, each for {@code
     * lease}: a row is taken only by the update that finds it due and not held, so of two nodes
     * asking at once each row goes to one.
     */
    public List<Claimed> claim(Instant now, Duration lease, int max, String token) {
        Timestamp at = Timestamp.from(now);
        List<Long> due = jdbc.sql(
                        "select d.id from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id"
                                + " where d.state = ? and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until <= ?)"
                                + " and s.active = true order by d.next_attempt_at, d.id limit ?")
                .params(PENDING, at, at, max)
                .query(Long.class)
                .list();
        List<Claimed> claimed = new ArrayList<>();
        for (long id : due) {
            int taken = jdbc.sql(
                            "update webhook_deliveries set lease_until = ?, lease_token = ? where id = ? and state = ?"
                                    + " and next_attempt_at <= ? and (lease_until is null or lease_until <= ?)")
                    .params(Timestamp.from(now.plus(lease)), token, id, PENDING, at, at)
                    .update();
            if (taken == 1) {
                jdbc.sql("select id, subscription_id, event_id, event_type, payload, attempts, lease_token"
                                + " from webhook_deliveries where id = ? and lease_token = ?")
                        .params(id, token)
                        .query((rs, n) -> new Claimed(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getString(7)))
                        .optional()
                        .ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /**
     * Records where a claimed delivery stands after an attempt ({@code state}, the attempts made, when
     * the next is due) and frees it; false when the lease was lost meanwhile (another node has it).
     */
    public boolean finish(Claimed claimed, String state, int attempts, Instant nextAttemptAt) {
        return jdbc.sql(
                                "update webhook_deliveries set state = ?, attempts = ?, next_attempt_at = ?, lease_until = null,"
                                        + " lease_token = null where id = ? and lease_token = ?")
                        .params(state, attempts, Timestamp.from(nextAttemptAt), claimed.id(), claimed.leaseToken())
                        .update()
                == 1;
    }

    /** Frees a claimed delivery without an attempt (its subscription was switched off meanwhile). */
    public void release(Claimed claimed) {
        jdbc.sql(
                        "update webhook_deliveries set lease_until = null, lease_token = null where id = ? and lease_token = ?")
                .params(claimed.id(), claimed.leaseToken())
                .update();
    }

    /** Keeps an attempt for the delivery log. */
    public void recordAttempt(
            Claimed claimed,
            Instant at,
            String outcome,
            @Nullable Integer statusCode,
            long durationMs,
            @Nullable String excerpt,
            @Nullable String error) {
        jdbc.sql("insert into webhook_attempts (delivery_id, subscription_id, attempted_at, outcome, status_code,"
                        + " duration_ms, response_excerpt, error) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        claimed.id(),
                        claimed.subscriptionId(),
                        Timestamp.from(at),
                        outcome,
                        statusCode,
                        durationMs,
                        cut(excerpt, EXCERPT_MAX),
                        cut(error, 300))
                .update();
    }

    /** The subscription's attempts, the latest first, a page at a time. */
    public Page<DeliveryLogEntry> log(long subscriptionId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from webhook_attempts where subscription_id = ?")
                .param(subscriptionId)
                .query(Long.class)
                .single();
        List<DeliveryLogEntry> entries = jdbc.sql(
                        "select a.id, a.delivery_id, d.event_id, d.event_type, a.attempted_at,"
                                + " a.outcome, a.status_code, a.duration_ms, a.response_excerpt, a.error, d.state,"
                                + " d.next_attempt_at, s.active from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id"
                                + " join webhook_subscriptions s on s.id = d.subscription_id"
                                + " where a.subscription_id = ? order by a.attempted_at desc, a.id desc limit ? offset ?")
                .params(subscriptionId, pageable.getPageSize(), pageable.getOffset())
                .query(DeliveryQueue::entry)
                .list();
        return new PageImpl<>(entries, pageable, total);
    }

    private static DeliveryLogEntry entry(ResultSet rs, int n) throws SQLException {
        int code = rs.getInt(7);
        Integer statusCode = rs.wasNull() ? null : code;
        String state = rs.getString(11);
        // a switched-off subscription's delivery is not tried: it waits, with no next attempt
        boolean held = PENDING.equals(state) && !rs.getBoolean(13);
        return new DeliveryLogEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                statusCode,
                rs.getLong(8),
                rs.getString(9),
                rs.getString(10),
                state,
                PENDING.equals(state) && !held ? rs.getTimestamp(12).toInstant() : null,
                held);
    }

    /** The delivery's event id and type, when it is the subscription's. */
    public Optional<String[]> find(long subscriptionId, long deliveryId) {
        return jdbc.sql("select event_id, event_type from webhook_deliveries where id = ? and subscription_id = ?")
                .params(deliveryId, subscriptionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    /**
     * Delivers again: the delivery is due at {@code now} with a fresh round of attempts, the same
     * event id; one being sent right now (its lease holds) is left to that attempt.
     */
    public void redeliver(long deliveryId, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("update webhook_deliveries set state = ?, attempts = 0, next_attempt_at = ? where id = ?"
                        + " and (lease_until is null or lease_until <= ?)")
                .params(PENDING, at, deliveryId, at)
                .update();
    }

    /**
     * Forgets deliveries that are done (delivered or failed) and were queued before {@code before},
     * with their attempts; how many.
     */
    public int forgetDoneBefore(Instant before) {
        return jdbc.sql("delete from webhook_deliveries where state <> ? and created_at < ?")
                .params(PENDING, Timestamp.from(before))
                .update();
    }

    /** Where a delivery stands: its state and attempts made (for tests and the log). */
    public Optional<String> state(long deliveryId) {
        return jdbc.sql("select state from webhook_deliveries where id = ?")
                .param(deliveryId)
                .query(String.class)
                .optional();
    }

    /** Tandem switches a subscription off: its endpoint said it is gone (410). */
    public void disableSubscription(long subscriptionId, String reason) {
        jdbc.sql(
                        "update webhook_subscriptions set active = false, disabled_reason = ?, version = version + 1 where id = ?")
                .params(reason, subscriptionId)
                .update();
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
