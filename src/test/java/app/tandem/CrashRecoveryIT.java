package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as a real process on the embedded database and kills it: a
 * SIGKILL right after a commit, and a SIGTERM, lose no committed data, and the start after the kill
 * works on what it left. Two starts: what the SIGTERM left is read from the database file itself.
 * Sessions are kept in the embedded database ({@code TANDEM_SESSIONS=database}): a person signed in
 * before the kill is still signed in after the start that follows, CSRF token and all.
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
        assertThat(Files.readString(log))
                .as("sessions in the database are not what the build's ahead-of-time code was made for")
                .contains("Starting without the code made ahead of time at build time, which was made for other"
                        + " settings: tandem.sessions.store=database");
        WebSession signedIn = new WebSession(first.url());
        assertThat(signedIn.login(TandemIT.ADMIN_EMAIL, "crash-test-password").location())
                .doesNotContain("error");
        assertThat(signedIn.get("/account/tokens").status()).isEqualTo(200);
        Api.Response created = first.api().post("/api/v1/workspaces", "{\"name\":\"Survivor\",\"slug\":\"survivor\"}");
        assertThat(created.status()).isEqualTo(201);
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Server second = start(data, log);
        assertThat(second.api().get("/api/v1/workspaces/survivor").status())
                .as("a workspace committed right before SIGKILL")
                .isEqualTo(200);
        WebSession stillSignedIn = signedIn.at(second.url());
        assertThat(stillSignedIn.get("/account/tokens").status())
                .as("signed in before the kill, still signed in after the start (sessions in the database)")
                .isEqualTo(200);
        assertThat(stillSignedIn
                        .post("/account/tokens", Map.of("name", "after the restart"))
                        .status())
                .as("the CSRF token of the session holds after the start")
                .isEqualTo(302);
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

    record Server(Process process, Api api, String url) {}

    private Server start(Path data, Path log) throws IOException, InterruptedException {
        Map<String, @Nullable String> env = new HashMap<>();
        env.put("TANDEM_ADMIN_PASSWORD", "crash-test-password");
        env.put("TANDEM_BOOTSTRAP_TOKEN", TOKEN);
        env.put("TANDEM_DB_URL", null); // the embedded database in the data folder
        env.put("TANDEM_SESSIONS", "database");
        PackagedServer server = PackagedServer.start("crash", data, log, env);
        processes.add(server.process());
        server.awaitHealthy(Duration.ofSeconds(120));
        return new Server(server.process(), server.api(TOKEN), server.url());
    }
}
