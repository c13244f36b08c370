package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.insight.InsightIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged server as {@code ./tandem start} runs it, from the code Spring's ahead-of-time
 * processing wrote at build time ({@link AheadOfTime}), with the demo: a person signs in through the
 * form, the pages of each part answer, a form with its CSRF token is taken, the API answers (an
 * error as problem details too) and an insight captured is found by a search. The other process tests
 * ({@code CrashRecoveryIT}) start with sessions in the database, a setting the build did not decide
 * for: those start without it, and their sessions in the database prove they did.
 */
@Tag("process")
class AheadOfTimeStartIT {

    private static final String TOKEN = "tdm_aot-start-bootstrap-token-42";
    private static final String PASSWORD = "aot-start-password";

    private @Nullable PackagedServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.process().destroyForcibly();
            server.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theDemoServesFromTheCodeMadeAheadOfTime() throws Exception {
        Path data = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "aot-data-");
        Path log = data.resolve("server.log");
        Map<String, @Nullable String> env = new HashMap<>();
        env.put("TANDEM_ADMIN_PASSWORD", PASSWORD);
        env.put("TANDEM_BOOTSTRAP_TOKEN", TOKEN);
        env.put("TANDEM_DB_URL", null); // the embedded database in the data folder, as ./tandem start
        env.put("TANDEM_SESSIONS", null);
        env.put("TANDEM_RATE_LIMIT_STORE", null);
        env.put("TANDEM_SEARCH", null);
        env.put("SPRING_MAIL_HOST", null);
        env.put("MANAGEMENT_SERVER_PORT", null);
        PackagedServer started = PackagedServer.start("aot", data, log, env);
        server = started;
        started.awaitHealthy(Duration.ofSeconds(120));
        assertThat(Files.readString(log))
                .as("Spring says it runs the code made ahead of time")
                .contains("Starting AOT-processed TandemApplication")
                .doesNotContain("Starting without the code made ahead of time");

        WebSession web = new WebSession(started.url());
        assertThat(web.login(TandemIT.ADMIN_EMAIL, PASSWORD).location()).doesNotContain("error");
        for (String page : new String[] {
            "/w/budgetly",
            "/w/budgetly/dashboard",
            "/w/budgetly/insights?q=export",
            "/w/budgetly/goals",
            "/w/budgetly/initiatives",
            "/w/budgetly/initiatives/roadmap",
            "/w/budgetly/plan",
            "/w/budgetly/discovery",
            "/w/budgetly/check-ins"
        }) {
            WebSession.Page shown = web.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.html()).as(page).contains("Budgetly");
        }
        assertThat(web.get("/w/budgetly/plan").html())
                .as("the demo's plan ranks the onboarding fix")
                .contains("onboarding");
        assertThat(web.get("/account/tokens").status()).isEqualTo(200);
        assertThat(web.post("/account/tokens", Map.of("name", "made on the AOT server"))
                        .status())
                .as("a form with its CSRF token")
                .isEqualTo(302);
        assertThat(web.postRaw("/account/tokens", Map.of("name", "no CSRF token"))
                        .status())
                .as("a form without its CSRF token")
                .isEqualTo(403);

        Api api = started.api(TOKEN);
        assertThat(api.post(
                                "/api/v1/workspaces/budgetly/insights",
                                "{\"title\":\"Wombats cannot find the export button\",\"sourceType\":\"SURVEY\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/workspaces/budgetly/insights?q=wombats")
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("an insight captured is found by a search (Hibernate Search on Lucene)")
                .isEqualTo(1);
        Api.Response refused = api.post("/api/v1/workspaces/budgetly/insights", "{\"sourceType\":\"SURVEY\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field()).isEqualTo("title");
        assertThat(api.get("/api/v1/workspaces/budgetly/plan").status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/workspaces/budgetly/insights?q=onboarding")
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("the demo's insights, indexed as they were loaded")
                .isPositive();
        assertThat(Files.readString(log))
                .as("a first start indexes the demo once, as it loads it: its new index is not rebuilt")
                .contains("Tandem is ready")
                .doesNotContain("rebuilding it")
                .doesNotContain("Application run failed");
        assertThat(Files.readString(data.resolve("index/insight-layout.version"))
                        .strip())
                .as("the new index's layout, written at the first start")
                .isEqualTo(InsightIndex.LAYOUT);
    }
}
