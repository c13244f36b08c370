package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.identity.Users;
import app.tandem.insight.importing.ImportFormat;
import app.tandem.insight.importing.ImportProgress;
import app.tandem.insight.importing.InsightImport;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.search.SearchBackendSettings;
import app.tandem.support.ImportMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class InsightApiIT extends TandemIT {

    @Autowired
    InsightIndex index;

    @Autowired
    InsightImport importer;

    @Autowired
    Users users;

    private String slug;
    private String base;
    private long designTeam;

    @BeforeEach
    void workspace() {
        slug = "research-" + unique();
        base = "/api/v1/workspaces/" + slug + "/insights";
        admin().post("/api/v1/workspaces", "{\"name\":\"Research\",\"slug\":\"" + slug + "\"}");
        designTeam = admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"Support\"}");
    }

    private long capture(String title, String body, String sourceType, String tagsJson) {
        Api.Response created = admin().post(
                        base,
                        "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"sourceType\":\"" + sourceType
                                + "\",\"teamId\":" + designTeam + ",\"sentiment\":-1,\"reach\":8,\"tags\":" + tagsJson
                                + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** The version an edit starts from, as a client reads it. */
    private long version(long id) {
        return admin().get(base + "/" + id).json().path("version").asLong();
    }

    @Test
    void findsAnInsightByAWordInItsBodyAndHighlightsIt() {
        long id = capture(
                "Testers miss the savings goals",
                "Six of eight participants looked under Budget for the savings feature.",
                "USABILITY_TEST",
                "[\"Savings Goals\",\"navigation\"]");
        capture("Jargon tickets", "Users ask what envelope allocation means.", "SUPPORT_TICKET", "[\"jargon\"]");

        Api.Response found = admin().get(base + "?q=participants");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(found.json().path("items").get(0).path("insight").path("id").asLong())
                .isEqualTo(id);
        assertThat(found.json().path("items").get(0).path("snippetHtml").asString())
                .contains("<mark>participants</mark>");
        assertThat(found.json()
                        .path("items")
                        .get(0)
                        .path("insight")
                        .path("tags")
                        .valueStream()
                        .map(t -> t.asString()))
                .containsExactlyInAnyOrder("savings-goals", "navigation");

        assertThat(admin().get(base + "?q=participant")
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("stemming")
                .isEqualTo(1);
        assertThat(admin().get(base + "?q=nothing-like-this")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void filtersBySourceTypeTeamTagAndSentimentAndCountsFacets() {
        capture("A", "first", "USABILITY_TEST", "[\"navigation\"]");
        capture("B", "second", "SUPPORT_TICKET", "[\"jargon\"]");
        capture("C", "third", "SUPPORT_TICKET", "[\"jargon\",\"navigation\"]");

        Api.Response all = admin().get(base);
        assertThat(all.json().path("totalItems").asInt()).isEqualTo(3);
        assertThat(all.json().path("sourceTypeCounts").path("SUPPORT_TICKET").asInt())
                .isEqualTo(2);
        assertThat(all.json().path("tagCounts").path("navigation").asInt()).isEqualTo(2);
        assertThat(all.json()
                        .path("teamCounts")
                        .path(String.valueOf(designTeam))
                        .asInt())
                .isEqualTo(3);

        assertThat(admin().get(base + "?sourceType=SUPPORT_TICKET")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(admin().get(base + "?tag=jargon&sourceType=SUPPORT_TICKET")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(admin().get(base + "?team=" + designTeam + "&tag=navigation")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(admin().get(base + "?sentiment=2").json().path("totalItems").asInt())
                .isZero();
        assertThat(admin().get(base + "?from=2000-01-01&to=2000-12-31")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();
        Api.Response badType = admin().get(base + "?sourceType=RUMOUR");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.field()).isEqualTo("sourceType");
    }

    @Test
    void aDeletedTeamIsClearedFromItsInsightsAndFromTheCounts() {
        long id = capture("Found by design", "Design found this.", "USABILITY_TEST", "[]");
        assertThat(admin().get(base + "?team=" + designTeam)
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);

        assertThat(admin().delete("/api/v1/workspaces/" + slug + "/teams/" + designTeam)
                        .status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(admin().get(base + "?team=" + designTeam)
                                .json()
                                .path("totalItems")
                                .asInt())
                        .isZero());
        // (the team's filter may find nothing before the listener has cleared the insight: a CI run on
        // PostgreSQL and OpenSearch read the insight in between, December 2026)
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(admin().get(base + "/" + id).json().hasNonNull("teamId"))
                                .isFalse());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Api.Response all = admin().get(base);
            assertThat(all.json().path("totalItems").asInt()).isEqualTo(1);
            assertThat(all.json().path("teamCounts").has(String.valueOf(designTeam)))
                    .as(all.text())
                    .isFalse();
        });
        assertThat(admin().get(base + "?q=design").json().path("totalItems").asInt())
                .as("still found by its words")
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select completion_date from event_publication where event_type like '%TeamDeleted' and serialized_event like ?"
                                        + " and listener_id like 'app.tandem.insight.%'",
                                Object.class, "%\"teamId\":" + designTeam + "%"))
                        .as("the event was stored and is marked done, so it is not handled again at the next start")
                        .singleElement()
                        .isNotNull());
    }

    @Test
    void aTeamDeletedDuringAnImportIsNamedByNoneOfItsRows() throws Exception {
        // more rows than one chunk: the team is deleted once the first chunk is saved, before the rest are
        int rows = InsightImport.CHUNK + 1_000;
        Path file = Files.createTempFile("team-import-", ".csv");
        StringBuilder csv = new StringBuilder("id,title,body\n");
        for (int i = 0; i < rows; i++) {
            csv.append("T-").append(i).append(",Row ").append(i).append(",Found by design\n");
        }
        Files.writeString(file, csv);
        long adminId = users.byEmail(ADMIN_EMAIL).id();
        boolean[] deleted = {false};
        ImportProgress deleteAfterTheFirstChunk = new ImportProgress() {
            @Override
            public void saving(long done, long goodRows) {
                if (!deleted[0]) {
                    deleted[0] = true;
                    assertThat(admin().delete("/api/v1/workspaces/" + slug + "/teams/" + designTeam)
                                    .status())
                            .isEqualTo(204);
                    // the first chunk is cleared before the next is saved
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> jdbc.queryForObject(
                                            "select count(*) from insights where team_id = ?", Long.class, designTeam)
                                    == 0);
                }
            }
        };

        InsightImport.Report report = importer.run(
                slug,
                adminId,
                file,
                ImportFormat.CSV,
                Map.of(),
                new InsightImport.Defaults(null, designTeam),
                ImportMode.ALL_OR_NOTHING,
                deleteAfterTheFirstChunk);
        Files.delete(file);

        assertThat(report.imported()).isEqualTo(rows);
        assertThat(deleted[0]).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin().get(base + "?team=" + designTeam)
                                .json()
                                .path("totalItems")
                                .asInt())
                        .isZero());
        assertThat(jdbc.queryForObject("select count(*) from insights where team_id = ?", Long.class, designTeam))
                .as("rows naming the deleted team")
                .isZero();
        Api.Response all = admin().get(base);
        assertThat(all.json().path("totalItems").asInt()).isEqualTo(rows);
        assertThat(all.json().path("teamCounts").has(String.valueOf(designTeam)))
                .as(all.text())
                .isFalse();
    }

    @Test
    void aDeletedWorkspacesInsightsLeaveTheSearchIndex() {
        capture("One", "first", "SURVEY", "[]");
        capture("Two", "second", "SURVEY", "[]");
        long workspaceId =
                admin().get("/api/v1/workspaces/" + slug).json().path("id").asLong();
        assertThat(indexed(workspaceId)).isEqualTo(2);

        assertThat(admin().delete("/api/v1/workspaces/" + slug).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(indexed(workspaceId)).isZero());
    }

    /** How many insights of the workspace the search index holds. */
    private long indexed(long workspaceId) {
        return transactions.execute(status -> Search.session(entityManager)
                .search(Insight.class)
                .where(f -> f.match().field("workspaceId").matching(workspaceId))
                .fetchTotalHitCount());
    }

    @Test
    void refusesBadInsightsNamingTheField() {
        Api.Response noTitle = admin().post(base, "{\"title\":\"\"}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.field()).isEqualTo("title");
        Api.Response sentiment = admin().post(base, "{\"title\":\"x\",\"sentiment\":5}");
        assertThat(sentiment.status()).isEqualTo(400);
        assertThat(sentiment.field()).isEqualTo("sentiment");
        Api.Response otherTeam = admin().post(base, "{\"title\":\"x\",\"teamId\":999999999}");
        assertThat(otherTeam.status()).isEqualTo(400);
        assertThat(otherTeam.field()).isEqualTo("teamId");
        // a comma separates tags in the insight form: a tag holding one would be split by its next save there
        Api.Response comma = admin().post(base, "{\"title\":\"x\",\"tags\":[\"x,y\",\"a\"]}");
        assertThat(comma.status()).isEqualTo(400);
        assertThat(comma.field()).isEqualTo("tags");
        assertThat(comma.text()).contains("A tag cannot hold a comma");

        // every wrong field the insight's own checks find at once, not one per try
        Api.Response several = admin().post(
                        base, "{\"title\":\"x\",\"observedOn\":\"2999-01-01\",\"tags\":[\"" + "t".repeat(61) + "\"]}");
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactly("observedOn", "tags");
        // ... with the body's own constraints (no title, a sentiment of 5) in the same answer
        Api.Response constraintsToo =
                admin().post(base, "{\"title\":\" \",\"sentiment\":5,\"observedOn\":\"2999-01-01\"}");
        assertThat(constraintsToo.status()).isEqualTo(400);
        assertThat(constraintsToo.json().path("type").asString()).endsWith("invalid-request");
        assertThat(constraintsToo
                        .json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("title", "sentiment", "observedOn");
        // ... and on the form, each beside its field, what was typed kept
        WebSession web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        web.get("/w/" + slug + "/insights/new");
        WebSession.Page form = web.post(
                "/w/" + slug + "/insights",
                java.util.Map.of(
                        "title",
                        "",
                        "observedOn",
                        "2999-01-01",
                        "sentiment",
                        "0",
                        "reach",
                        "-3",
                        "sourceType",
                        "SURVEY"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html())
                .contains("id=\"i-title-error\"", "id=\"i-observed-error\"", "id=\"i-reach-error\"")
                .contains("value=\"2999-01-01\"");
        WebSession.Page reversedPage = web.get("/w/" + slug + "/insights?from=2026-03-01&to=2026-01-01");
        assertThat(reversedPage.status()).isEqualTo(400);
        assertThat(reversedPage.html())
                .contains("<p id=\"to-error\" class=\"field-error\">The period ends on 1 Jan 2026")
                .doesNotContain("id=\"q-error\"");
        Api.Response shortYear = admin().post(base, "{\"title\":\"x\",\"observedOn\":\"0202-11-30\"}");
        assertThat(shortYear.status()).isEqualTo(400);
        assertThat(shortYear.field()).isEqualTo("observedOn");
        assertThat(shortYear.json().path("detail").asString()).contains("before 1900");
        Api.Response reversed = admin().get(base + "?from=2026-03-01&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.field()).isEqualTo("to");
        assertThat(reversed.json().path("detail").asString()).contains("swap the two dates");
        assertThat(admin().get(base).json().path("totalItems").asInt()).isZero();
        // a page past the last (an old link) says so and leads back, instead of "Page 10 of 1" and nothing
        // (within the 10,000 results OpenSearch pages through)
        capture("One insight", "words", "SURVEY", "[]");
        WebSession.Page pastTheEnd = web.get("/w/" + slug + "/insights?page=9");
        assertThat(pastTheEnd.html())
                .contains("There is no page 10</span><span>: the results have 1 page.")
                .contains("Go to the results")
                .doesNotContain("Page 10 of");
        // and one before the first is the first
        WebSession.Page beforeTheFirst = web.get("/w/" + slug + "/insights?page=-1");
        assertThat(beforeTheFirst.status()).isEqualTo(200);
        assertThat(beforeTheFirst.html()).contains("One insight");
    }

    @Test
    void updatesAndDeletesAndSearchFollows() {
        long id = capture("Old title", "old words", "SURVEY", "[]");
        Api.Response updated = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"title\":\"New title\",\"body\":\"fresh words\",\"sourceType\":\"SURVEY\",\"version\":"
                                + version(id) + "}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin().get(base + "?q=fresh").json().path("totalItems").asInt())
                .isEqualTo(1);
        assertThat(admin().get(base + "?q=old").json().path("totalItems").asInt())
                .isZero();
        Api.Response retagged = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"title\":\"New title\",\"body\":\"fresh words\",\"sourceType\":\"SURVEY\",\"tags\":[\"Savings Goals\",\"jargon\"],\"version\":"
                                + version(id) + "}");
        assertThat(retagged.status()).as(retagged.text()).isEqualTo(200);
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("tags")
                        .valueStream()
                        .map(t -> t.asString()))
                .as("the tags are saved")
                .containsExactlyInAnyOrder("savings-goals", "jargon");
        assertThat(admin().get(base + "?tag=savings-goals")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
        admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"title\":\"New title\",\"body\":\"fresh words\",\"sourceType\":\"SURVEY\",\"tags\":[\"jargon\"],\"version\":"
                                + version(id) + "}");
        assertThat(admin().get(base + "/" + id)
                        .json()
                        .path("tags")
                        .valueStream()
                        .map(t -> t.asString()))
                .containsExactly("jargon");
        assertThat(admin().get(base + "?tag=savings-goals")
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("a tag taken off")
                .isZero();
        assertThat(admin().delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/" + id).status()).isEqualTo(404);
        assertThat(admin().get(base + "?q=fresh").json().path("totalItems").asInt())
                .isZero();
    }

    @Test
    void anotherWorkspaceCannotReadSearchOrChangeInsights() {
        long id = capture("Secret finding", "confidential words", "INTERVIEW", "[]");
        Person outsider = newPerson("Otto Outsider");
        assertThat(outsider.api().get(base).status()).isEqualTo(404);
        assertThat(outsider.api().get(base + "/" + id).status()).isEqualTo(404);
        assertThat(outsider.api().delete(base + "/" + id).status()).isEqualTo(404);
        String own = "own-" + unique();
        outsider.api().post("/api/v1/workspaces", "{\"name\":\"Own\",\"slug\":\"" + own + "\"}");
        assertThat(outsider.api()
                        .get("/api/v1/workspaces/" + own + "/insights/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(outsider.api()
                        .get("/api/v1/workspaces/" + own + "/insights?q=confidential")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();

        Person viewer = newPerson("Vic Viewer");
        admin().post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api()
                        .get(base + "?q=confidential")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(viewer.api().post(base, "{\"title\":\"viewer\"}").status()).isEqualTo(403);
    }

    @Test
    void similarInsightsShareWordsAndLeaveTheInsightItselfOut() {
        long savings = capture(
                "Testers cannot find savings goals",
                "hidden in the profile menu",
                "USABILITY_TEST",
                "[\"savings-goals\"]");
        long alike = capture("Savings goals are hard to find", "users look under budget", "SUPPORT_TICKET", "[]");
        capture("Dark mode requests", "night owls", "SUPPORT_TICKET", "[]");
        Api.Response similar = admin().get(base + "/" + savings + "/similar");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.json().valueStream().map(i -> i.path("id").asLong())).containsExactly(alike);
    }

    @Test
    void newSinceGroupsRecentInsightsByTheTeamThatFoundThem() {
        capture("Fresh finding", "today", "INTERVIEW", "[]");
        Api.Response recent =
                admin().get(base + "/new-since?since=" + LocalDate.now().minusDays(1));
        assertThat(recent.status()).isEqualTo(200);
        assertThat(recent.json().path("total").asInt()).isEqualTo(1);
        assertThat(recent.json().path("teams").get(0).path("teamName").asString())
                .isEqualTo("Design");
        assertThat(recent.json()
                        .path("teams")
                        .get(0)
                        .path("insights")
                        .get(0)
                        .path("title")
                        .asString())
                .isEqualTo("Fresh finding");
        assertThat(admin().get(base + "/new-since?since=" + LocalDate.now().plusDays(1))
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(admin().get(base + "/new-since?since=yesterday").status()).isEqualTo(400);
    }

    @Test
    void newSinceReachesBackAtMostAYear() {
        capture("Fresh finding", "today", "INTERVIEW", "[]");
        Api.Response ages = admin().get(base + "/new-since?since=0001-01-01");
        assertThat(ages.status()).as(ages.text()).isEqualTo(200);
        assertThat(ages.json().path("since").asString())
                .isEqualTo(LocalDate.now().minusYears(1).toString());
        assertThat(ages.json().path("total").asInt()).isEqualTo(1);

        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page page = browser.get("/w/" + slug + "/insights/new-since?since=0001-01-01");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("captured since " + LocalDate.now().minusYears(1));
    }

    /** Distinct short words, so that even 1,100 of them fit in a URL. */
    private static String words(int count) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < count; i++) {
            q.append(i == 0 ? "" : "+").append("w").append(i);
        }
        return q.toString();
    }

    @Test
    void aSearchOfTooManyWordsIsRefusedNamingQ() {
        capture("Jargon tickets", "Users ask what envelope allocation means.", "SUPPORT_TICKET", "[]");
        assertThat(admin().get(base + "?q=" + words(64)).status()).isEqualTo(200);

        Api.Response tooMany = admin().get(base + "?q=" + words(1100));
        assertThat(tooMany.status()).as(tooMany.text()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.field()).isEqualTo("q");
        assertThat(tooMany.json().path("detail").asString()).contains("at most 64 words");
        assertThat(admin().get(base + "?q=" + words(65)).field()).isEqualTo("q");

        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page page = browser.get("/w/" + slug + "/insights?q=" + words(1100));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html())
                .contains("id=\"q-error\"")
                .contains("at most 64 words")
                .contains("<label for=\"q\">Search</label>");
    }

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SearchBackendSettings backend;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIndexThatLostChangesIsRebuiltAtStart() {
        long id = capture("Forgotten", "the index lost this one", "ANALYTICS", "[]");
        transactions.executeWithoutResult(
                status -> Search.session(entityManager).indexingPlan().purge(Insight.class, id, null));
        assertThat(admin().get(base + "?q=forgotten").json().path("totalItems").asInt())
                .as("gone from the index only")
                .isZero();

        index.rebuildWhenMissing();

        assertThat(admin().get(base + "?q=forgotten").json().path("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void theScheduledCheckIndexesWhatTheIndexLacksAndRemovesWhatTheDatabaseNoLongerHolds() {
        long lost = capture("Mislaid", "the index lost this one", "ANALYTICS", "[]");
        long deleted = capture("Phantom", "deleted behind the index's back", "ANALYTICS", "[]");
        long young = capture("Newborn", "still on its way to the index", "ANALYTICS", "[]");
        transactions.executeWithoutResult(status -> {
            Search.session(entityManager).indexingPlan().purge(Insight.class, lost, null);
            Search.session(entityManager).indexingPlan().purge(Insight.class, young, null);
        });
        jdbc.update("delete from insights where id = ?", deleted);
        jdbc.update("update insights set created_at = created_at - interval '1' hour where id = ?", lost);
        assertThat(admin().get(base + "?q=mislaid").json().path("totalItems").asInt())
                .isZero();
        assertThat(admin().get(base + "?q=phantom").json().path("totalItems").asInt())
                .isEqualTo(1);

        // insights created in the last minutes are left to the writer that is indexing them
        List<Long> workspace =
                List.of(jdbc.queryForObject("select id from workspaces where slug = ?", Long.class, slug));
        InsightIndex.Repair repair = index.repair(Instant.now().minus(Duration.ofMinutes(2)), workspace);

        assertThat(repair.indexed()).isEqualTo(1);
        assertThat(repair.removed()).isEqualTo(1);
        assertThat(repair.differed()).isEqualTo(1);
        assertThat(admin().get(base + "?q=mislaid").json().path("totalItems").asInt())
                .isEqualTo(1);
        assertThat(admin().get(base + "?q=phantom").json().path("totalItems").asInt())
                .isZero();
        assertThat(admin().get(base + "?q=newborn").json().path("totalItems").asInt())
                .isZero();

        InsightIndex.Repair later = index.repair(Instant.now().plusSeconds(1), workspace);
        assertThat(later.indexed()).as("the young one once it is old enough").isEqualTo(1);
        assertThat(admin().get(base + "?q=newborn").json().path("totalItems").asInt())
                .isEqualTo(1);
        assertThat(index.repair(Instant.now().plusSeconds(1), workspace))
                .as("nothing left to mend")
                .extracting(InsightIndex.Repair::indexed, InsightIndex.Repair::removed)
                .containsExactly(0L, 0L);
    }

    @Test
    void theCheckRemovesTheDocumentsOfADeletedWorkspaceButNotThoseOfOneCreatedWhileItRan() {
        long kept = capture("Kestrel", "a workspace newer than the check's list", "ANALYTICS", "[]");
        long workspace = jdbc.queryForObject("select id from workspaces where slug = ?", Long.class, slug);
        String goneSlug = "gone-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Gone\",\"slug\":\"" + goneSlug + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin().post(
                                "/api/v1/workspaces/" + goneSlug + "/insights",
                                "{\"title\":\"Plover\",\"sourceType\":\"ANALYTICS\"}")
                        .status())
                .isEqualTo(201);
        long gone = jdbc.queryForObject("select id from workspaces where slug = ?", Long.class, goneSlug);
        // deleted behind the index's back, as a node that died mid-way would leave it
        jdbc.update("delete from insights where workspace_id = ?", gone);
        jdbc.update("delete from workspaces where id = ?", gone);

        // the check read the workspaces before this test's was made: its documents stay all the same
        List<Long> known =
                jdbc.queryForList("select id from workspaces where id <> ? order by id", Long.class, workspace);
        assertThat(index.purgeOrphans(known)).isEqualTo(1);
        assertThat(admin().get(base + "?q=kestrel")
                        .json()
                        .path("items")
                        .get(0)
                        .path("insight")
                        .path("id")
                        .asLong())
                .isEqualTo(kept);
        assertThat(index.purgeOrphans(known))
                .as("the deleted workspace's document is gone")
                .isZero();
    }

    @Test
    void anIndexWrittenInAnOlderLayoutIsRebuiltAtStart() throws IOException {
        long id = capture("Relayout", "written in an older layout", "ANALYTICS", "[]");
        // the index and the database in step first, whatever earlier tests left (the whole index is
        // counted, and that count is what this test is about)
        index.rebuildWhenMissing();
        // the database changes behind the index's back: only a rebuild can find the new title
        jdbc.update("update insights set title = 'Restemmed' where id = ?", id);
        assertThat(admin().get(base + "?q=restemmed").json().path("totalItems").asInt())
                .isZero();
        index.rebuildWhenMissing();
        assertThat(admin().get(base + "?q=restemmed").json().path("totalItems").asInt())
                .as("same layout, same count: kept")
                .isZero();
        if (!backend.lucene()) {
            // on OpenSearch the layout is in the index's name: another layout is another index,
            // empty at first, which the count finds (anIndexThatLostChangesIsRebuiltAtStart)
            assertThat(Search.mapping(entityManagerFactory)
                            .indexManager("insight")
                            .unwrap(ElasticsearchIndexManager.class)
                            .descriptor()
                            .writeName())
                    .isEqualTo("tandem-insight-v" + InsightIndex.LAYOUT + "-write");
            return;
        }
        Path layout = backend.luceneDirectory().resolve("insight-layout.version");
        assertThat(Files.readString(layout).strip()).isEqualTo(InsightIndex.LAYOUT);

        Files.writeString(layout, "1\n");
        index.rebuildWhenMissing();

        assertThat(admin().get(base + "?q=restemmed").json().path("totalItems").asInt())
                .isEqualTo(1);
        assertThat(Files.readString(layout).strip()).isEqualTo(InsightIndex.LAYOUT);
    }

    @Test
    void aPagePastTenThousandResultsIsEmptyOnLuceneAndRefusedNamingPageOnOpenSearch() {
        capture("Deep", "one insight only", "ANALYTICS", "[]");
        Api.Response deep = admin().get(base + "?q=deep&page=100&size=100");
        if (backend.lucene()) {
            assertThat(deep.status()).as(deep.text()).isEqualTo(200);
            assertThat(deep.json().path("items").size()).isZero();
            assertThat(deep.json().path("totalItems").asInt()).isEqualTo(1);
        } else {
            // OpenSearch answers at most 10,000 hits at once (index.max_result_window)
            assertThat(deep.status()).as(deep.text()).isEqualTo(400);
            assertThat(deep.field()).isEqualTo("page");
        }
        assertThat(admin().get(base + "?q=deep&page=99&size=100").status()).isEqualTo(200);
    }

    @Test
    void theIndexIsRebuiltFromTheDatabase() {
        capture("Rebuilt", "survives reindexing", "ANALYTICS", "[]");
        assertThat(index.rebuild()).isGreaterThanOrEqualTo(1);
        assertThat(admin().get(base + "?q=reindexing").json().path("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void theDemoWorkspaceHasSixtyInsightsIncludingTheOnboardingDropOff() {
        Api.Response demo = admin().get("/api/v1/workspaces/budgetly/insights?size=1");
        assertThat(demo.json().path("totalItems").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(demo.json().path("sourceTypeCounts").propertyStream().count())
                .isEqualTo(SourceType.values().length);
        // two demo insights have all three words in their title; the shorter one ranks first
        List<String> titles = admin().get("/api/v1/workspaces/budgetly/insights?q=second%20onboarding%20email")
                .json()
                .path("items")
                .valueStream()
                .map(i -> i.path("insight").path("title").asString())
                .toList();
        assertThat(titles.subList(0, 2))
                .containsExactlyInAnyOrder(
                        "Users drop off after the second onboarding email",
                        "Second onboarding email lands on Monday 7am");
    }
}
