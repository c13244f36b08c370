package app.tandem.identity;

import app.tandem.support.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of this instance: what other modules may ask of identity. */
@Service
@Transactional(readOnly = true)
public class Users {

    static final int MIN_PASSWORD_LENGTH = 10;

    /**
     * The longest password in bytes (UTF-8): bcrypt reads no more than 72, and Spring Security
     * refuses to hash a longer one rather than ignore the rest.
     */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;

    Users(UserRepository users, PasswordEncoder passwordEncoder, IdentityProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    public Optional<UserSummary> findByEmail(String email) {
        return users.findByEmail(User.normalizeEmail(email)).map(User::toSummary);
    }

    public UserSummary byEmail(String email) {
        return findByEmail(email)
                .orElseThrow(() -> new UserNotFound(
                        "email",
                        "Nobody signs in with " + email.strip()
                                + " yet. An instance admin can create the account first."));
    }

    public Optional<UserSummary> findById(long id) {
        return users.findById(id).map(User::toSummary);
    }

    public List<UserSummary> byIds(Collection<Long> ids) {
        return users.findByIdIn(ids).stream().map(User::toSummary).toList();
    }

    Page<UserSummary> all(Pageable pageable) {
        return users.findAllByOrderByEmailAsc(pageable).map(User::toSummary);
    }

    /** Creates a person who can sign in; an instance admin's action. */
    @Transactional
    public UserSummary create(String email, String displayName, String password, boolean instanceAdmin) {
        String normalized = User.normalizeEmail(email);
        if (users.existsByEmail(normalized)) {
            throw new EmailAlreadyUsed(normalized);
        }
        checkPassword("password", password);
        return users.save(new User(normalized, displayName, passwordEncoder.encode(password), instanceAdmin))
                .toSummary();
    }

    @Transactional
    void changePassword(long userId, String currentPassword, String newPassword) {
        User user = users.findById(userId).orElseThrow(() -> new UserNotFound("id", "No such user."));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInput("currentPassword", "The current password is not right.");
        }
        checkPassword("newPassword", newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    /** Refuses a password that is too short, or too long for bcrypt, naming {@code field}. */
    private static void checkPassword(String field, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput(field, "The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput(
                    field,
                    "The password may be at most " + MAX_PASSWORD_BYTES
                            + " bytes; a long passphrase of plain words fits (letters such as é take two bytes).");
        }
    }

    /**
     * Counts a failed sign-in; after {@code tandem.login.max-failures} in a row the account locks
     * for {@code tandem.login.lockout}. Both are bulk updates in one transaction (the first holds
     * the row), so parallel failures are each counted and none fails on a conflict.
     */
    @Transactional
    void loginFailed(String email) {
        String normalized = User.normalizeEmail(email);
        if (users.countFailedLogin(normalized) > 0) {
            users.lockAfterFailures(
                    normalized,
                    properties.login().maxFailures(),
                    Instant.now().plus(properties.login().lockout()));
        }
    }

    @Transactional
    void loginSucceeded(String email) {
        users.forgetFailedLogins(User.normalizeEmail(email));
    }

    long count() {
        return users.count();
    }
}
