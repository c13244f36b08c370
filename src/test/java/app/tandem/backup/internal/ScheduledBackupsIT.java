package app.tandem.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily backup's run as its schedule starts it, with and without another node holding its lock. */
class ScheduledBackupsIT extends TandemIT {

    @Autowired
    ScheduledBackups scheduled;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${tandem.backups.dir}")
    Path dir;

    @AfterEach
    void releaseTheLock() {
        // (by its time, as a lock ends: the lock provider remembers which rows exist and only updates them)
        jdbc.update("update shedlock set lock_until = ? where name = 'daily-backup'", aDayAgo());
    }

    @Test
    void oneNodeMakesTheDailyBackupAndAnotherNodeSkipsIt() throws IOException {
        // another node is making it (a day ahead: whatever the database's time zone)
        Timestamp aDayAhead = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        if (jdbc.update(
                        "update shedlock set lock_until = ?, locked_by = 'node-b' where name = 'daily-backup'",
                        aDayAhead)
                == 0) {
            jdbc.update(
                    "insert into shedlock (name, lock_until, locked_at, locked_by) values ('daily-backup', ?, ?, 'node-b')",
                    aDayAhead,
                    Timestamp.from(Instant.now()));
        }
        List<Path> before = backups();

        scheduled.backUp();
        assertThat(backups()).as("skipped while another node holds the lock").isEqualTo(before);

        releaseTheLock();
        scheduled.backUp();
        List<Path> written = backups().stream().filter(f -> !before.contains(f)).toList();
        try {
            assertThat(written).as("made once the lock is free").hasSize(1);
            assertThat(Files.size(written.getFirst())).isPositive();
            Map<String, Object> lock =
                    jdbc.queryForMap("select lock_until, locked_at from shedlock where name = 'daily-backup'");
            Duration held = Duration.between(
                    ((Timestamp) lock.get("locked_at")).toInstant(), ((Timestamp) lock.get("lock_until")).toInstant());
            assertThat(held)
                    .as("held five minutes, so that a node whose clock fires a little later does not make a second")
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(5).minusSeconds(1));
        } finally {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Timestamp aDayAgo() {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private List<Path> backups() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(ScheduledBackups.PREFIX))
                    .sorted()
                    .toList();
        }
    }
}
