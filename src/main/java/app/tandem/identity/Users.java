package app.tandem.identity;

import app.tandem.support.ConcurrentChange;
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

    /** Every account, as an instance admin manages them: active or not, locked or not, by email. */
    Page<AccountView> accounts(Pageable pageable) {
        Instant now = Instant.now();
        return users.findAllByOrderByEmailAsc(pageable).map(user -> user.toAccount(now));
    }

    AccountView account(long id) {
        return user(id).toAccount(Instant.now());
    }

    /**
     * Deactivates an account, from the version the instance admin read: its person can no longer
     * sign in, their sessions end at their next page on every node, and their API tokens are refused
     * (401), until it is reactivated. Nobody deactivates their own account, nor the last active
     * instance admin's; deactivating an inactive account changes nothing.
     */
    @Transactional
    AccountView deactivate(long actingId, long id, long startedFrom) {
        User user = user(id);
        ConcurrentChange.check("this account", startedFrom, user.version());
        if (user.active()) {
            if (id == actingId) {
                throw new AccountKeptActive("You cannot deactivate your own account: another instance admin can.");
            }
            if (user.instanceAdmin() && users.countActiveInstanceAdmins() <= 1) {
                throw new AccountKeptActive("This is the last active instance admin: make someone else an instance"
                        + " admin first, or nobody could manage the accounts.");
            }
            user.deactivate(Instant.now());
            users.flush(); // the answer carries the new version
        }
        return user.toAccount(Instant.now());
    }

    /**
     * Reactivates an account, from the version the instance admin read, and ends a lockout of it
     * after failed sign-ins: its person signs in again with the password they had.
     */
    @Transactional
    AccountView reactivate(long id, long startedFrom) {
        User user = user(id);
        ConcurrentChange.check("this account", startedFrom, user.version());
        Instant now = Instant.now();
        if (!user.active() || user.lockedAt(now)) {
            user.reactivate();
            users.flush();
        }
        return user.toAccount(now);
    }

    private User user(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFound("id", "No person " + id + "."));
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

    /**
     * Changes a person's password after checking the current one, which counts as a sign-in attempt:
     * wrong ones in a row lock the account as wrong sign-ins do (the count is kept although the
     * refusal is thrown), so the form cannot be used to guess a signed-in person's password. Returns
     * the person as signed in with the new password: every session signed in with the old one ends.
     */
    @Transactional(noRollbackFor = InvalidInput.class)
    TandemPrincipal changePassword(long userId, String currentPassword, String newPassword) {
        User user = users.findById(userId).orElseThrow(() -> new UserNotFound("id", "No such user."));
        String email = user.toSummary().email();
        if (users.countAttempt(email, properties.login().maxFailures(), Instant.now()) == 0) {
            throw new InvalidInput(
                    "currentPassword",
                    "Too many wrong passwords in a row: the account is locked for a while. Try again later.");
        }
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            loginFailed(email);
            throw new InvalidInput("currentPassword", "The current password is not right.");
        }
        users.forgetFailedLogins(email);
        checkPassword("newPassword", newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
        // the person as signed in with the new password (its hash erased, its stamp kept)
        TandemPrincipal signedIn = user.toPrincipal();
        signedIn.eraseCredentials();
        return signedIn;
    }

    /**
     * Refuses a password that is too short, too long for bcrypt, one of the most common ones, or
     * one otherwise easy to guess ({@link CommonPasswords}), naming {@code field}.
     */
    static void checkPassword(String field, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput(field, "The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput(
                    field,
                    "The password may be at most " + MAX_PASSWORD_BYTES
                            + " bytes; a long passphrase of plain words fits (letters such as é take two bytes).");
        }
        if (CommonPasswords.contains(password)) {
            throw new InvalidInput(
                    field,
                    "This is one of the most common passwords, the first ones anyone guessing tries."
                            + " Choose another: a few plain words of your own make a good one.");
        }
        if (CommonPasswords.easyToGuess(password)) {
            throw new InvalidInput(
                    field,
                    "This password is easy to guess: a plain word or name, a date, a keyboard row or a repeated"
                            + " pattern is among the first things anyone guessing tries."
                            + " Choose another: a few plain words of your own make a good one.");
        }
    }

    /**
     * Counts a sign-in attempt before its password is compared; false when the account is locked or
     * has used up its {@code tandem.login.max-failures} attempts in a row (then no password is
     * compared). An email with no account is let through, to fail as any wrong password does.
     */
    @Transactional
    boolean countAttempt(String email) {
        String normalized = User.normalizeEmail(email);
        return users.countAttempt(normalized, properties.login().maxFailures(), Instant.now()) > 0
                || !users.existsByEmail(normalized);
    }

    /**
     * A counted attempt had the wrong password: once {@code tandem.login.max-failures} are counted in
     * a row, the account locks for {@code tandem.login.lockout} (a bulk update that leaves the version
     * alone, so parallel failures never conflict).
     */
    @Transactional
    void loginFailed(String email) {
        users.lockAfterFailures(
                User.normalizeEmail(email),
                properties.login().maxFailures(),
                Instant.now().plus(properties.login().lockout()));
    }

    @Transactional
    void loginSucceeded(String email) {
        users.forgetFailedLogins(User.normalizeEmail(email));
    }
}
