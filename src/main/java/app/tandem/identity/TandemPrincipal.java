package app.tandem.identity;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, the same whether they came through the login form or an API token.
 * Controllers take it with {@code @AuthenticationPrincipal TandemPrincipal me}.
 */
public final class TandemPrincipal implements UserDetails, CredentialsContainer {

    // as the JVM computed it before credentialsStamp was added: a session kept in the database by an
    // earlier version still reads (without a stamp, so it ends: SignedInWithCurrentPassword)
    @Serial
    private static final long serialVersionUID = 5070770560710199848L;

    private final long id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean instanceAdmin;
    private final boolean accountNonLocked;
    private final @Nullable String credentialsStamp;
    // (false in a session kept by an earlier version, which had no such field: it signed in active)
    private final boolean deactivated;

    TandemPrincipal(
            long id,
            String email,
            String displayName,
            String passwordHash,
            boolean instanceAdmin,
            boolean accountNonLocked,
            boolean deactivated) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.instanceAdmin = instanceAdmin;
        this.accountNonLocked = accountNonLocked;
        this.credentialsStamp = stampOf(passwordHash);
        this.deactivated = deactivated;
    }

    /**
     * A digest of the password hash this person signed in with, kept when the hash itself is erased:
     * a session whose stamp is not the one of the password now ends ({@link
     * SignedInWithCurrentPassword}), so changing or resetting a password signs out every other browser.
     */
    @Nullable String credentialsStamp() {
        return credentialsStamp;
    }

    /** The first 16 bytes of the SHA-256 of a password hash, in hex. */
    static String stampOf(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean instanceAdmin() {
        return instanceAdmin;
    }

    /** Initials for an avatar: "Maya Ortiz" gives "MO". */
    public String initials() {
        String[] words = displayName.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return instanceAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_INSTANCE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    /** False for a deactivated account: checked after its password, so only its owner learns it. */
    @Override
    public boolean isEnabled() {
        return !deactivated;
    }

    /** Drops the password hash once authentication is done, so it never sits in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TandemPrincipal other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "TandemPrincipal[" + id + ", " + email + "]";
    }
}
