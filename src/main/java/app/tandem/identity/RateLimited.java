package app.tandem.identity;

import app.tandem.support.DomainException;
import java.util.Map;

/** More API calls than a rate limit allows: 429, try again in {@code retryAfter} seconds. */
final class RateLimited extends DomainException {

    private final long limit;
    private final long retryAfter;

    RateLimited(String who, long limit, long retryAfter) {
        super(
                Kind.TOO_MANY,
                "Too many requests: " + who + " may make " + limit + " API calls a minute. Try again in " + retryAfter
                        + (retryAfter == 1 ? " second." : " seconds."));
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    long retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit, "retryAfter", retryAfter);
    }
}
