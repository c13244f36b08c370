package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes on one database (two instances on one H2 database with the lock table of V95). */
class OneNodeAtATimeTest {

    private JdbcDataSource database;
    /** Holds the in-memory database open for the test (it closes with its last connection). */
    private Connection keepOpen;

    private OneNodeAtATime nodeA;
    private OneNodeAtATime nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() throws IOException, SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:locks-" + System.nanoTime());
        keepOpen = database.getConnection();
        try (InputStream ddl = getClass().getResourceAsStream("/db/migration/V95__scheduled_job_locks.sql")) {
            assertThat(ddl).as("the lock table's migration").isNotNull();
            new JdbcTemplate(database).execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        nodeA = new OneNodeAtATime(database);
        nodeB = new OneNodeAtATime(database);
    }

    @AfterEach
    void closeTheDatabase() throws SQLException {
        keepOpen.close();
    }

    @Test
    void aJobRunningOnOneNodeIsSkippedOnTheOther() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        boolean[] ranOnB = {true};
        // (node B on a thread of its own, as on another machine: the thread holding a lock may take it again)
        boolean ranOnA = nodeA.run("nightly", Duration.ofMinutes(10), Duration.ZERO, () -> {
            runs.incrementAndGet();
            Thread b = new Thread(() ->
                    ranOnB[0] = nodeB.run("nightly", Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet));
            b.start();
            try {
                b.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(ranOnA).isTrue();
        assertThat(ranOnB[0]).as("node B while A runs the job").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(nodeB.run("other-job", Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet))
                .as("another job's lock is its own")
                .isTrue();
    }

    @Test
    void theLockIsFreeOnceTheJobEndsUnlessHeldAtLeastLonger() {
        AtomicInteger runs = new AtomicInteger();
        nodeA.run("hourly", Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet);
        assertThat(nodeB.run("hourly", Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet))
                .as("released when A's run ended")
                .isTrue();

        nodeA.run("held", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet);
        assertThat(nodeB.run("held", Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet))
                .as("held a minute after A's run, for a node whose schedule fires a little later")
                .isFalse();
        assertThat(runs).hasValue(3);
    }

    @Test
    void aFailingJobReleasesTheLock() {
        assertThatThrownBy(() -> nodeA.run("fails", Duration.ofMinutes(10), Duration.ZERO, () -> {
                    throw new IllegalStateException("the job failed");
                }))
                .hasMessage("the job failed");
        assertThat(nodeB.run("fails", Duration.ofMinutes(10), Duration.ZERO, () -> {}))
                .isTrue();
    }
}
