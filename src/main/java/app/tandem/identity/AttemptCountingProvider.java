package app.tandem.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs in with email and password, counting each attempt before the password is compared: a
 * locked account, or one whose attempts in a row have reached the limit, is refused without a
 * comparison. Counting first (one row update each, queued on the row) means parallel wrong
 * passwords cannot slip past the limit while the slow hash runs, as they could when failures were
 * counted after it.
 */
final class AttemptCountingProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final Users users;

    AttemptCountingProvider(AuthenticationProvider passwords, Users users) {
        this.passwords = passwords;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        if (!users.countAttempt(email)) {
            throw new LockedException("Too many failed sign-ins in a row");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            users.loginSucceeded(email);
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
