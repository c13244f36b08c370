package app.tandem.identity;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Where the rate limits in force and their buckets are kept: {@link MemoryRateLimitStore} (one node)
 * or {@link DatabaseRateLimitStore} (every node shares them), chosen by {@code
 * tandem.rate-limit.store}.
 */
interface RateLimitStore {

    /** The limits in force. */
    RateLimits.Settings settings();

    /**
     * Puts {@code wanted} (already checked) in force as the next version, refusing a change that did
     * not start from the version in force (409).
     */
    RateLimits.Settings change(long startedFrom, RateLimits.Settings wanted);

    /**
     * The bucket of {@code limit} for {@code key} under {@code settings}: {@code capacity} tokens,
     * refilled evenly over {@code period}. A bucket of an older version of the settings is never
     * returned, so a change starts every bucket afresh.
     */
    Bucket bucket(RateLimits.Settings settings, RateLimits.Limit limit, String key, int capacity, Duration period);
}
