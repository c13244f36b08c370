package app.tandem.identity;

import app.tandem.support.ConcurrentChange;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The rate limits in this node's memory ({@code tandem.rate-limit.store=memory}, the default): what
 * one node needs. A change an instance admin makes holds until the next restart, which goes back to
 * the {@code tandem.rate-limit.*} settings. At most {@code max-keys} buckets are kept per limit;
 * the least recently used is forgotten first (it is then full again when next seen, which only
 * favours a client that was quiet the longest).
 */
@Component
@ConditionalOnProperty(name = "tandem.rate-limit.store", havingValue = "memory", matchIfMissing = true)
class MemoryRateLimitStore implements RateLimitStore {

    private final int maxKeys;
    private final Map<RateLimits.Limit, Map<String, Bucket>> buckets = new EnumMap<>(RateLimits.Limit.class);
    private volatile RateLimits.Settings settings;

    MemoryRateLimitStore(RateLimitProperties properties) {
        this.maxKeys = properties.maxKeys();
        this.settings = RateLimits.Settings.of(properties);
        for (RateLimits.Limit limit : RateLimits.Limit.values()) {
            buckets.put(limit, newMap());
        }
    }

    @Override
    public RateLimits.Settings settings() {
        return settings;
    }

    @Override
    public synchronized RateLimits.Settings change(long startedFrom, RateLimits.Settings wanted) {
        ConcurrentChange.check("the rate limits", startedFrom, settings.version());
        RateLimits.Settings changed = wanted.withVersion(settings.version() + 1);
        for (Map<String, Bucket> byKey : buckets.values()) {
            synchronized (byKey) {
                byKey.clear();
            }
        }
        settings = changed;
        return changed;
    }

    @Override
    public Bucket bucket(
            RateLimits.Settings settings, RateLimits.Limit limit, String key, int capacity, Duration period) {
        Map<String, Bucket> byKey = buckets.get(limit);
        String versioned = settings.version() + ":" + key;
        synchronized (byKey) {
            return byKey.computeIfAbsent(
                    versioned,
                    k -> Bucket.builder()
                            .addLimit(RateLimits.bandwidth(capacity, period))
                            .build());
        }
    }

    private Map<String, Bucket> newMap() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }
}
