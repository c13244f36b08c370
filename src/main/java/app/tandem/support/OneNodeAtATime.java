package app.tandem.support;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
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

    private final LockingTaskExecutor locks;

    OneNodeAtATime(DataSource dataSource) {
        this.locks = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
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
