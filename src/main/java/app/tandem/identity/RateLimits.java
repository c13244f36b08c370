package app.tandem.identity;

import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The rate limits ({@link RateLimitProperties}) and their token buckets (Bucket4j, in memory): one
 * per API token, one per client address for calls without a token, one per address and one per
 * account for sign-ins. An instance admin may change the limits while Tandem runs; a changed limit
 * starts its buckets afresh. The limits are kept in memory, so a restart goes back to the settings.
 */
@Component
class RateLimits {

    static final Duration MINUTE = Duration.ofMinutes(1);

    /** The limits in force, with a version that a change must start from. */
    record Settings(
            long version,
            boolean enabled,
            int apiPerToken,
            int apiPerAddress,
            int signInPerAddress,
            int signInPerAccount) {}

    /**
     * What a rate limit said about one request: whether it may go on, the limit, what is left of it,
     * the seconds until it is full again and, when refused, the seconds to wait.
     */
    record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    static final int MAX_LIMIT = 1_000_000;

    private final Duration accountPeriod;
    private final Buckets apiTokens;
    private final Buckets apiAddresses;
    private final Buckets signInAddresses;
    private final Buckets signInAccounts;
    private volatile Settings settings;

    RateLimits(RateLimitProperties properties) {
        this.accountPeriod = properties.signInAccountPeriod();
        this.settings = new Settings(
                0,
                properties.enabled(),
                properties.apiPerToken(),
                properties.apiPerAddress(),
                properties.signInPerAddress(),
                properties.signInPerAccount());
        check(settings);
        int maxKeys = properties.maxKeys();
        this.apiTokens = new Buckets(maxKeys, () -> bucket(settings.apiPerToken(), MINUTE));
        this.apiAddresses = new Buckets(maxKeys, () -> bucket(settings.apiPerAddress(), MINUTE));
        this.signInAddresses = new Buckets(maxKeys, () -> bucket(settings.signInPerAddress(), MINUTE));
        this.signInAccounts = new Buckets(maxKeys, () -> bucket(settings.signInPerAccount(), accountPeriod));
    }

    Settings settings() {
        return settings;
    }

    /** The period of the per-account sign-in limit. */
    Duration accountPeriod() {
        return accountPeriod;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /**
     * Changes the limits, refusing a change that did not start from the limits in force (409) or a
     * limit below 1; the buckets of each changed limit start afresh.
     */
    synchronized Settings change(long startedFrom, Settings wanted) {
        ConcurrentChange.check("the rate limits", startedFrom, settings.version());
        check(wanted);
        Settings before = settings;
        settings = new Settings(
                before.version() + 1,
                wanted.enabled(),
                wanted.apiPerToken(),
                wanted.apiPerAddress(),
                wanted.signInPerAddress(),
                wanted.signInPerAccount());
        if (before.apiPerToken() != wanted.apiPerToken()) {
            apiTokens.clear();
        }
        if (before.apiPerAddress() != wanted.apiPerAddress()) {
            apiAddresses.clear();
        }
        if (before.signInPerAddress() != wanted.signInPerAddress()) {
            signInAddresses.clear();
        }
        if (before.signInPerAccount() != wanted.signInPerAccount()) {
            signInAccounts.clear();
        }
        return settings;
    }

    /** An API call with the token whose hash is {@code tokenHash}. */
    Decision apiCallWithToken(String tokenHash) {
        return decide(apiTokens.get(tokenHash), settings.apiPerToken());
    }

    /** An API call without a token, from {@code address}. */
    Decision apiCallFrom(String address) {
        return decide(apiAddresses.get(address), settings.apiPerAddress());
    }

    /**
     * A sign-in attempt (or a current password typed on the password form) for {@code account} from
     * {@code address}, counted before any password is compared; refused when either limit is used
     * up. Give it back with {@link #signInSucceeded} when the password was right.
     */
    Decision signInAttempt(String address, String account) {
        if (!settings.enabled()) {
            return new Decision(true, 0, 0, 0, 0);
        }
        Bucket byAddress = signInAddresses.get(address);
        Decision fromAddress = decide(byAddress, settings.signInPerAddress());
        if (!fromAddress.allowed()) {
            return fromAddress;
        }
        Decision forAccount = decide(signInAccounts.get(User.normalizeEmail(account)), settings.signInPerAccount());
        if (!forAccount.allowed()) {
            byAddress.addTokens(1);
        }
        return forAccount;
    }

    /** The password was right: the attempt is given back, so that only failures use the limits up. */
    void signInSucceeded(String address, String account) {
        if (settings.enabled()) {
            signInAddresses.get(address).addTokens(1);
            signInAccounts.get(User.normalizeEmail(account)).addTokens(1);
        }
    }

    private static Decision decide(Bucket bucket, long limit) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private static Bucket bucket(int limit, Duration period) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, period))
                .build();
    }

    private static void check(Settings settings) {
        checkLimit("apiPerToken", settings.apiPerToken());
        checkLimit("apiPerAddress", settings.apiPerAddress());
        checkLimit("signInPerAddress", settings.signInPerAddress());
        checkLimit("signInPerAccount", settings.signInPerAccount());
    }

    private static void checkLimit(String field, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(field, "A limit is between 1 and " + MAX_LIMIT + ".");
        }
    }

    /**
     * Buckets by key, at most {@code maxKeys}: the least recently used is forgotten first (it is
     * then full again when next seen, which only favours a client that was quiet the longest).
     */
    private static final class Buckets {

        private final Map<String, Bucket> buckets;
        private final Supplier<Bucket> newBucket;

        Buckets(int maxKeys, Supplier<Bucket> newBucket) {
            this.newBucket = newBucket;
            this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > maxKeys;
                }
            };
        }

        synchronized Bucket get(String key) {
            return buckets.computeIfAbsent(key, k -> newBucket.get());
        }

        synchronized void clear() {
            buckets.clear();
        }
    }
}
