package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ApiTokenIT extends TandemIT {

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
