package app.tandem;

import org.hibernate.stat.Statistics;

/**
 * The statements a piece of reading work prepares, the fewest of a few tries: Hibernate's
 * statistics count every thread's statements, and work in the background (routing of insights just
 * captured, the webhook worker looking for due deliveries every second) runs at the same time.
 * The work must only read, so each try does the same.
 */
public final class StatementCount {

    private static final int TRIES = 5;

    private StatementCount() {}

    public static long fewest(Statistics statistics, Runnable work) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            statistics.clear();
            work.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
