package app.tandem.identity;

import app.tandem.support.ConcurrentChange;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits in the database ({@code tandem.rate-limit.store=database}, PostgreSQL only), for
 * several nodes behind a load balancer: every node counts into the same buckets, so ten failed
 * sign-ins a minute from one address are ten however the balancer spreads them, and a change an
 * instance admin makes is in force on every node within a second.
 *
 * <ul>
 *   <li>The buckets are rows of {@code rate_limit_bucket} (V6), read and written by Bucket4j's
 *       PostgreSQL proxy manager in one transaction each ({@code SELECT ... FOR UPDATE}): one short
 *       transaction per API call or sign-in; calls for one bucket that arrive together on a node
 *       share one (Bucket4j's batching). A row is removed once its bucket would be full again
 *       (every minute, by any node).
 *   <li>A change of the limits is a row of {@code rate_limit_settings}, kept across restarts until an
 *       admin changes the limits again; without one the {@code tandem.rate-limit.*} settings are in
 *       force. Each node reads it at most once a second.
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "tandem.rate-limit.store", havingValue = "database")
class DatabaseRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRateLimitStore.class);
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int LONGEST_KEY = 200;
    private static final int REMOVED_AT_ONCE = 1_000;
    private static final int DELAYED_FROM = 100;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final RateLimits.Settings configured;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    /**
     * The buckets this node used last (at most {@code max-keys}): one object per bucket, so that
     * calls that arrive together on this node share one transaction (Bucket4j's batching).
     */
    private final Map<String, Bucket> proxies;

    private volatile @Nullable Read lastRead;

    private record Read(RateLimits.Settings settings, long atNanos) {}

    DatabaseRateLimitStore(DataSource dataSource, JdbcClient jdbc, RateLimitProperties properties) {
        requirePostgreSql(dataSource);
        this.jdbc = jdbc;
        this.configured = RateLimits.Settings.of(properties);
        int maxKeys = properties.maxKeys();
        this.proxies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5)))
                .build();
        stored().ifPresent(stored -> log.info(
                "The rate limits an instance admin set (version {}) are in force on every node, not the"
                        + " tandem.rate-limit.* settings.",
                stored.version()));
    }

    @Override
    public RateLimits.Settings settings() {
        Read read = lastRead;
        long now = System.nanoTime();
        if (read != null && now - read.atNanos() < FRESH_NANOS) {
            return read.settings();
        }
        RateLimits.Settings settings = stored().orElse(configured);
        lastRead = new Read(settings, now);
        return settings;
    }

    @Override
    public RateLimits.Settings change(long startedFrom, RateLimits.Settings wanted) {
        lastRead = null;
        Optional<RateLimits.Settings> stored = stored();
        long current = stored.map(RateLimits.Settings::version).orElse(configured.version());
        ConcurrentChange.check("the rate limits", startedFrom, current);
        RateLimits.Settings changed = wanted.withVersion(current + 1);
        Timestamp now = Timestamp.from(clock.instant());
        boolean written;
        if (stored.isEmpty()) {
            try {
                written = jdbc.sql("insert into rate_limit_settings (id, version, enabled, api_per_token,"
                                        + " api_per_address, sign_in_per_address, sign_in_per_account, changed_at)"
                                        + " values (1, ?, ?, ?, ?, ?, ?, ?)")
                                .params(values(changed, now))
                                .update()
                        == 1;
            } catch (DuplicateKeyException changedAtTheSameTime) {
                written = false;
            }
        } else {
            written = jdbc.sql("update rate_limit_settings set version = ?, enabled = ?, api_per_token = ?,"
                                    + " api_per_address = ?, sign_in_per_address = ?, sign_in_per_account = ?,"
                                    + " changed_at = ? where id = 1 and version = " + current)
                            .params(values(changed, now))
                            .update()
                    == 1;
        }
        lastRead = null;
        if (!written) {
            throw new ConcurrentChange(
                    "the rate limits", startedFrom, settings().version());
        }
        return changed;
    }

    @Override
    public Bucket bucket(
            RateLimits.Settings settings, RateLimits.Limit limit, String key, int capacity, Duration period) {
        String id = limit.key + ":" + settings.version() + ":" + (key.length() > LONGEST_KEY ? sha256(key) : key);
        return buckets.builder()
                .build(
                        id,
                        () -> BucketConfiguration.builder()
                                .addLimit(RateLimits.bandwidth(capacity, period))
                                .build());
    }

    /**
     * Sign-in limits are exact: calls that arrive together share one transaction (batching). An API
     * limit of {@value #DELAYED_FROM} or more is written at most every {@code limit / 50} calls or
     * quarter second per node (Bucket4j's delaying): one transaction per API call would cost a
     * fifth of the throughput of the cheapest calls, and a node may then run up to 2 % of the limit
     * ahead of the shared count for a quarter second.
     */
    private static Optimization optimization(RateLimits.Limit limit, int capacity) {
        boolean api = limit == RateLimits.Limit.API_TOKEN || limit == RateLimits.Limit.API_ADDRESS;
        return api && capacity >= DELAYED_FROM
                ? Optimizations.delaying(new DelayParameters(capacity / 50, Duration.ofMillis(250)))
                : Optimizations.batching();
    }

    /** Removes the buckets that would be full again by now: they start full when next used. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(REMOVED_AT_ONCE);
        } while (removed == REMOVED_AT_ONCE);
    }

    private Optional<RateLimits.Settings> stored() {
        return jdbc.sql("select version, enabled, api_per_token, api_per_address, sign_in_per_address,"
                        + " sign_in_per_account from rate_limit_settings where id = 1")
                .query((row, n) -> new RateLimits.Settings(
                        row.getLong(1), row.getBoolean(2), row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6)))
                .optional();
    }

    private static Object[] values(RateLimits.Settings settings, Timestamp now) {
        return new Object[] {
            settings.version(),
            settings.enabled(),
            settings.apiPerToken(),
            settings.apiPerAddress(),
            settings.signInPerAddress(),
            settings.signInPerAccount(),
            now
        };
    }

    private static String sha256(String key) {
        try {
            return "sha256-"
                    + HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requirePostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                throw new IllegalStateException("tandem.rate-limit.store=database (TANDEM_RATE_LIMIT_STORE) needs"
                        + " PostgreSQL, which several nodes share; the database is " + product
                        + ". One node keeps its rate limits in memory: TANDEM_RATE_LIMIT_STORE=memory.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database to set up the rate limits.", e);
        }
    }
}
