package app.tandem.backup.internal;

import app.tandem.backup.BackupSummary;
import app.tandem.backup.Backups;
import app.tandem.support.OneNodeAtATime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup ({@code tandem.backups.cron}, {@code -} turns it off) into {@code
 * tandem.backups.dir}, named by its time, keeping the newest {@code tandem.backups.keep}. With
 * several nodes one of them makes it ({@link OneNodeAtATime}). A backup taken while people work reads all
 * tables in one snapshot.
 */
@Component
class ScheduledBackups {

    static final String PREFIX = "tandem-backup-";
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Backups backups;
    private final Path dir;
    private final int keep;
    private final OneNodeAtATime oneNode;
    private final Clock clock = Clock.systemUTC();

    ScheduledBackups(
            Backups backups,
            OneNodeAtATime oneNode,
            @Value("${tandem.backups.dir}") Path dir,
            @Value("${tandem.backups.keep:7}") int keep) {
        this.backups = backups;
        this.oneNode = oneNode;
        this.dir = dir;
        this.keep = Math.max(1, keep);
    }

    @Scheduled(cron = "${tandem.backups.cron:0 30 2 * * *}")
    public void backUp() {
        oneNode.run("daily-backup", Duration.ofHours(3), Duration.ofMinutes(5), this::backUpAndSay);
    }

    private void backUpAndSay() {
        try {
            run();
        } catch (RuntimeException | IOException e) {
            log.error("The daily backup failed: {}", e.getMessage(), e);
        }
    }

    /** Writes one backup and removes the oldest beyond the number kept; answers what was written. */
    BackupSummary run() throws IOException {
        Files.createDirectories(dir);
        BackupSummary done = backups.backup(dir.resolve(PREFIX + NAME.format(clock.instant()) + ".zip"));
        log.info(
                "Backup written: {} ({} tables, {} rows, {} bytes, {} s)",
                done.file(),
                done.tables(),
                done.rows(),
                done.bytes(),
                String.format("%.1f", done.seconds()));
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted()
                    .toList();
        }
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
        }
        return done;
    }
}
