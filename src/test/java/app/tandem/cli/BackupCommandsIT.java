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
                        + " migrations it lacks (2.1, 6, 63, 96, 97, 98, 99, 100, 101, 102, 103, 104)")
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

    @Test
    void aWorkspaceIsExportedAndImportedUnderAnotherAddressWithItsBars() throws Exception {
        String slug = "cli-archive-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Cli archive\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        Path archive = DataDirectory.create("workspace-cli-").resolve(slug + ".zip");
        assertThat(run("export-workspace", slug, "--out", archive.toString()))
                .as(printed())
                .isZero();
        assertThat(printed())
                .contains("Exporting  [" + "#".repeat(30) + "] 100%")
                .contains("Wrote workspace " + slug + " (")
                .contains("into " + archive);

        assertThat(run("import-workspace", archive.toString())).isEqualTo(1);
        assertThat(printed())
                .contains("There is already a workspace " + slug + " here")
                .contains("--slug");

        assertThat(run("import-workspace", archive.toString(), "--slug", slug + "-2", "--name", "Cli copy"))
                .as(printed())
                .isZero();
        assertThat(printed())
                .contains("Importing  [" + "#".repeat(30) + "] 100%")
                .contains("Imported workspace " + slug + "-2 (Cli copy): ")
                .contains("People: 1 found here by email, 0 added")
                .contains(
                        "Not carried by a workspace's archive: API tokens made for the workspace",
                        "; the addresses the workspace had before",
                        "; webhook subscriptions");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "-2")
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("Cli copy");

        assertThat(run("export-workspace", "no-such-" + slug, "--out", archive.toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("There is no workspace no-such-" + slug + ".");
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
