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
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Tandem. */
@Entity
@Table(name = "users")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    private @Nullable Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "instance_admin")
    private boolean instanceAdmin;

    /** Written only by bulk updates ({@code UserRepository.countAttempt} and the like), never through the entity. */
    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private @Nullable Instant deactivatedAt;

    @Version
    private long version;

    protected User() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    User(String email, String displayName, String passwordHash, boolean instanceAdmin) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.instanceAdmin = instanceAdmin;
        this.createdAt = Instant.now();
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("User is not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean instanceAdmin() {
        return instanceAdmin;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    boolean active() {
        return deactivatedAt == null;
    }

    /** Signing in, its sessions and its tokens end, until {@link #reactivate}. */
    void deactivate(Instant now) {
        if (deactivatedAt == null) {
            deactivatedAt = now;
        }
    }

    /** Active again, and not locked any more either (an admin who reactivates someone means it). */
    void reactivate() {
        deactivatedAt = null;
        lockedUntil = null;
        failedLogins = 0;
    }

    long version() {
        return version;
    }

    TandemPrincipal toPrincipal() {
        return new TandemPrincipal(
                id(), email, displayName, passwordHash, instanceAdmin, !lockedAt(Instant.now()), !active());
    }

    /** The account as an instance admin sees it in the list of people. */
    AccountView toAccount(Instant now) {
        return new AccountView(
                id(),
                email,
                displayName,
                instanceAdmin,
                active(),
                deactivatedAt,
                lockedAt(now) ? lockedUntil : null,
                version);
    }

    UserSummary toSummary() {
        return new UserSummary(id(), email, displayName);
    }
}
