package app.tandem.insight.search;

import app.tandem.insight.SourceType;
import app.tandem.insight.internal.Insight;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The counts beside a search's results: how many insights match, per source type, per team and per
 * tag. They are counted on a thread of their own while the caller finds the page of hits.
 *
 * <p>Counting visits every matching insight, which at a million insights takes longer than a
 * search should. So the counts are first taken over a fixed sample, one insight in
 * {@link #SAMPLE_EVERY} (by a hash of the id, {@link Insight#sampleOf}). When the sample says the
 * search matches at most {@code tandem.search.exact-counts-up-to} insights (20,000 unless set),
 * they are counted again exactly over all of them; above that the sample's counts, scaled up, are
 * shown as estimates, as search engines do for large result sets.
 */
@Component
public class InsightCounts implements DisposableBean {

    /** The lowest limit for exact counting that a setting may give. */
    public static final long MIN_EXACT_UP_TO = 1_000;

    /** One insight in this many is in the sample; a power of two. */
    public static final int SAMPLE_EVERY = 16;

    private static final AggregationKey<Map<SourceType, Long>> BY_SOURCE = AggregationKey.of("sourceType");
    private static final AggregationKey<Map<Long, Long>> BY_TEAM = AggregationKey.of("teamId");
    private static final AggregationKey<Map<String, Long>> BY_TAG = AggregationKey.of("tags");

    /** Counts, exact or estimated from the sample. */
    public record Counts(
            long total,
            boolean exact,
            Map<SourceType, Long> bySourceType,
            Map<Long, Long> byTeam,
            Map<String, Long> byTag) {}

    private final EntityManagerFactory entityManagerFactory;
    private final ExecutorService threads;
    private final long exactUpTo;

    InsightCounts(
            EntityManagerFactory entityManagerFactory, @Value("${tandem.search.exact-counts-up-to}") long exactUpTo) {
        this.entityManagerFactory = entityManagerFactory;
        // the page of hits counts exactly up to 1,000 matches itself (Insights.HITS_COUNTED): below
        // that the counts beside it must be exact too, or they would not add up to its total
        this.exactUpTo = Math.max(exactUpTo, MIN_EXACT_UP_TO);
        AtomicInteger number = new AtomicInteger();
        this.threads =
                Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "insight-counts-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Starts counting what {@code matching} matches; it is given a predicate factory and whether to
     * keep to the sample, and must not score (filter clauses only).
     */
    public CompletableFuture<Counts> count(BiFunction<SearchPredicateFactory, Boolean, PredicateFinalStep> matching) {
        return CompletableFuture.supplyAsync(() -> countNow(matching, exactUpTo), threads);
    }

    /** Counts now, on this thread, exactly when the sample says at most {@code exactUpTo} insights match. */
    public Counts countNow(BiFunction<SearchPredicateFactory, Boolean, PredicateFinalStep> matching, long exactUpTo) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchResult<?> sample = counted(entityManager, matching, true);
            if (sample.total().hitCount() * SAMPLE_EVERY > exactUpTo) {
                return new Counts(
                        sample.total().hitCount() * SAMPLE_EVERY,
                        false,
                        scaled(sample.aggregation(BY_SOURCE)),
                        scaled(sample.aggregation(BY_TEAM)),
                        scaled(sample.aggregation(BY_TAG)));
            }
            SearchResult<?> all = counted(entityManager, matching, false);
            return new Counts(
                    all.total().hitCount(),
                    true,
                    all.aggregation(BY_SOURCE),
                    all.aggregation(BY_TEAM),
                    all.aggregation(BY_TAG));
        }
    }

    private static SearchResult<?> counted(
            EntityManager entityManager,
            BiFunction<SearchPredicateFactory, Boolean, PredicateFinalStep> matching,
            boolean sampleOnly) {
        return Search.session(entityManager)
                .search(Insight.class)
                .where(f -> matching.apply(f, sampleOnly))
                .aggregation(
                        BY_SOURCE,
                        a -> a.terms().field("sourceType", SourceType.class).maxTermCount(20))
                .aggregation(BY_TEAM, a -> a.terms().field("teamId", Long.class).maxTermCount(50))
                .aggregation(BY_TAG, a -> a.terms().field("tags", String.class).maxTermCount(15))
                .fetch(0);
    }

    private static <K> Map<K, Long> scaled(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue() * SAMPLE_EVERY, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
