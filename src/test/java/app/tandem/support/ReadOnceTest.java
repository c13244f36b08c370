package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadOnceTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clear();
        }
    }

    @Test
    void aReadOnlyTransactionReadsEachKeyOnce() {
        begin(true);
        assertThat(ReadOnce.perTransaction("work-1", this::read)).isEqualTo(1);
        assertThat(ReadOnce.perTransaction("work-1", this::read)).isEqualTo(1);
        assertThat(ReadOnce.perTransaction("work-2", this::read))
                .as("another key")
                .isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aTransactionThatMayWriteReadsEveryTime() {
        begin(false);
        ReadOnce.perTransaction("work-1", this::read);
        ReadOnce.perTransaction("work-1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void withoutATransactionEveryAskReads() {
        ReadOnce.perTransaction("work-1", this::read);
        ReadOnce.perTransaction("work-1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theNextTransactionReadsAgain() {
        begin(true);
        ReadOnce.perTransaction("work-1", this::read);
        endTransaction();
        begin(true);
        assertThat(ReadOnce.perTransaction("work-1", this::read)).isEqualTo(2);
    }

    private int read() {
        return reads.incrementAndGet();
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }
}
