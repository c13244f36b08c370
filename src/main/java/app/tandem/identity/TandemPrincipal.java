package app.tandem.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, the same whether they came through the login form or an API token.
 * Controllers take it with {@code @AuthenticationPrincipal TandemPrincipal me}.
 */
public final class TandemPrincipal implements UserDetails, CredentialsContainer {

    private final long id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean instanceAdmin;
    private final boolean accountNonLocked;

    TandemPrincipal(
            long id,
            String email,
            String displayName,
            String passwordHash,
            boolean instanceAdmin,
            boolean accountNonLocked) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.instanceAdmin = instanceAdmin;
        this.accountNonLocked = accountNonLocked;
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
