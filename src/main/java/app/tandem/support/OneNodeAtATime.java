package app.tandem.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node at a time when several nodes share the database: a row per job
 * in {@code shedlock} (V95, ShedLock's JDBC provider) holds the lock, timed by the database's clock
 * so that nodes whose clocks differ agree on when it ends. A node that finds the row taken skips
 * that run.
 *
 * <p>Jobs call it themselves rather than carrying ShedLock's {@code @SchedulerLock}: that annotation
 * needs an advisor that looks through every method of every bean for it as the server starts (about
 * 0.1 s of each start, for four methods).
 */
@Component
public class OneNodeAtATime {

    /** How long a lock kept alive outlives a node that stops: it is renewed every half of it while the work runs. */
    static final Duration ALIVE_FOR = Duration.ofSeconds(30);

    private final JdbcTemplateLockProvider provider;
    private final LockingTaskExecutor locks;
    private volatile @Nullable KeepAliveLockProvider keptAlive;

    OneNodeAtATime(DataSource dataSource) {
        this.provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        this.locks = new DefaultLockingTaskExecutor(provider);
    }

    /**
     * Runs {@code job} holding the lock {@code name}, waiting up to {@code waitAtMost} for another node
     * or thread that holds it to finish. The lock is renewed while the job runs, however long it takes,
     * and a node that stops holding it lets it go within {@link #ALIVE_FOR}. Answers false, without
     * running the job, when the lock was not free in time.
     */
    public boolean runAlone(String name, Duration waitAtMost, Runnable job) {
        Instant giveUp = Instant.now().plus(waitAtMost);
        while (true) {
            Optional<SimpleLock> lock =
                    keptAlive().lock(new LockConfiguration(ClockProvider.now(), name, ALIVE_FOR, Duration.ZERO));
            if (lock.isPresent()) {
                try {
                    job.run();
                } finally {
                    lock.get().unlock();
                }
                return true;
            }
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The provider that renews locks, made on first use (its thread is not started with the server). */
    private KeepAliveLockProvider keptAlive() {
        KeepAliveLockProvider alive = keptAlive;
        if (alive == null) {
            synchronized (this) {
                alive = keptAlive;
                if (alive == null) {
                    ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(task -> {
                        Thread thread = new Thread(task, "lock-renewals");
                        thread.setDaemon(true);
                        return thread;
                    });
                    alive = new KeepAliveLockProvider(provider, renewals);
                    keptAlive = alive;
                }
            }
        }
        return alive;
    }

    /**
     * Runs {@code job} unless another node holds the lock {@code name}. The lock is held while it runs,
     * for at least {@code atLeastFor} (so that a node whose schedule fires a little later finds it
     * still taken) and at most {@code atMostFor} (so that a node that dies holding it does not stop the
     * job for good). Answers whether the job ran here.
     */
    public boolean run(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
        boolean[] ran = {false};
        Runnable marked = () -> {
            ran[0] = true;
            job.run();
        };
        locks.executeWithLock(marked, new LockConfiguration(ClockProvider.now(), name, atMostFor, atLeastFor));
        return ran[0];
    }
}
