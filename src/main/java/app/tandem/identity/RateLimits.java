package app.tandem.identity;

import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rate limits ({@link RateLimitProperties}) and their token buckets (Bucket4j): one per API
 * token, one per client address for calls without a token, one per address and one per account for
 * sign-ins. An instance admin may change the limits while Tandem runs; a change starts every bucket
 * afresh. Where the limits in force and the buckets are kept is a {@link RateLimitStore}: each
 * node's memory (the default), or the database, shared by every node ({@code
 * tandem.rate-limit.store=database}).
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
            int signInPerAccount) {

        /** The {@code tandem.rate-limit.*} settings, as version 0. */
        static Settings of(RateLimitProperties properties) {
            return new Settings(
                    0,
                    properties.enabled(),
                    properties.apiPerToken(),
                    properties.apiPerAddress(),
                    properties.signInPerAddress(),
                    properties.signInPerAccount());
        }

        Settings withVersion(long version) {
            return new Settings(version, enabled, apiPerToken, apiPerAddress, signInPerAddress, signInPerAccount);
        }
    }

    /** The four limits, each with the name of its buckets. */
    enum Limit {
        API_TOKEN("api-token"),
        API_ADDRESS("api-address"),
        SIGN_IN_ADDRESS("sign-in-address"),
        SIGN_IN_ACCOUNT("sign-in-account");

        final String key;

        Limit(String key) {
            this.key = key;
        }
    }

    /**
     * What a rate limit said about one request: whether it may go on, the limit, what is left of it,
     * the seconds until it is full again and, when refused, the seconds to wait.
     */
    record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    static final int MAX_LIMIT = 1_000_000;

    private final Duration accountPeriod;
    private final RateLimitStore store;

    RateLimits(RateLimitProperties properties, RateLimitStore store) {
        this.accountPeriod = properties.signInAccountPeriod();
        check(Settings.of(properties));
        this.store = store;
    }

    Settings settings() {
        return store.settings();
    }

    /** The period of the per-account sign-in limit. */
    Duration accountPeriod() {
        return accountPeriod;
    }

    boolean enabled() {
        return settings().enabled();
    }

    /**
     * Changes the limits, refusing a change that did not start from the limits in force (409) or a
     * limit below 1; every bucket starts afresh.
     */
    Settings change(long startedFrom, Settings wanted) {
        check(wanted);
        return store.change(startedFrom, wanted);
    }

    /** An API call with the token whose hash is {@code tokenHash}. */
    Decision apiCallWithToken(String tokenHash) {
        Settings settings = settings();
        return decide(bucket(settings, Limit.API_TOKEN, tokenHash), settings.apiPerToken());
    }

    /** An API call without a token, from {@code address}. */
    Decision apiCallFrom(String address) {
        Settings settings = settings();
        return decide(bucket(settings, Limit.API_ADDRESS, address), settings.apiPerAddress());
    }

    /**
     * A sign-in attempt (or a current password typed on the password form) for {@code account} from
     * {@code address}, counted before any password is compared; refused when either limit is used
     * up. Give it back with {@link #signInSucceeded} when the password was right. A null {@code
     * account} (a browser the account trusts: {@link TrustedDevices}) is counted against the address's
     * limit only.
     */
    Decision signInAttempt(String address, @Nullable String account) {
        Settings settings = settings();
        if (!settings.enabled()) {
            return new Decision(true, 0, 0, 0, 0);
        }
        Bucket byAddress = bucket(settings, Limit.SIGN_IN_ADDRESS, address);
        Decision fromAddress = decide(byAddress, settings.signInPerAddress());
        if (!fromAddress.allowed() || account == null) {
            return fromAddress;
        }
        Decision forAccount = decide(
                bucket(settings, Limit.SIGN_IN_ACCOUNT, User.normalizeEmail(account)), settings.signInPerAccount());
        if (!forAccount.allowed()) {
            byAddress.addTokens(1);
        }
        return forAccount;
    }

    /** The password was right: the attempt is given back, so that only failures use the limits up. */
    void signInSucceeded(String address, @Nullable String account) {
        Settings settings = settings();
        if (settings.enabled()) {
            bucket(settings, Limit.SIGN_IN_ADDRESS, address).addTokens(1);
            if (account != null) {
                bucket(settings, Limit.SIGN_IN_ACCOUNT, User.normalizeEmail(account))
                        .addTokens(1);
            }
        }
    }

    private Bucket bucket(Settings settings, Limit limit, String key) {
        return switch (limit) {
            case API_TOKEN -> store.bucket(settings, limit, key, settings.apiPerToken(), MINUTE);
            case API_ADDRESS -> store.bucket(settings, limit, key, settings.apiPerAddress(), MINUTE);
            case SIGN_IN_ADDRESS -> store.bucket(settings, limit, key, settings.signInPerAddress(), MINUTE);
            case SIGN_IN_ACCOUNT -> store.bucket(settings, limit, key, settings.signInPerAccount(), accountPeriod);
        };
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

    /** A bucket of {@code limit} tokens that refills evenly over {@code period}. */
    static Bandwidth bandwidth(int limit, Duration period) {
        return Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build();
    }

    /** Whether the limits are kept in the database for every node (else in this node's memory). */
    boolean keptForEveryNode() {
        return store instanceof DatabaseRateLimitStore;
    }

    /** Every limit out of range is named at once. */
    private static void check(Settings settings) {
        InvalidInputs.checks()
                .check(() -> checkLimit("apiPerToken", settings.apiPerToken()))
                .check(() -> checkLimit("apiPerAddress", settings.apiPerAddress()))
                .check(() -> checkLimit("signInPerAddress", settings.signInPerAddress()))
                .check(() -> checkLimit("signInPerAccount", settings.signInPerAccount()))
                .done();
    }

    private static void checkLimit(String field, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(field, "A limit is between 1 and " + MAX_LIMIT + ".");
        }
    }
}
