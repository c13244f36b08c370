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

/** A personal API token. Only its SHA-256 hash is stored; the token itself is shown once. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_tokens_seq")
    @SequenceGenerator(name = "api_tokens_seq", sequenceName = "api_tokens_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "user_id")
    private long userId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    private String prefix;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "read_only")
    private boolean readOnly;

    /** The one workspace the token works in; null: every workspace its owner is a member of. */
    @Column(name = "workspace_id")
    private @Nullable Long workspaceId;

    @Version
    private long version;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.prefix = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(
            long userId,
            String name,
            String tokenHash,
            String prefix,
            Instant createdAt,
            @Nullable Instant expiresAt,
            boolean readOnly,
            @Nullable Long workspaceId) {
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.readOnly = readOnly;
        this.workspaceId = workspaceId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Token is not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    String name() {
        return name;
    }

    boolean active() {
        return revokedAt == null;
    }

    /** Whether the token's last moment is past at {@code now} (never, when it has no end). */
    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Nullable Instant expiresAt() {
        return expiresAt;
    }

    boolean readOnly() {
        return readOnly;
    }

    @Nullable Long workspaceId() {
        return workspaceId;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    /** Whether a use after {@code since} is recorded already. */
    boolean usedAfter(Instant since) {
        return lastUsedAt != null && !lastUsedAt.isBefore(since);
    }

    /** The token as its owner sees it, with the workspace it is for ({@code workspace}, none for every one). */
    TokenView toView(TokenWorkspaces.@Nullable TokenWorkspace workspace) {
        return new TokenView(id(), name, prefix, createdAt, lastUsedAt, revokedAt, expiresAt, readOnly, workspace);
    }
}
