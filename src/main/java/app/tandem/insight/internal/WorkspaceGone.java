package app.tandem.insight.internal;

import app.tandem.workspace.WorkspaceDeleted;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes a deleted workspace's insights out of the search index. The database loses them with the
 * workspace (foreign keys); the index would keep them, unseen (every search is of one workspace)
 * but counted, so the next start would find more insights in the index than in the database and
 * rebuild it. The event is stored with the deleting transaction, so this happens even when the
 * server stops right after the deletion.
 */
@Component
class WorkspaceGone {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceGone.class);

    /** Insights taken out of the index at a time. */
    static final int BATCH = 1000;

    private final EntityManager entityManager;

    WorkspaceGone(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(WorkspaceDeleted event) {
        long purged = purge(event.workspaceId());
        if (purged > 0) {
            log.info("Workspace {} was deleted: {} insights taken out of the search index", event.slug(), purged);
        }
    }

    /** Takes every insight of the workspace out of the index; how many. Must run in a transaction. */
    long purge(long workspaceId) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Insight> scope = session.scope(Insight.class);
        long purged = 0;
        try (SearchScroll<Long> scroll = session.search(scope)
                .select(f -> f.id(Long.class))
                .where(f -> f.match().field("workspaceId").matching(workspaceId))
                .scroll(BATCH)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunk.hits().forEach(id -> session.indexingPlan().purge(Insight.class, id, null));
                session.indexingPlan().execute();
                purged += chunk.hits().size();
            }
        }
        scope.workspace().flush();
        scope.workspace().refresh();
        return purged;
    }
}
