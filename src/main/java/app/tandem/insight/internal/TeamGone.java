package app.tandem.insight.internal;

import app.tandem.workspace.TeamDeleted;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clears a deleted team from the insights it found, in the database and in the search index, so
 * that no count, filter or insight page names a team that is gone. (Routes and routing rules of the
 * team go with it, by their foreign keys.) The event is stored with the deleting transaction, so a
 * deletion just before the server stops is finished when it starts again.
 */
@Component
class TeamGone {

    private static final Logger log = LoggerFactory.getLogger(TeamGone.class);

    /** Insights changed per transaction, so a team with very many insights needs no more memory. */
    static final int BATCH = 500;

    /** Tries per batch: an insight edited meanwhile fails the batch, which is read again. */
    private static final int TRIES = 3;

    private final EntityManager entityManager;
    private final TransactionTemplate batches;

    TeamGone(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.batches = new TransactionTemplate(transactionManager);
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // as @ApplicationModuleListener, but without a transaction around the whole: each batch has its
    // own, so the listener holds one connection at a time
    @Async
    @TransactionalEventListener
    void on(TeamDeleted event) {
        long cleared = clear(event.workspaceId(), event.teamId());
        if (cleared > 0) {
            log.info(
                    "Team {} of workspace {} was deleted: cleared from {} insights",
                    event.teamId(),
                    event.workspaceId(),
                    cleared);
        }
    }

    /** Clears the team from each of its insights, a batch per transaction (each reindexed as it commits); how many. */
    long clear(long workspaceId, long teamId) {
        long cleared = 0;
        long after = 0;
        while (true) {
            List<Long> done = clearBatch(workspaceId, teamId, after, 1);
            if (done.isEmpty()) {
                return cleared;
            }
            cleared += done.size();
            if (done.size() < BATCH) {
                return cleared;
            }
            after = done.getLast();
        }
    }

    private List<Long> clearBatch(long workspaceId, long teamId, long after, int attempt) {
        try {
            List<Long> done = batches.execute(status -> {
                List<Insight> batch = entityManager
                        .createQuery(
                                "select i from Insight i where i.workspaceId = :workspace and i.teamId = :team and i.id > :after order by i.id",
                                Insight.class)
                        .setParameter("workspace", workspaceId)
                        .setParameter("team", teamId)
                        .setParameter("after", after)
                        .setMaxResults(BATCH)
                        .getResultList();
                batch.forEach(Insight::leaveTeam);
                return batch.stream().map(Insight::id).toList();
            });
            return done == null ? List.of() : done;
        } catch (OptimisticLockingFailureException e) {
            if (attempt >= TRIES) {
                throw e;
            }
            return clearBatch(workspaceId, teamId, after, attempt + 1);
        }
    }
}
