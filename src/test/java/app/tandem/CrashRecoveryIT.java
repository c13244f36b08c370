package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * SIGKILL right after a commit, and a SIGTERM, lose no committed data, and the next start works.
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

        Server third = start(data, log);
        Api.Response teams = third.api().get("/api/v1/workspaces/survivor/teams");
        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.json().path("items").get(0).path("name").asString()).isEqualTo("Still here");
        assertThat(third.api().get("/api/v1/workspaces/budgetly").status())
                .as("demo created once")
                .isEqualTo(200);
        assertThat(third.api()
                        .get("/api/v1/workspaces")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(2);
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
