package app.tandem.insight;

import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.insight.search.InsightAnalysisConfigurer;
import app.tandem.insight.search.SearchBackendSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full-text index of insights lives in the data folder (Lucene), or on an OpenSearch cluster.
 * Changes are indexed when they commit; at start this rebuilds the whole index from the database
 * when the two do not hold the same number of insights (a new or deleted folder or index, or changes
 * lost when the server stopped), or when it was written in another layout than {@link #LAYOUT}: on
 * Lucene kept in a file beside the index, on OpenSearch in the index's name (a new layout is a new,
 * empty index; see {@link SearchBackendSettings}).
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

    private static final Logger log = LoggerFactory.getLogger(InsightIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final InsightRepository insights;
    private final TransactionTemplate transactions;
    /** The file that keeps the layout of a Lucene index; none on OpenSearch. */
    private final @Nullable Path layoutFile;

    InsightIndex(
            EntityManagerFactory entityManagerFactory,
            InsightRepository insights,
            TransactionTemplate transactions,
            SearchBackendSettings backend) {
        this.entityManagerFactory = entityManagerFactory;
        this.insights = insights;
        this.transactions = transactions;
        this.layoutFile = backend.lucene() ? backend.luceneDirectory().resolve("insight-layout.version") : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenMissing() {
        long inDatabase = insights.count();
        long indexed;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            indexed = transactions.execute(status -> Search.session(entityManager)
                    .search(Insight.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount());
        }
        String written = writtenLayout();
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

    /** Rebuilds the index from the database; returns how many insights it indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            // merged into one segment at the end: counting by tag over many segments first maps every
            // segment's tags onto each other, which at a million insights made searches three times slower
            session.massIndexer(Insight.class)
                    .threadsToLoadObjects(2)
                    // on OpenSearch each batch is one request or a few, each waited for: batches of 10
                    // (the default) made rebuilding there five times slower than in batches of 100
                    .batchSizeToLoadObjects(100)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Re-indexing was interrupted", e);
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
