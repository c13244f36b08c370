package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.ConcurrentChange;
import io.github.bucket4j.Bucket;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The memory store's buckets and versions, and the database store's refusal of a database that
 * several nodes cannot share (its buckets run on PostgreSQL in {@code RateLimitIT}'s PostgreSQL run
 * and in {@code TwoNodesIT}).
 */
class RateLimitStoreTest {

    private static RateLimitProperties properties(RateLimitProperties.Store store) {
        return new RateLimitProperties(true, store, 600, 120, 10, 5, Duration.ofMinutes(15), 3);
    }

    @Test
    void aChangeStartsEveryBucketAfreshAndMustStartFromTheVersionInForce() {
        MemoryRateLimitStore store = new MemoryRateLimitStore(properties(RateLimitProperties.Store.MEMORY));
        RateLimits limits = new RateLimits(properties(RateLimitProperties.Store.MEMORY), store);
        for (int i = 0; i < 10; i++) {
            assertThat(limits.signInAttempt("10.0.0.1", "someone-" + i + "@example.com")
                            .allowed())
                    .isTrue();
        }
        assertThat(limits.signInAttempt("10.0.0.1", "another@example.com").allowed())
                .as("the eleventh failure a minute from one address")
                .isFalse();

        RateLimits.Settings before = limits.settings();
        assertThatThrownBy(() -> limits.change(before.version() + 1, before)).isInstanceOf(ConcurrentChange.class);
        RateLimits.Settings changed =
                limits.change(before.version(), new RateLimits.Settings(before.version(), true, 600, 120, 11, 5));
        assertThat(changed.version()).isEqualTo(before.version() + 1);
        assertThat(limits.signInAttempt("10.0.0.1", "another@example.com").allowed())
                .as("a bucket of the new limits is full")
                .isTrue();
    }

    @Test
    void theMemoryStoreForgetsTheLeastRecentlyUsedBucketPastMaxKeys() {
        MemoryRateLimitStore store = new MemoryRateLimitStore(properties(RateLimitProperties.Store.MEMORY));
        RateLimits.Settings settings = store.settings();
        Bucket first = store.bucket(settings, RateLimits.Limit.API_TOKEN, "a", 2, Duration.ofMinutes(1));
        first.tryConsume(2);
        for (String key : new String[] {"b", "c", "d"}) {
            store.bucket(settings, RateLimits.Limit.API_TOKEN, key, 2, Duration.ofMinutes(1));
        }
        assertThat(store.bucket(settings, RateLimits.Limit.API_TOKEN, "a", 2, Duration.ofMinutes(1))
                        .getAvailableTokens())
                .as("three keys kept: the first was forgotten and starts full")
                .isEqualTo(2);
    }

    @Test
    void theDatabaseStoreRefusesADatabaseOtherThanPostgreSql(@TempDir Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("tandem"));
        h2.setUser("sa");
        assertThatThrownBy(() -> new DatabaseRateLimitStore(
                        h2, JdbcClient.create(h2), properties(RateLimitProperties.Store.DATABASE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs PostgreSQL")
                .hasMessageContaining("the database is H2")
                .hasMessageContaining("TANDEM_RATE_LIMIT_STORE=memory");
    }
}
