package app.tandem.support;

import java.util.Map;

/**
 * A person sending more uploads at the same time than {@link BodyLimits#maxUploadsAtOnce()}
 * allows: 429, try again in {@code retryAfter} seconds.
 */
public final class TooManyUploads extends DomainException {

    private final int limit;
    private final int retryAfter;

    public TooManyUploads(int limit, int retryAfter) {
        super(
                Kind.TOO_MANY,
                "You are sending " + limit + (limit == 1 ? " upload" : " uploads")
                        + " already, the most one person may send at the same time. Wait for one to finish,"
                        + " then try again.");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    /** Seconds to wait before trying again. */
    public int retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit);
    }
}
