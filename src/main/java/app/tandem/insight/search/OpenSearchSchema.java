package app.tandem.insight.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the insight index on OpenSearch at start, or validates the one there, before the node
 * serves or runs a job. Hibernate Search's own create-or-validate fails the start of every node but
 * one when several start at once on a new index ({@code resource_already_exists_exception}: each
 * found no index and asked to create it); here a node that loses that race validates the index the
 * winner made (created in one request with its mapping and aliases) and starts.
 */
@Component
class OpenSearchSchema implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSchema.class);
    static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final SearchBackendSettings settings;
    private final EntityManagerFactory entityManagerFactory;

    OpenSearchSchema(SearchBackendSettings settings, EntityManagerFactory entityManagerFactory) {
        this.settings = settings;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.lucene() || !settings.schemaManagedHere()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Search.mapping(entityManagerFactory)
                        .scope(Object.class)
                        .schemaManager()
                        .createOrValidate();
                return;
            } catch (SearchException e) {
                if (!createdMeanwhile(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Another node created the insight index at the same time; validating its index.");
                pause();
            }
        }
    }

    /** Whether the failure is another node's index appearing between the check and the creation. */
    static boolean createdMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("resource_already_exists_exception")) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (String.valueOf(suppressed.getMessage()).contains("resource_already_exists_exception")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to validate the insight index", e);
        }
    }
}
