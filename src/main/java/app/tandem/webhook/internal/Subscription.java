package app.tandem.webhook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's webhook subscription: where to send (a URL checked before it got here), which event
 * types, whether it is on, and its signing secret with the previous one while a rotation overlaps.
 */
@Entity
@Table(name = "webhook_subscriptions")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscriptions_seq")
    @SequenceGenerator(
            name = "webhook_subscriptions_seq",
            sequenceName = "webhook_subscriptions_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String url;

    @Column(name = "event_types")
    private String eventTypes;

    private boolean active;

    @Column(name = "disabled_reason")
    private @Nullable String disabledReason;

    private String secret;

    @Column(name = "previous_secret")
    private @Nullable String previousSecret;

    @Column(name = "previous_secret_until")
    private @Nullable Instant previousSecretUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Subscription() {
        this.url = "";
        this.eventTypes = "";
        this.secret = "";
        this.createdAt = Instant.EPOCH;
    }

    public Subscription(long workspaceId, String url, List<String> eventTypes, String secret, Instant now) {
        this();
        this.workspaceId = workspaceId;
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.secret = secret;
        this.active = true;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public boolean wants(String type) {
        return eventTypes().contains(type);
    }

    public boolean active() {
        return active;
    }

    public @Nullable String disabledReason() {
        return disabledReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** Changes where it sends and what; switching it on or off as asked (null: as it is). */
    public void define(String url, List<String> eventTypes, @Nullable Boolean active) {
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        if (active != null) {
            this.active = active;
            this.disabledReason = null;
        }
    }

    /** Tandem switches it off: the endpoint said it is gone. */
    public void disable(String reason) {
        this.active = false;
        this.disabledReason = reason;
    }

    /** A new secret signs from now on; the current one signs too until {@code until}. */
    public void rotate(String newSecret, Instant until) {
        this.previousSecret = secret;
        this.previousSecretUntil = until;
        this.secret = newSecret;
    }

    /** The secrets that sign at {@code now}: the current one, and the previous one during the overlap. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /** Until when the previous secret signs, while it does. */
    public @Nullable Instant previousSecretValidUntil(Instant now) {
        return previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecretUntil : null;
    }
}
