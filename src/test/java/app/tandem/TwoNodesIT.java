package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.webhook.WebhookReceiver;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two Tandem processes on one PostgreSQL database, as behind a load balancer without sticky
 * sessions: a person signed in through one node is signed in on the other with the same CSRF
 * token; failed sign-ins through both nodes count against one rate limit, which a change through
 * one node sets on both; an insight captured through one node is found by a search on the other within 2 s (one
 * OpenSearch index); an event is handled and its webhook sent once though both nodes poll the queue; a
 * scheduled job runs on one node per tick; killing a node in the middle of an import loses no
 * committed row, and the other node serves on and finishes the import without duplicates.
 *
 * <p>Runs in the PostgreSQL run of {@code ./tandem test} (tag {@code nodes}): the database's
 * address comes from that run's {@code spring.datasource.*} settings, the OpenSearch node's from its
 * {@code tandem.search.*} settings. The nodes work in a schema and under index names of their own,
 * removed afterwards: a node killed in the middle of an import leaves rows the index lacks, and the
 * other tests' application contexts would rebuild their shared index for it.
 */
@Tag("nodes")
class TwoNodesIT {

    private static final Pattern KEPT_AHEAD =
            Pattern.compile("^(\\S+)\\s+INFO .*Check-ins kept ahead", Pattern.MULTILINE);
    private static final int IMPORT_ROWS = 12_000;
    private static final int TICK_SECONDS = 5;
    /** The nodes' own schema and index names: what they do (a node killed mid-import) stays theirs. */
    private static final String SCHEMA = "two_nodes";

    private static final String INDEX_PREFIX = "two-nodes-";

    private static final String RATE_LIMITS = "/api/v1/admin/rate-limits";

    private final List<Process> processes = new ArrayList<>();

    private String dbUrl = "";

    @AfterEach
    void stopAll() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (!dbUrl.isEmpty()) {
            try (Connection db = database(System.getProperty("spring.datasource.url"));
                    Statement drop = db.createStatement()) {
                drop.execute("drop schema if exists " + SCHEMA + " cascade");
            }
            String hosts = System.getProperty("tandem.search.opensearch.hosts", "");
            String protocol = System.getProperty("tandem.search.opensearch.protocol", "http");
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            protocol + "://" + hosts.split(",")[0] + "/" + INDEX_PREFIX + "*"))
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void twoNodesShareSessionsEventsJobsAndSurviveTheLossOfOne() throws Exception {
        String shared = System.getProperty("spring.datasource.url", "");
        assertThat(shared)
                .as("the PostgreSQL run of ./tandem test gives the database (spring.datasource.url)")
                .startsWith("jdbc:postgresql:");
        // a schema of their own in the test database, so that the other tests' data stay as they are
        try (Connection db = database(shared);
                Statement create = db.createStatement()) {
            create.execute("drop schema if exists " + SCHEMA + " cascade");
            create.execute("create schema " + SCHEMA);
        }
        dbUrl = shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        assertThat(System.getProperty("tandem.search.opensearch.hosts", ""))
                .as("./tandem test starts an OpenSearch node and names it (tandem.search.opensearch.hosts)")
                .isNotBlank();
        Path folder = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "two-nodes-");
        PackagedServer a = start("a", folder);
        PackagedServer b = start("b", folder);
        a.awaitHealthy(Duration.ofSeconds(150));
        b.awaitHealthy(Duration.ofSeconds(150));

        // ---- a session signed in through A is valid on B, CSRF token and all ----------------------
        WebSession onA = new WebSession(a.url());
        assertThat(onA.login(TandemIT.ADMIN_EMAIL, TandemIT.ADMIN_PASSWORD).location())
                .doesNotContain("error");
        assertThat(onA.get("/account/tokens").status()).isEqualTo(200);
        WebSession onB = onA.at(b.url());
        assertThat(onB.get("/account/tokens").status())
                .as("signed in on B through A's session")
                .isEqualTo(200);
        assertThat(onB.postRaw("/account/tokens", Map.of("name", "no token")).status())
                .as("a form without the CSRF token is refused on B")
                .isEqualTo(403);
        // (a name of its own: the admin's tokens on a database given with TANDEM_TEST_PG_URL outlive a run)
        String tokenName = "made on B " + java.util.UUID.randomUUID().toString().substring(0, 8);
        WebSession.Page created = onA.at(b.url()).post("/account/tokens", Map.of("name", tokenName));
        assertThat(created.status()).as("A's CSRF token holds on B").isEqualTo(302);
        assertThat(onA.get("/account/tokens").html()).contains(tokenName);

        Api apiA = a.api(TandemIT.ADMIN_TOKEN);
        Api apiB = b.api(TandemIT.ADMIN_TOKEN);

        // ---- rate limits: a change through A holds on B, and both nodes count into one bucket ------
        JsonNode limits = apiA.get(RATE_LIMITS).json();
        Api.Response changed = apiA.send(
                "PUT",
                RATE_LIMITS,
                ((ObjectNode) limits.deepCopy())
                        .put("enabled", true)
                        .put("signInPerAddress", 4)
                        .toString());
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        long version = changed.json().path("version").asLong();
        Instant changedAt = Instant.now();
        JsonNode onNodeB = apiB.get(RATE_LIMITS).json();
        while (onNodeB.path("version").asLong() != version && Instant.now().isBefore(changedAt.plusSeconds(3))) {
            Thread.sleep(100);
            onNodeB = apiB.get(RATE_LIMITS).json();
        }
        assertThat(onNodeB.path("signInPerAddress").asInt())
                .as("the limit changed through A is in force on B")
                .isEqualTo(4);
        for (PackagedServer node : List.of(a, b, a, b)) {
            assertThat(new WebSession(node.url())
                            .login("nobody-" + Long.toString(System.nanoTime(), 36) + "@example.com", "wrong-password")
                            .location())
                    .as("a failed sign-in through " + node.url())
                    .endsWith("/login?error");
        }
        WebSession.Page fifth = new WebSession(b.url()).login("nobody@example.com", "wrong-password");
        assertThat(fifth.status())
                .as("the fifth failed sign-in from one address, two through each node, is over the limit of 4")
                .isEqualTo(429);
        Api.Response off = apiB.send(
                "PUT",
                RATE_LIMITS,
                ((ObjectNode) limits.deepCopy())
                        .put("version", version)
                        .put("enabled", false)
                        .toString());
        assertThat(off.status()).as(off.text()).isEqualTo(200);

        // ---- an event is handled once and its webhook delivered once, though both nodes poll ------
        String slug = "nodes-" + Long.toString(System.nanoTime(), 36);
        assertThat(apiA.post("/api/v1/workspaces", "{\"name\":\"Two nodes\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            setPrivateTargets(apiA, true);
            assertThat(apiB.post(
                                    "/api/v1/workspaces/" + slug + "/webhooks",
                                    "{\"url\":\"" + receiver.url("/hook") + "\",\"eventTypes\":[\"insight.captured\"]}")
                            .status())
                    .isEqualTo(201);
            assertThat(apiA.post(
                                    "/api/v1/workspaces/" + slug + "/insights",
                                    "{\"title\":\"Quokkas abandon the onboarding email\",\"sourceType\":\"SURVEY\"}")
                            .status())
                    .isEqualTo(201);
            // ---- found by a search on the other node within 2 s (one OpenSearch index for both) ----
            Instant captured = Instant.now();
            int found = 0;
            while (found == 0 && Instant.now().isBefore(captured.plusSeconds(2))) {
                found = apiB.get("/api/v1/workspaces/" + slug + "/insights?q=quokkas")
                        .json()
                        .path("totalItems")
                        .asInt();
            }
            assertThat(found)
                    .as("captured through A, found through B within 2 s")
                    .isEqualTo(1);

            assertThat(receiver.await(1, Duration.ofSeconds(20))).hasSize(1);
            Thread.sleep(3_000); // both nodes poll every second: a second copy would arrive by now
            assertThat(receiver.received()).as("delivered once").hasSize(1);
        }

        // ---- the hourly job (every 5 s here) runs on one node per tick -----------------------------
        Map<Long, Set<String>> ticks = awaitTicks(a, b, 3, Duration.ofSeconds(40));
        assertThat(ticks.values())
                .as("each tick's run on one node only (tick -> nodes): " + ticks)
                .allSatisfy(nodes -> assertThat(nodes).hasSize(1));

        // ---- killing A in the middle of an import loses nothing committed; B finishes it ----------
        Path csv = folder.resolve("tickets.csv");
        writeTickets(csv);
        CompletableFuture<HttpResponse<String>> importOnA = importAsync(a, slug, csv);
        long committedAtKill;
        try (Connection db = database(dbUrl)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            long seen = insights(db, slug);
            while (seen < 1 + 5_000 && Instant.now().isBefore(deadline) && !importOnA.isDone()) {
                Thread.sleep(50);
                seen = insights(db, slug);
            }
            assertThat(seen).as("the first chunk of 5,000 committed by A").isGreaterThan(5_000);
            a.process().destroyForcibly();
            assertThat(a.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            committedAtKill = insights(db, slug);
            assertThat(committedAtKill)
                    .as("killed in the middle of the import, not after it")
                    .isLessThan(1 + IMPORT_ROWS)
                    .isGreaterThanOrEqualTo(seen);

            assertThat(apiB.get("/api/v1/workspaces/" + slug).status())
                    .as("B serves on")
                    .isEqualTo(200);
            HttpResponse<String> again = importAsync(b, slug, csv).get(180, TimeUnit.SECONDS);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(insights(db, slug))
                    .as("the import run again on B adds what A did not commit, and nothing twice")
                    .isEqualTo(1 + IMPORT_ROWS);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private PackagedServer start(String name, Path folder) throws IOException {
        Map<String, @Nullable String> env = new HashMap<>();
        env.put("TANDEM_DB_URL", dbUrl);
        env.put("TANDEM_DB_USER", System.getProperty("spring.datasource.username"));
        env.put("TANDEM_DB_PASSWORD", System.getProperty("spring.datasource.password"));
        env.put("TANDEM_SESSIONS", "database");
        env.put("TANDEM_RATE_LIMIT_STORE", "database");
        // the search the PostgreSQL run uses: one OpenSearch node that every node shares
        env.put("TANDEM_SEARCH", "opensearch");
        env.put("TANDEM_SEARCH_HOSTS", System.getProperty("tandem.search.opensearch.hosts", ""));
        env.put("TANDEM_SEARCH_PROTOCOL", System.getProperty("tandem.search.opensearch.protocol", "http"));
        env.put("TANDEM_SEARCH_INDEX_PREFIX", INDEX_PREFIX);
        env.put("TANDEM_DEMO", "false");
        env.put("TANDEM_ADMIN_PASSWORD", TandemIT.ADMIN_PASSWORD);
        env.put("TANDEM_BOOTSTRAP_TOKEN", TandemIT.ADMIN_TOKEN);
        env.put("TANDEM_CHECK_INS_KEEP_AHEAD_CRON", "*/" + TICK_SECONDS + " * * * * *");
        env.put("TANDEM_CHECK_INS_KEEP_AHEAD_HOLD", "PT3S");
        PackagedServer server = PackagedServer.start(
                name, Files.createDirectories(folder.resolve("data-" + name)), folder.resolve(name + ".log"), env);
        processes.add(server.process());
        return server;
    }

    private static Connection database(String url) throws java.sql.SQLException {
        return DriverManager.getConnection(
                url,
                System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"));
    }

    private static void setPrivateTargets(Api api, boolean allow) {
        assertThat(api.putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":" + allow + "}")
                        .status())
                .isEqualTo(200);
    }

    /** The scheduled runs seen in both logs, by tick (epoch second / tick): which nodes ran each. */
    private static Map<Long, Set<String>> awaitTicks(PackagedServer a, PackagedServer b, int atLeast, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<Long, Set<String>> ticks = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            ticks = new HashMap<>();
            for (PackagedServer node : List.of(a, b)) {
                Matcher m = KEPT_AHEAD.matcher(Files.readString(node.log()));
                while (m.find()) {
                    long tick = OffsetDateTime.parse(m.group(1)).toEpochSecond() / TICK_SECONDS;
                    ticks.computeIfAbsent(tick, t -> new java.util.TreeSet<>()).add(node.name());
                }
            }
            if (ticks.size() >= atLeast) {
                return ticks;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("fewer than " + atLeast + " scheduled runs in " + timeout + ": " + ticks);
    }

    private static void writeTickets(Path csv) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("ticket_id,subject,description\n");
            for (int i = 0; i < IMPORT_ROWS; i++) {
                out.write("N-" + i + ",Ticket " + i + " about the budget screen,\"The user cannot find the savings"
                        + " goal screen; ticket " + i + " of the two-node import.\"\n");
            }
        }
    }

    private static CompletableFuture<HttpResponse<String>> importAsync(PackagedServer node, String slug, Path csv)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        node.url() + "/api/v1/workspaces/" + slug + "/insights/import?sourceType=SUPPORT_TICKET"))
                .timeout(Duration.ofSeconds(180))
                .header("Authorization", "Bearer " + TandemIT.ADMIN_TOKEN)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long insights(Connection db, String slug) throws java.sql.SQLException {
        try (PreparedStatement count = db.prepareStatement(
                "select count(*) from insights i join workspaces w on w.id = i.workspace_id where w.slug = ?")) {
            count.setString(1, slug);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
