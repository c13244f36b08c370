package app.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with email and password, counting each attempt before the password is compared: first
 * against the sign-in rate limits ({@link RateLimits}, per client address and per account; a
 * success gives the attempt back), then against the failures in a row. A
 * locked account, or one whose attempts in a row have reached the limit, is refused without a
 * comparison. Counting first (one row update each, queued on the row) means parallel wrong
 * passwords cannot slip past the limit while the slow hash runs, as they could when failures were
 * counted after it.
 *
 * <p>A browser the account trusts (its device cookie: {@link TrustedDevices}) is counted apart: its
 * own failures in a row lock it alone, and neither the account's lock nor the account's rate limit
 * applies to it (the address's does).
 */
final class AttemptCountingProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final Users users;
    private final RateLimits limits;
    private final TrustedDevices devices;
    private final IdentityProperties.Login login;

    AttemptCountingProvider(
            AuthenticationProvider passwords,
            Users users,
            RateLimits limits,
            TrustedDevices devices,
            IdentityProperties.Login login) {
        this.passwords = passwords;
        this.users = users;
        this.limits = limits;
        this.devices = devices;
        this.login = login;
    }

    /** The sign-in rate limits are used up (429, answered by the failure handler). */
    static final class Throttled extends AccountStatusException {
        private final SignInThrottled refusal;

        Throttled(SignInThrottled refusal) {
            super(String.valueOf(refusal.getMessage()));
            this.refusal = refusal;
        }

        SignInThrottled refusal() {
            return refusal;
        }
    }

    /** Too many wrong passwords in a row from a browser the account trusts: it alone is locked. */
    static final class BrowserLocked extends LockedException {
        BrowserLocked() {
            super("Too many failed sign-ins in a row from this browser");
        }
    }

    /**
     * The details of a sign-in through the form: the client's address and the hash of its device
     * cookie. Only for the attempt: what is signed in keeps Spring's plain details (a session a node of
     * the previous version reads).
     */
    static final class SignInDetails extends WebAuthenticationDetails {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient @Nullable String deviceHash;

        SignInDetails(HttpServletRequest request) {
            super(request);
            this.deviceHash = TrustedDevices.cookieHash(request);
        }

        @Nullable String deviceHash() {
            return deviceHash;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "";
        Optional<Long> device = authentication.getDetails() instanceof SignInDetails details
                ? devices.find(details.deviceHash(), email)
                : Optional.empty();
        String account = device.isPresent() ? null : email;
        RateLimits.Decision throttle = limits.signInAttempt(address, account);
        if (!throttle.allowed()) {
            throw new Throttled(new SignInThrottled(null, throttle.retryAfterSeconds()));
        }
        boolean counted = device.isPresent()
                ? devices.countAttempt(device.get(), login.maxFailures(), Instant.now())
                : users.countAttempt(email);
        if (!counted) {
            throw device.isPresent() ? new BrowserLocked() : new LockedException("Too many failed sign-ins in a row");
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            if (device.isPresent()) {
                devices.failed(device.get(), login.maxFailures(), Instant.now().plus(login.lockout()));
            } else {
                users.loginFailed(email);
            }
            throw e;
        }
        if (device.isPresent()) {
            // (the account's own failures stay: they were typed somewhere else)
            devices.succeeded(device.get(), Instant.now());
        } else {
            users.loginSucceeded(email);
        }
        limits.signInSucceeded(address, account);
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && signedIn instanceof UsernamePasswordAuthenticationToken token) {
            UsernamePasswordAuthenticationToken plain = UsernamePasswordAuthenticationToken.authenticated(
                    token.getPrincipal(), token.getCredentials(), token.getAuthorities());
            plain.setDetails(new WebAuthenticationDetails(details.getRemoteAddress(), details.getSessionId()));
            return plain;
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
