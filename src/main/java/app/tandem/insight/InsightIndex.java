package app.tandem.insight;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full-text index of insights lives in the data folder. Changes are indexed when they commit;
 * this rebuilds the whole index from the database when it is missing (a new or deleted folder).
 */
@Component
public class InsightIndex {

    private static final Logger log = LoggerFactory.getLogger(InsightIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final InsightRepository insights;
    private final TransactionTemplate transactions;

    InsightIndex(EntityManagerFactory entityManagerFactory, InsightRepository insights, TransactionTemplate transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.insights = insights;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenMissing() {
        long inDatabase = insights.count();
        long indexed = transactions.execute(status -> Search.session(entityManagerFactory.createEntityManager())
                .search(Insight.class).where(f -> f.matchAll()).fetchTotalHitCount());
        if (inDatabase > 0 && indexed == 0) {
            log.info("The insight index is empty but the database holds {} insights: rebuilding it.", inDatabase);
            rebuild();
        }
    }

    /** Rebuilds the index from the database; returns how many insights it indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            session.massIndexer(Insight.class).threadsToLoadObjects(2).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Re-indexing was interrupted", e);
        }
        long count = insights.count();
        log.info("Indexed {} insights in {} ms.", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }
}
