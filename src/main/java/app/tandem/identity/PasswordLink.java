package app.tandem.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link with which a person chooses a password, created by an instance admin. Only the
 * SHA-256 hash of its secret is stored; it works until it expires, is used, or a newer link for the
 * same person replaces it (then it is ended).
 */
@Entity
@Table(name = "password_links")
class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_links_seq")
    @SequenceGenerator(name = "password_links_seq", sequenceName = "password_links_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Written only by bulk updates ({@code PasswordLinkRepository.end*}), never through the entity. */
    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Version
    private long version;

    protected PasswordLink() {
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    PasswordLink(long userId, long createdBy, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.createdBy = createdBy;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Password link is not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean ended() {
        return endedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
