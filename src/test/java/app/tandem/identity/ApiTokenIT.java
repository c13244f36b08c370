package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApiTokenIT extends TandemIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void callsWithoutAValidTokenGetProblemDetailsNeverALoginPage() {
        Api.Response none = anonymous().get("/api/v1/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().path("status").asInt()).isEqualTo(401);
        assertThat(none.json().path("detail").asString()).contains("Bearer");
        assertThat(none.json().path("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(none.json().path("title").asString()).isEqualTo("Unauthenticated");

        Api.Response wrong = anonymous().as("tdm_not-a-real-token").get("/api/v1/workspaces");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().path("detail").asString()).contains("not valid");
        assertThat(wrong.json().path("type").asString()).isEqualTo("/problems/invalid-token");

        Api.Response post = anonymous().post("/api/v1/workspaces", "{\"name\":\"x\"}");
        assertThat(post.status()).isEqualTo(401);
    }

    @Test
    void parallelRequestsWithOneTokenAllSucceed() throws Exception {
        Person busy = newPerson("Busy Client");
        int threads = 16;
        int requests = 50;
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < requests; i++) {
                        Api.Response me = busy.api().get("/api/v1/me");
                        statuses.merge(me.status(), 1, Integer::sum);
                        if (me.status() != 200) {
                            failures.add(me.status() + " " + me.text());
                        }
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(failures).as("answers other than 200: %s", statuses).isEmpty();
        assertThat(statuses).containsExactly(Map.entry(200, threads * requests));
        assertThat(busy.api()
                        .get("/api/v1/me/tokens")
                        .json()
                        .path("items")
                        .get(0)
                        .path("lastUsedAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void theBootstrapTokenBelongsToTheInstanceAdmin() {
        Api.Response me = admin().get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.json().path("instanceAdmin").asBoolean()).isTrue();
    }

    @Test
    void aTokenIsShownOnceWorksUntilRevokedAndIsListedWithoutItsSecret() {
        Person lena = newPerson("Lena Fischer");
        Api.Response created = lena.api().post("/api/v1/me/tokens", "{\"name\":\"CRM sync\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("token").asString();
        long id = created.json().path("id").asLong();
        assertThat(secret).startsWith("tdm_").hasSizeGreaterThan(40);

        Api withNewToken = lena.api().as(secret);
        assertThat(withNewToken.get("/api/v1/me").json().path("email").asString())
                .isEqualTo(lena.email());

        Api.Response list = lena.api().get("/api/v1/me/tokens");
        assertThat(list.json()
                        .path("items")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .contains("CRM sync", "tests");
        assertThat(list.text()).doesNotContain(secret);
        assertThat(list.json().path("items").get(0).has("token")).isFalse();
        // its address answers a GET, never with the secret, for its owner alone
        assertThat(created.location()).isEqualTo("/api/v1/me/tokens/" + id);
        Api.Response read = lena.api().get(created.location());
        assertThat(read.json().path("name").asString()).isEqualTo("CRM sync");
        assertThat(read.text()).doesNotContain(secret);
        assertThat(admin().get(created.location()).status()).isEqualTo(404);

        assertThat(lena.api().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(withNewToken.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(lena.api().get("/api/v1/me/tokens/" + id).status()).isEqualTo(404); // revoked
        assertThat(lena.api()
                        .get("/api/v1/me/tokens")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .doesNotContain("CRM sync");
    }

    @Test
    void aTokenMayOnlyReadAndMayEndOnADay() {
        Person olu = newPerson("Olu Reader");
        Api.Response reader =
                olu.api().post("/api/v1/me/tokens", "{\"name\":\"Dashboard\",\"readOnly\":true,\"expiresInDays\":30}");
        assertThat(reader.status()).isEqualTo(201);
        assertThat(reader.json().path("readOnly").asBoolean()).isTrue();
        Instant end = Instant.parse(reader.json().path("expiresAt").asString());
        assertThat(end)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(30)).plusSeconds(120));

        // a read-only token reads, and is refused anything that changes something, before its body is read
        Api readOnly = olu.api().as(reader.json().path("token").asString());
        assertThat(readOnly.get("/api/v1/workspaces").status()).isEqualTo(200);
        Api.Response create = readOnly.post("/api/v1/workspaces", "{\"name\":\"Never made\"}");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().path("type").asString()).isEqualTo("/problems/read-only-token");
        assertThat(create.json().path("detail").asString()).contains("can only read");
        assertThat(readOnly.post("/api/v1/workspaces", "not json").status()).isEqualTo(403);
        long readerId = reader.json().path("id").asLong();
        assertThat(readOnly.delete("/api/v1/me/tokens/" + readerId).status()).isEqualTo(403);
        assertThat(olu.api()
                        .get("/api/v1/workspaces")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(w -> w.path("name").asString()))
                .doesNotContain("Never made");

        // once its end is past, it is refused, saying so, and stays listed as expired until revoked
        assertThat(olu.api()
                        .get("/api/v1/me/tokens/" + readerId)
                        .json()
                        .path("expired")
                        .asBoolean())
                .isFalse();
        jdbc.update(
                "update api_tokens set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                readerId);
        Api.Response expired = readOnly.get("/api/v1/workspaces");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("type").asString()).isEqualTo("/problems/invalid-token");
        assertThat(expired.json().path("detail").asString()).contains("expired on");
        Api.Response listed = olu.api().get("/api/v1/me/tokens/" + readerId);
        assertThat(listed.json().path("expired").asBoolean()).isTrue();
        assertThat(olu.api().delete("/api/v1/me/tokens/" + readerId).status()).isEqualTo(204);

        // a token without an end says so; a lifetime out of range names its field
        Api.Response forever = olu.api().post("/api/v1/me/tokens", "{\"name\":\"Forever\"}");
        assertThat(forever.json().path("expiresAt").isNull()).isTrue();
        assertThat(forever.json().path("readOnly").asBoolean()).isFalse();
        for (String days : new String[] {"0", "3651", "-5"}) {
            Api.Response wrong = olu.api()
                    .post("/api/v1/me/tokens", "{\"name\":\"Odd " + days + "\",\"expiresInDays\":" + days + "}");
            assertThat(wrong.status()).as(days).isEqualTo(400);
            assertThat(wrong.field()).isEqualTo("expiresInDays");
            assertThat(wrong.json().toString()).contains("from 1 to 3650 days");
        }
    }

    @Test
    void twoTokensOfOnePersonHaveTwoNames() {
        Person kim = newPerson("Kim Twice");
        assertThat(kim.api()
                        .post("/api/v1/me/tokens", "{\"name\":\"Nightly import\"}")
                        .status())
                .isEqualTo(201);
        Api.Response again = kim.api().post("/api/v1/me/tokens", "{\"name\":\" nightly IMPORT \"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field()).isEqualTo("name");
        assertThat(again.json().path("detail").asString()).contains("a token called 'Nightly import' already");
        // another person may use the name, and so may its owner once the first is revoked
        Person other = newPerson("Kim Other");
        assertThat(other.api()
                        .post("/api/v1/me/tokens", "{\"name\":\"Nightly import\"}")
                        .status())
                .isEqualTo(201);
        long first = kim.api()
                .get("/api/v1/me/tokens")
                .json()
                .path("items")
                .valueStream()
                .filter(t -> t.path("name").asString().equals("Nightly import"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        assertThat(kim.api().delete("/api/v1/me/tokens/" + first).status()).isEqualTo(204);
        assertThat(kim.api()
                        .post("/api/v1/me/tokens", "{\"name\":\"Nightly import\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aTokenForOneWorkspaceWorksThereAndIsRefusedEverywhereElse() {
        Person ines = newPerson("Ines Scope");
        String mine = "scope-mine-" + unique();
        String other = "scope-other-" + unique();
        for (String slug : new String[] {mine, other}) {
            assertThat(ines.api()
                            .post("/api/v1/workspaces", "{\"name\":\"Scope " + slug + "\",\"slug\":\"" + slug + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        Api.Response made =
                ines.api().post("/api/v1/me/tokens", "{\"name\":\"Only mine\",\"workspace\":\"" + mine + "\"}");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().path("workspace").path("slug").asString()).isEqualTo(mine);
        assertThat(made.json().path("workspace").path("name").asString()).isEqualTo("Scope " + mine);
        long tokenId = made.json().path("id").asLong();
        Api scoped = ines.api().as(made.json().path("token").asString());

        // its workspace: reading and changing, as its owner may
        assertThat(scoped.get("/api/v1/workspaces/" + mine + "/goals").status()).isEqualTo(200);
        assertThat(scoped.post("/api/v1/workspaces/" + mine + "/insights", "{\"title\":\"Scoped capture\"}")
                        .status())
                .isEqualTo(201);
        assertThat(scoped.get("/api/v1/me").json().path("email").asString()).isEqualTo(ines.email());
        // and the API document, the same for everyone, for a client generator
        assertThat(scoped.get("/v3/api-docs").json().path("openapi").asString()).startsWith("3.");

        // anywhere else: 403 naming the workspace it works in, before any body is read
        for (String path : new String[] {
            "/api/v1/workspaces/" + other + "/goals",
            "/api/v1/workspaces/" + other,
            "/api/v1/workspaces",
            "/api/v1/workspaces/no-such-workspace/goals",
            "/api/v1/me/tokens",
            "/api/v1/users"
        }) {
            Api.Response refused = scoped.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().path("type").asString()).isEqualTo("/problems/token-scope-exceeded");
            assertThat(refused.json().path("detail").asString()).contains("/api/v1/workspaces/" + mine + "/");
        }
        // (it cannot make itself a token for more)
        Api.Response wider = scoped.post("/api/v1/me/tokens", "not json");
        assertThat(wider.status()).isEqualTo(403);
        assertThat(wider.json().path("type").asString()).isEqualTo("/problems/token-scope-exceeded");
        assertThat(scoped.post("/api/v1/workspaces/" + other + "/insights", "{\"title\":\"Elsewhere\"}")
                        .status())
                .isEqualTo(403);

        // the workspace moves to another address: the token follows it, and its old address leads there
        long version = ines.api()
                .get("/api/v1/workspaces/" + mine)
                .json()
                .path("version")
                .asLong();
        String moved = mine + "-moved";
        assertThat(ines.api()
                        .patch("/api/v1/workspaces/" + mine, "{\"slug\":\"" + moved + "\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(200);
        assertThat(scoped.get("/api/v1/workspaces/" + moved + "/goals").status())
                .isEqualTo(200);
        assertThat(scoped.get("/api/v1/workspaces/" + mine + "/goals").status()).isEqualTo(302);
        assertThat(ines.api()
                        .get("/api/v1/me/tokens/" + tokenId)
                        .json()
                        .path("workspace")
                        .path("slug")
                        .asString())
                .isEqualTo(moved);

        // a workspace of someone else's, or none, is refused naming the field
        Api.Response notMine = ines.api().post("/api/v1/me/tokens", "{\"name\":\"Theirs\",\"workspace\":\"budgetly\"}");
        assertThat(notMine.status()).isEqualTo(400);
        assertThat(notMine.field()).isEqualTo("workspace");
        assertThat(notMine.json().toString()).contains("no workspace at 'budgetly'");

        // a token for every workspace says so
        Api.Response everywhere = ines.api().post("/api/v1/me/tokens", "{\"name\":\"Everywhere\"}");
        assertThat(everywhere.json().path("workspace").isNull()).isTrue();

        // the workspace is deleted: its tokens go with it
        assertThat(ines.api().delete("/api/v1/workspaces/" + moved).status()).isEqualTo(204);
        assertThat(ines.api().get("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(404);
        assertThat(scoped.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theTokensPageMakesATokenForOneWorkspace() {
        Person pau = newPerson("Pau Pages");
        String slug = "scope-page-" + unique();
        assertThat(pau.api()
                        .post("/api/v1/workspaces", "{\"name\":\"Pau's <b>space</b>\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        WebSession session = new WebSession(baseUrl());
        session.login(pau.email(), pau.password());
        WebSession.Page form = session.get("/account/tokens");
        assertThat(form.html())
                .contains("<option value=\"\">All your workspaces</option>")
                .contains("<option value=\"" + slug + "\">Only Pau&#39;s &lt;b&gt;space&lt;/b&gt;</option>");

        WebSession.Page created =
                session.post("/account/tokens", Map.of("name", "Space sync", "expiresInDays", "30", "workspace", slug));
        assertThat(created.status()).isEqualTo(302);
        String list = session.get("/account/tokens").html();
        assertThat(list).contains("Pau&#39;s &lt;b&gt;space&lt;/b&gt;").contains("all your workspaces");

        // one that is not theirs: the error beside the field, what was typed kept
        WebSession.Page wrong = session.post(
                "/account/tokens", Map.of("name", "Not mine", "expiresInDays", "30", "workspace", "budgetly"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.html())
                .contains("id=\"token-workspace-error\"")
                .contains("no workspace at &#39;budgetly&#39;")
                .contains("value=\"Not mine\"");
    }

    @Test
    void theTokensPageMakesATokenThatReadsForAWhile() {
        Person pia = newPerson("Pia Pages");
        WebSession session = new WebSession(baseUrl());
        session.login(pia.email(), pia.password());
        WebSession.Page form = session.get("/account/tokens");
        // 90 days unless chosen otherwise
        assertThat(form.html()).containsPattern("<option value=\"90\" selected=\"selected\">90 days</option>");
        assertThat(form.html()).contains("<option value=\"\">Until revoked</option>");

        WebSession.Page created = session.post(
                "/account/tokens", Map.of("name", "Weekly report", "expiresInDays", "7", "readOnly", "true"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(pia.api()
                        .get("/api/v1/me/tokens")
                        .json()
                        .path("items")
                        .valueStream()
                        .filter(t -> t.path("name").asString().equals("Weekly report"))
                        .findFirst()
                        .orElseThrow()
                        .path("readOnly")
                        .asBoolean())
                .isTrue();
        String list = session.get("/account/tokens").html();
        assertThat(list).contains("read only").contains("read and change");

        // the same name again: the error beside the name, what was chosen kept
        WebSession.Page again = session.post(
                "/account/tokens", Map.of("name", "Weekly report", "expiresInDays", "365", "readOnly", "true"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.html()).contains("You have a token called &#39;Weekly report&#39; already");
        assertThat(again.html()).containsPattern("<option value=\"365\" selected=\"selected\">1 year</option>");
        assertThat(again.html()).containsPattern("id=\"readOnly1\"[^>]*checked=\"checked\"");
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        Person a = newPerson("Ana Owner");
        Person b = newPerson("Ben Other");
        long id = a.api()
                .post("/api/v1/me/tokens", "{\"name\":\"mine\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(b.api().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(404);
        assertThat(a.api()
                        .get("/api/v1/me/tokens")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .contains("mine");
    }

    @Test
    void aTokenNeedsAName() {
        Api.Response blank = admin().post("/api/v1/me/tokens", "{\"name\":\"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("name");
    }

    @Test
    void onlyInstanceAdminsCreatePeople() {
        Person member = newPerson("Sam Okafor");
        Api.Response refused = member.api()
                .post(
                        "/api/v1/users",
                        "{\"email\":\"x-" + unique()
                                + "@example.com\",\"displayName\":\"X\",\"password\":\"long-enough-password\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Api.Response shortPassword = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"y-" + unique() + "@example.com\",\"displayName\":\"Y\",\"password\":\"short\"}");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.field()).isEqualTo("password");

        Api.Response duplicate = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + member.email().toUpperCase()
                                + "\",\"displayName\":\"Dup\",\"password\":\"long-enough-password\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.field()).isEqualTo("email");
    }
}
