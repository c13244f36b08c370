package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tandem restore --check} as an operator runs it before a restore, and {@code tandem backup}:
 * a progress bar for each phase, what the archive holds, that
 * an older Tandem's archive will be brought up to this version (and with which migrations), and a
 * file that is not a backup refused with exit code 1. A check changes nothing, so it runs on the
 * tests' own database.
 */
class BackupCommandsIT extends TandemIT {

    @Autowired
    ConfigurableApplicationContext application;

    private String printed = "";

    @Test
    void checkingAnOlderTandemsArchiveSaysWhatTheRestoreWillBringItUpWith() throws Exception {
        Path folder = DataDirectory.create("restore-check-");
        Path older = folder.resolve("older.zip");
        try (InputStream in = getClass().getResourceAsStream("/backup/tandem-ec896f6-demo.zip")) {
            Files.copy(in, older);
        }
        assertThat(run("restore", older.toString(), "--check")).as(printed()).isZero();
        String said = printed();
        assertThat(said)
                .contains(older + " is a good backup: ")
                .contains("830 rows, made by Tandem 0.1.0-SNAPSHOT at 2026-12-03T06:06:39")
                .contains("It was made by an older Tandem: the restore brings it up to this version with the"
                        + " migrations it lacks (2.1, 6, 63)")
                // a bar for each phase: the older archive checked, brought up and written out, then checked again
                .contains("Checking   [" + "#".repeat(30) + "] 100% 830 of 830 rows")
                .contains("Upgrading  [" + "#".repeat(30) + "] 100% 830 of 830 rows")
                .contains("Rewriting  [" + "#".repeat(30) + "] 100% 830 of 830 rows");

        // a backup of the tests' own database, with its bar
        Path backup = folder.resolve("now.zip");
        assertThat(run("backup", "--out", backup.toString())).as(printed()).isZero();
        assertThat(printed())
                .contains("Backing up [" + "#".repeat(30) + "] 100%")
                .contains("Backed up ")
                .contains("into " + backup);

        Path notes = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        assertThat(run("restore", notes.toString(), "--check")).isEqualTo(1);
        assertThat(printed()).contains("is not a Tandem backup");
    }

    private String printed() {
        return printed;
    }

    private int run(String... args) {
        CommandLineOnTestApp.Run run = CommandLineOnTestApp.capture(application, args);
        printed = run.printed();
        return run.exitCode();
    }
}
