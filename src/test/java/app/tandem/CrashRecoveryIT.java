package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as a real process on the embedded database and kills it: a
 * SIGKILL right after a commit, and a SIGTERM, lose no committed data, and the start after the kill
 * works on what it left. Two starts: what the SIGTERM left is read from the database file itself.
 */
@Tag("process")
class CrashRecoveryIT {

    private static final String TOKEN = "tdm_crash-test-bootstrap-token-42";

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void committedDataSurvivesSigkillAndSigterm() throws Exception {
        Path data = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "crash-data-");
        Path log = data.resolve("server.log");

        Server first = start(data, log);
        Api.Response created = first.api().post("/api/v1/workspaces", "{\"name\":\"Survivor\",\"slug\":\"survivor\"}");
        assertThat(created.status()).isEqualTo(201);
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Server second = start(data, log);
        assertThat(second.api().get("/api/v1/workspaces/survivor").status())
                .as("a workspace committed right before SIGKILL")
                .isEqualTo(200);
        assertThat(second.api()
                        .post("/api/v1/workspaces/survivor/teams", "{\"name\":\"Still here\"}")
                        .status())
                .isEqualTo(201);
        second.process().destroy();
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS))
                .as("SIGTERM stops the server")
                .isTrue();

        assertThat(second.process().exitValue())
                .as("a clean stop after SIGTERM (143 is the JVM's answer to the signal)")
                .isIn(0, 143);

        // What SIGTERM left behind is read straight from the database file: a third start would
        // prove no more than the second one did (that the server starts on what a stop left).
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("tandem"), "sa", "");
                Statement query = db.createStatement()) {
            try (ResultSet teams = query.executeQuery(
                    "select t.name from teams t join workspaces w on w.id = t.workspace_id where w.slug = 'survivor'")) {
                assertThat(teams.next())
                        .as("a team committed right before SIGTERM")
                        .isTrue();
                assertThat(teams.getString(1)).isEqualTo("Still here");
            }
            try (ResultSet workspaces = query.executeQuery("select slug from workspaces order by slug")) {
                List<String> slugs = new ArrayList<>();
                while (workspaces.next()) {
                    slugs.add(workspaces.getString(1));
                }
                assertThat(slugs)
                        .as("the demo created once, by the first start")
                        .containsExactly("budgetly", "survivor");
            }
        }
    }

    record Server(Process process, Api api) {}

    private Server start(Path data, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar =
                Paths.get(System.getProperty("tandem.jar", "target/tandem.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application").exists();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1", // a quicker start: this test is about data, not speed
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                String.valueOf(port),
                "--data",
                data.toString());
        builder.environment().put("TANDEM_ADMIN_PASSWORD", "crash-test-password");
        builder.environment().put("TANDEM_BOOTSTRAP_TOKEN", TOKEN);
        builder.environment().remove("TANDEM_DB_URL");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        processes.add(process);
        Api api = new Api("http://localhost:" + port, TOKEN);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return new Server(process, api);
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server did not become healthy in 120 s; see " + log);
    }
}
