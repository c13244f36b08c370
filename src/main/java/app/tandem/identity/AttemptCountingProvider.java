package app.tandem.identity;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
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
 */
final class AttemptCountingProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final Users users;
    private final RateLimits limits;

    AttemptCountingProvider(AuthenticationProvider passwords, Users users, RateLimits limits) {
        this.passwords = passwords;
        this.users = users;
        this.limits = limits;
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

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "";
        RateLimits.Decision throttle = limits.signInAttempt(address, email);
        if (!throttle.allowed()) {
            throw new Throttled(new SignInThrottled(null, throttle.retryAfterSeconds()));
        }
        if (!users.countAttempt(email)) {
            throw new LockedException("Too many failed sign-ins in a row");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            users.loginSucceeded(email);
            limits.signInSucceeded(address, email);
            return signedIn;
        } catch (BadCredentialsException e) {
            users.loginFailed(email);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
