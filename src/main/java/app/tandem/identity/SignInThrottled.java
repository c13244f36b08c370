package app.tandem.identity;

import app.tandem.support.DomainException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Too many failed sign-ins (or wrong current passwords) from one address or for one account: 429,
 * try again in {@code retryAfter} seconds; even the right password is refused until then.
 */
final class SignInThrottled extends DomainException {

    private final long retryAfter;

    /** {@code field} names the password field of a form, null for the sign-in itself. */
    SignInThrottled(@Nullable String field, long retryAfter) {
        super(
                Kind.TOO_MANY,
                field,
                "Too many failed sign-ins. Try again in " + retryAfter + (retryAfter == 1 ? " second." : " seconds."));
        this.retryAfter = retryAfter;
    }

    long retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("retryAfter", retryAfter);
    }
}
