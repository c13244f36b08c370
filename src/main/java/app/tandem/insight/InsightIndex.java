package app.tandem.insight;

import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.insight.search.InsightAnalysisConfigurer;
import app.tandem.insight.search.SearchBackendSettings;
import app.tandem.support.OneNodeAtATime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full-text index of insights lives in the data folder (Lucene), or on an OpenSearch cluster.
 * Changes are indexed when they commit; at start this rebuilds the whole index from the database
 * when the two do not hold the same number of insights (a new or deleted folder or index, or changes
 * lost when the server stopped), or when it was written in another layout than {@link #LAYOUT}: on
 * Lucene kept in a file beside the index, on OpenSearch in the index's name (a new layout is a new,
 * empty index; see {@link SearchBackendSettings}). While it runs, {@link #repair} compares the two
 * workspace by workspace on a schedule (on one node at a time) and mends only what differs.
 */
@Component
public class InsightIndex {

    /**
     * The version of the index's layout: its fields and their analysis. Raise it with any change to
     * the mapping of {@link Insight} or to {@link InsightAnalysisConfigurer}, and existing indexes are
     * rebuilt at the next start. 1: the first; 2: Porter stemming; 3: the sample field; 4: title and
     * text in one field, not stored.
     */
    public static final String LAYOUT = "4";

    /** The index's name ({@code Insight}'s {@code @Indexed}): on Lucene, its folder's. */
    public static final String NAME = "insight";

    private static final Logger log = LoggerFactory.getLogger(InsightIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final InsightRepository insights;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();
    private final Duration grace;
    /** The file that keeps the layout of a Lucene index; none on OpenSearch. */
    private final @Nullable Path layoutFile;
    /** Whether the first check after the start has been made ({@link #rebuildWhenMissing}). */
    private final AtomicBoolean checked = new AtomicBoolean();
    /** Set as the server stops: a rebuild it interrupts fails, and says so once, calmly. */
    private volatile boolean stopping;
    /** The rebuild running now, if any (a stop cancels it). */
    private volatile @Nullable CompletableFuture<?> running;
    /** The check at the start while it runs (a stop waits for it to say how it ended). */
    private volatile @Nullable CompletableFuture<Void> checking;

    private final SearchBackendSettings backend;
    private final OneNodeAtATime oneNode;

    InsightIndex(
            EntityManagerFactory entityManagerFactory,
            InsightRepository insights,
            TransactionTemplate transactions,
            SearchBackendSettings backend,
            JdbcTemplate jdbc,
            OneNodeAtATime oneNode,
            @Value("${tandem.search.check-grace:PT2M}") Duration grace) {
        this.oneNode = oneNode;
        this.entityManagerFactory = entityManagerFactory;
        this.insights = insights;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.grace = grace;
        this.backend = backend;
        this.layoutFile = backend.lucene() ? backend.luceneDirectory().resolve("insight-layout.version") : null;
    }

    /**
     * As the server stops, before the index closes: cancels a rebuild that is running and waits (at
     * most 30 s) for the check at the start to end, so that it says it was stopped before the server
     * is gone, rather than failing against a closed index.
     */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
        CompletableFuture<?> rebuild = running;
        if (rebuild != null) {
            // (without an interrupt, which Hibernate Search logs as an error: it stops after its batch)
            rebuild.cancel(false);
        }
        CompletableFuture<Void> check = checking;
        if (check != null) {
            try {
                check.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // it said why itself, or the stop goes on without it
            }
        }
    }

    /**
     * At the start, rebuilds the index when it differs from the database or was written in another
     * layout. A server stopped meanwhile says so and stops: the next start finds the index incomplete
     * (or of the old layout) again and rebuilds it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenMissing() {
        CompletableFuture<Void> check = new CompletableFuture<>();
        checking = check;
        try {
            checkAtStart();
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
            log.info("The server stopped while the insight index was being rebuilt: the next start rebuilds it.");
        } finally {
            checking = null;
            check.complete(null);
        }
    }

    private void checkAtStart() {
        // (plain SQL, as the check runs before the server is ready: InstanceBootstrap)
        long inDatabase = jdbc.queryForObject("select count(*) from insights", Long.class);
        long indexed;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            indexed = transactions.execute(status -> Search.session(entityManager)
                    .search(Insight.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount());
        }
        // an index created as this server started holds what was indexed since, in this version's layout
        // (a new installation's demo, say): it has no layout file yet, and is not of the first layout
        boolean created = !checked.getAndSet(true) && backend.lucene() && backend.luceneIndexCreated();
        String written = created ? LAYOUT : writtenLayout();
        if (inDatabase != indexed) {
            // a new or deleted index folder, or changes the index lost (the server stopped before
            // they were written, or another node wrote them)
            log.info("The insight index holds {} insights but the database {}: rebuilding it.", indexed, inDatabase);
            rebuild();
        } else if (inDatabase > 0 && !LAYOUT.equals(written)) {
            log.info(
                    "The insight index was written in layout {}, this version of Tandem uses layout {}: rebuilding it.",
                    written == null ? "1" : written,
                    LAYOUT);
            rebuild();
        } else {
            recordLayout();
        }
    }

    /** What {@link #repair} found and mended. */
    public record Repair(int workspaces, int differed, long indexed, long removed) {}

    /** How many insights {@link #repair} indexes or removes in one transaction. */
    static final int REPAIR_BATCH = 500;

    @Scheduled(cron = "${tandem.search.check-cron:0 */15 * * * *}")
    public void repairOnSchedule() {
        oneNode.run("insight-index-check", Duration.ofHours(2), Duration.ofMinutes(1), this::repairAndSay);
    }

    private void repairAndSay() {
        try {
            Repair done = repair(clock.instant().minus(grace));
            if (done.indexed() > 0 || done.removed() > 0) {
                log.warn(
                        "The insight index differed from the database in {} of {} workspaces: indexed {} insights it"
                                + " lacked, removed {} the database no longer holds.",
                        done.differed(),
                        done.workspaces(),
                        done.indexed(),
                        done.removed());
            }
        } catch (RuntimeException e) {
            log.error("Comparing the insight index with the database failed: {}", e.getMessage(), e);
        }
    }

    /**
     * Compares the index with the database, workspace by workspace, and mends what differs: indexes the
     * insights it lacks (of those created before {@code createdBefore}: younger ones may still be on
     * their way to the index) and removes the documents of insights the database no longer holds,
     * those of deleted workspaces too. Counts are compared first; only a workspace whose counts differ
     * has its ids read, from the index and then from the database, as sorted arrays (8 bytes an
     * insight). An insight whose document is there but stale is not found this way.
     */
    public Repair repair(Instant createdBefore) {
        List<Long> workspaceIds = jdbc.queryForList("select id from workspaces order by id", Long.class);
        Repair done = repair(createdBefore, workspaceIds);
        long orphans = purgeOrphans(jdbc.queryForList("select id from workspaces order by id", Long.class));
        return new Repair(
                done.workspaces(), done.differed() + (orphans > 0 ? 1 : 0), done.indexed(), done.removed() + orphans);
    }

    /**
     * Removes the documents of workspaces the database no longer has: those outside {@code
     * workspaceIds} whose insight is gone from the database. A workspace created since its id was
     * read keeps the documents of its insights. Answers how many were removed.
     */
    public long purgeOrphans(List<Long> workspaceIds) {
        long[] outside = orphanIds(workspaceIds);
        long[] held = new long[0];
        for (int from = 0; from < outside.length; from += 1_000) {
            long[] chunk = Arrays.copyOfRange(outside, from, Math.min(outside.length, from + 1_000));
            StringBuilder marks = new StringBuilder();
            Object[] args = new Object[chunk.length];
            for (int i = 0; i < chunk.length; i++) {
                marks.append(i == 0 ? "?" : ", ?");
                args[i] = chunk[i];
            }
            long[] found = rowIds("select id from insights where id in (" + marks + ") order by id", args);
            long[] both = Arrays.copyOf(held, held.length + found.length);
            System.arraycopy(found, 0, both, held.length, found.length);
            held = both;
        }
        Arrays.sort(held);
        return purge(minus(outside, held));
    }

    /** {@link #repair(Instant)} for the given workspaces only. */
    public Repair repair(Instant createdBefore, List<Long> workspaceIds) {
        Map<Long, Long> inDatabase = new HashMap<>();
        jdbc.query("select workspace_id, count(*) from insights group by workspace_id", (ResultSet row) -> {
            inDatabase.put(row.getLong(1), row.getLong(2));
        });
        int differed = 0;
        long indexed = 0;
        long removed = 0;
        for (long workspaceId : workspaceIds) {
            long held = inDatabase.getOrDefault(workspaceId, 0L);
            if (indexCount(workspaceId) == held) {
                continue;
            }
            differed++;
            long[] inIndex = indexIds(workspaceId);
            long[] inRows = rowIds("select id from insights where workspace_id = ? order by id", workspaceId);
            long[] old = rowIds(
                    "select id from insights where workspace_id = ? and created_at < ? order by id",
                    workspaceId,
                    createdBefore.atOffset(ZoneOffset.UTC));
            long[] lacking = minus(old, inIndex);
            long[] gone = minus(inIndex, inRows);
            indexed += index(lacking);
            removed += purge(gone);
        }
        return new Repair(workspaceIds.size(), differed, indexed, removed);
    }

    /** The ids the query selects, in its order, read into an array without boxing each. */
    private long[] rowIds(String sql, Object... args) {
        long[][] ids = {new long[1024]};
        int[] count = {0};
        jdbc.query(
                sql,
                (ResultSet row) -> {
                    if (count[0] == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], count[0] * 2);
                    }
                    ids[0][count[0]++] = row.getLong(1);
                },
                args);
        return Arrays.copyOf(ids[0], count[0]);
    }

    private long indexCount(long workspaceId) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return transactions.execute(status -> Search.session(entityManager)
                    .search(Insight.class)
                    .where(f -> f.match().field("workspaceId").matching(workspaceId))
                    .fetchTotalHitCount());
        }
    }

    private long[] indexIds(long workspaceId) {
        return scrollIds(f -> f.match().field("workspaceId").matching(workspaceId));
    }

    private long[] orphanIds(List<Long> workspaceIds) {
        return scrollIds(f -> workspaceIds.isEmpty()
                ? f.matchAll()
                : f.bool()
                        .must(f.matchAll())
                        .mustNot(f.terms().field("workspaceId").matchingAny(workspaceIds)));
    }

    /** The ids of the documents the predicate matches, sorted. */
    private long[] scrollIds(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return transactions.execute(status -> {
                long[] ids = new long[1024];
                int count = 0;
                try (SearchScroll<Long> scroll = Search.session(entityManager)
                        .search(Insight.class)
                        .select(f -> f.id(Long.class))
                        .where(predicate::apply)
                        .scroll(REPAIR_BATCH)) {
                    for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                        for (Long id : chunk.hits()) {
                            if (count == ids.length) {
                                ids = Arrays.copyOf(ids, count * 2);
                            }
                            ids[count++] = id;
                        }
                    }
                }
                long[] sorted = Arrays.copyOf(ids, count);
                Arrays.sort(sorted);
                return sorted;
            });
        }
    }

    /** The values of sorted {@code a} that are not in sorted {@code b}. */
    static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long value : a) {
            while (j < b.length && b[j] < value) {
                j++;
            }
            if (j >= b.length || b[j] != value) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private long index(long[] ids) {
        long done = 0;
        for (int from = 0; from < ids.length; from += REPAIR_BATCH) {
            List<Long> batch = Arrays.stream(ids, from, Math.min(ids.length, from + REPAIR_BATCH))
                    .boxed()
                    .toList();
            done += transactions.execute(status -> {
                EntityManager entityManager = transactional();
                List<Insight> found = entityManager
                        .createQuery("select i from Insight i where i.id in :ids", Insight.class)
                        .setParameter("ids", batch)
                        .getResultList();
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                found.forEach(plan::addOrUpdate);
                return (long) found.size();
            });
        }
        return done;
    }

    private long purge(long[] ids) {
        for (int from = 0; from < ids.length; from += REPAIR_BATCH) {
            int start = from;
            transactions.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(transactional()).indexingPlan();
                for (int i = start; i < Math.min(ids.length, start + REPAIR_BATCH); i++) {
                    plan.purge(Insight.class, ids[i], null);
                }
            });
        }
        return ids.length;
    }

    /** The entity manager of the transaction under way, whose indexing plan runs when it commits. */
    private EntityManager transactional() {
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        if (entityManager == null) {
            throw new IllegalStateException("No transaction under way");
        }
        return entityManager;
    }

    /** Rebuilds the index from the database; returns how many insights it indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            // merged into one segment at the end: counting by tag over many segments first maps every
            // segment's tags onto each other, which at a million insights made searches three times slower
            CompletableFuture<?> indexing = session.massIndexer(Insight.class)
                    .threadsToLoadObjects(2)
                    // on OpenSearch each batch is one request or a few, each waited for: batches of 10
                    // (the default) made rebuilding there five times slower than in batches of 100
                    .batchSizeToLoadObjects(100)
                    .mergeSegmentsOnFinish(true)
                    // (a failure of a server that is stopping is expected: rebuildWhenMissing says so)
                    .failureHandler(failure -> {
                        if (!stopping) {
                            log.error(
                                    "Rebuilding the insight index failed ({}): {}",
                                    failure.failingOperation(),
                                    failure.throwable().getMessage(),
                                    failure.throwable());
                        }
                    })
                    .start()
                    .toCompletableFuture();
            running = indexing;
            try {
                indexing.get();
            } catch (CancellationException e) {
                throw new IllegalStateException("Re-indexing was cancelled: the server is stopping", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure
                        ? failure
                        : new IllegalStateException("Re-indexing failed", e.getCause());
            } catch (InterruptedException e) {
                indexing.cancel(false);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Re-indexing was interrupted", e);
            } finally {
                running = null;
            }
            // searchable at once when this returns: OpenSearch shows new documents at its next refresh
            // (each second), and a search right after a rebuild found none or only some
            session.workspace(Insight.class).refresh();
        }
        long count = insights.count();
        recordLayout();
        log.info("Indexed {} insights in {} ms.", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    private @Nullable String writtenLayout() {
        if (layoutFile == null) {
            return LAYOUT; // in the index's name
        }
        try {
            return Files.exists(layoutFile)
                    ? Files.readString(layoutFile, StandardCharsets.UTF_8).strip()
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + layoutFile, e);
        }
    }

    private void recordLayout() {
        if (layoutFile == null) {
            return;
        }
        try {
            Files.createDirectories(layoutFile.getParent());
            Files.writeString(layoutFile, LAYOUT + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + layoutFile, e);
        }
    }
}
