package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tandem export} writes a workspace's list as its download does, and names what is wrong
 * (an unknown list, a workspace that is not there) with a non-zero exit code. Runs the command
 * line on this test's application instead of one it would start on the data folder.
 */
class ExportCommandIT extends TandemIT {

    @Autowired
    ConfigurableApplicationContext application;

    @Test
    void exportsAListToAFileAndNamesWhatIsWrong() throws Exception {
        String slug = "cli-export-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Export\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin().post(
                                "/api/v1/workspaces/" + slug + "/insights",
                                "{\"title\":\"=Testers cannot find savings goals\",\"sourceType\":\"SURVEY\"}")
                        .status())
                .isEqualTo(201);
        Path out = DataDirectory.create("cli-export-").resolve("insights.csv");

        PrintStream stderr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("export", "insights", "--workspace", slug, "--out", out.toString()))
                    .isZero();
        } finally {
            System.setErr(stderr);
        }
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("Exporting  [" + "#".repeat(30) + "] 100% 1 of 1 rows")
                .contains("Exported 1 rows of insights into " + out);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("id", "title");
        assertThat(csv)
                .as("a formula cell is neutralised, as in the download")
                .contains("'=Testers cannot find savings goals");
        assertThat(Files.exists(out.resolveSibling("insights.csv.partial"))).isFalse();

        assertThat(run("export", "insights", "--workspace", slug, "--format", "json", "--out", out.toString()))
                .isZero();
        assertThat(Files.readString(out)).startsWith("[").contains("=Testers cannot find savings goals");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("export", "tickets", "--workspace", slug)).isEqualTo(2);
            assertThat(run("export", "personas", "--workspace", "no-such-" + unique()))
                    .isEqualTo(1);
        } finally {
            System.setErr(stderr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("There is no list tickets. Choose one of: action-items, decisions, initiatives, insights,"
                        + " journeys, kpis, personas, user-goals.")
                .containsIgnoringCase("workspace");
    }

    private int run(String... args) {
        return CommandLineOnTestApp.run(application, args);
    }
}
