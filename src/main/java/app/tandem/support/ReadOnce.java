package app.tandem.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read done once per read-only transaction: a page that gathers from several modules (the
 * dashboard asks the plan, the roadmap and the KPI trends, and each reads the workspace's
 * initiatives and links) runs in one read-only transaction, and the second ask of the same read
 * gets the first one's answer. Outside a read-only transaction every ask reads, so nothing that
 * writes ever sees an answer from before its own change. Answers must be immutable.
 */
public final class ReadOnce {

    private ReadOnce() {}

    /** The answer of {@code read} for {@code key}, read at most once in the current read-only transaction. */
    @SuppressWarnings("unchecked")
    public static <T> T perTransaction(Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        Map<Object, Object> answers =
                (Map<Object, Object>) TransactionSynchronizationManager.getResource(ReadOnce.class);
        if (answers == null) {
            Map<Object, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(ReadOnce.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(ReadOnce.class);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(ReadOnce.class, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnce.class);
                }
            });
            answers = created;
        }
        Object answer = answers.get(key);
        if (answer == null) {
            answer = read.get();
            answers.put(key, answer);
        }
        return (T) answer;
    }
}
