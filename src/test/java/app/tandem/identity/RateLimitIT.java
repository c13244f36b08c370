package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rate limits, turned on for each test with limits low enough to reach and put back afterwards (the
 * rest of the suite runs with them off: it calls far more often than a person).
 */
class RateLimitIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIMITS = "/api/v1/admin/rate-limits";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyApiAnswerSaysTheLimitAndWhatIsLeft() {
        Person someone = newPerson("Header Reader");
        withLimits(Map.of(), () -> {
            HttpResponse<String> first = call(someone.api().token(), "/api/v1/me");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(header(first, "RateLimit-Limit")).isEqualTo("600");
            assertThat(header(first, "RateLimit-Remaining")).isEqualTo("599");
            assertThat(Long.parseLong(header(first, "RateLimit-Reset"))).isBetween(0L, 60L);
            assertThat(header(call(someone.api().token(), "/api/v1/me"), "RateLimit-Remaining"))
                    .isEqualTo("598");

            HttpResponse<String> anonymous = call(null, "/api/v1/me");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(header(anonymous, "RateLimit-Limit")).isEqualTo("120");
        });
    }

    @Test
    void aTokenOverItsLimitIsRefusedUntilItRefillsAndAnotherTokenIsNot() {
        Person someone = newPerson("Busy Script");
        WebSession session = new WebSession(baseUrl());
        session.login(someone.email(), someone.password());
        String secondToken = session.createToken("second script");
        withLimits(Map.of("apiPerToken", 3), () -> {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> allowed = call(someone.api().token(), "/api/v1/me");
                assertThat(allowed.statusCode()).isEqualTo(200);
                assertThat(header(allowed, "RateLimit-Remaining")).isEqualTo(String.valueOf(2 - i));
            }
            HttpResponse<String> refused = call(someone.api().token(), "/api/v1/me");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(header(refused, "Content-Type")).startsWith("application/problem+json");
            // 3 a minute refill one every 20 seconds
            assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(1L, 20L);
            assertThat(header(refused, "RateLimit-Remaining")).isEqualTo("0");
            assertThat(header(refused, "RateLimit-Limit")).isEqualTo("3");
            JsonNode problem = json(refused);
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("title").asString()).isEqualTo("Too many requests");
            assertThat(problem.path("detail").asString())
                    .contains("3 API calls a minute")
                    .contains("Try again in " + header(refused, "Retry-After") + " second");
            assertThat(problem.path("retryAfter").asLong()).isEqualTo(Long.parseLong(header(refused, "Retry-After")));

            HttpResponse<String> otherToken = call(secondToken, "/api/v1/me");
            assertThat(otherToken.statusCode())
                    .as("the person's other token has a limit of its own")
                    .isEqualTo(200);
            assertThat(header(otherToken, "RateLimit-Remaining")).isEqualTo("2");
        });
    }

    @Test
    void callsWithoutATokenAreLimitedPerAddress() {
        Person someone = newPerson("Token Holder");
        withLimits(Map.of("apiPerAddress", 2), () -> {
            assertThat(call(null, "/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(call(null, "/api/v1/workspaces").statusCode()).isEqualTo(401);
            HttpResponse<String> refused = call(null, "/api/v1/me");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(1L, 30L);
            assertThat(json(refused).path("detail").asString()).contains("without an API token");
            assertThat(call(someone.api().token(), "/api/v1/me").statusCode())
                    .as("calls with a token count against the token, not the address")
                    .isEqualTo(200);
        });
    }

    @Test
    void signInIsThrottledPerAccountAndThenRefusesEvenTheRightPassword() {
        Person target = newPerson("Throttled Target");
        Person neighbour = newPerson("Same Office");
        withLimits(Map.of("signInPerAccount", 2), () -> {
            WebSession browser = new WebSession(baseUrl());
            for (int i = 0; i < 2; i++) {
                assertThat(browser.login(target.email(), "wrong-password-" + i).location())
                        .endsWith("/login?error");
            }
            browser.get("/login");
            HttpResponse<String> refused =
                    postForm(browser, "/login", Map.of("email", target.email(), "password", target.password()), true);
            assertThat(refused.statusCode()).isEqualTo(429);
            // 2 per 15 minutes refill one every 450 seconds
            assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(1L, 450L);
            assertThat(refused.body())
                    .contains("Too many requests")
                    .contains("Too many failed sign-ins. Try again in " + header(refused, "Retry-After"));
            assertThat(new WebSession(baseUrl())
                            .login(target.email(), target.password())
                            .status())
                    .as("from any address")
                    .isEqualTo(429);
            assertThat(new WebSession(baseUrl())
                            .login(neighbour.email(), neighbour.password())
                            .location())
                    .as("another account from the same address signs in")
                    .doesNotContain("/login");
        });
    }

    @Test
    void signInIsThrottledPerAddress() {
        Person first = newPerson("First Guess");
        Person second = newPerson("Second Guess");
        withLimits(Map.of("signInPerAddress", 2), () -> {
            WebSession browser = new WebSession(baseUrl());
            assertThat(browser.login(first.email(), "wrong-password").location())
                    .endsWith("/login?error");
            assertThat(browser.login(second.email(), "wrong-password").location())
                    .endsWith("/login?error");
            browser.get("/login");
            HttpResponse<String> refused =
                    postForm(browser, "/login", Map.of("email", first.email(), "password", first.password()), false);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(header(refused, "Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(1L, 30L);
            assertThat(json(refused).path("detail").asString()).startsWith("Too many failed sign-ins");
        });
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormCountAsFailedSignIns() {
        Person person = newPerson("Form Guesser");
        WebSession session = new WebSession(baseUrl());
        session.login(person.email(), person.password());
        withLimits(Map.of("signInPerAccount", 2), () -> {
            for (int i = 0; i < 2; i++) {
                session.get("/account");
                WebSession.Page refused = session.post(
                        "/account/password",
                        Map.of("currentPassword", "guess-number-" + i, "newPassword", "a-new-long-password"));
                assertThat(refused.status()).isEqualTo(200);
                assertThat(refused.html()).contains("The current password is not right.");
            }
            session.get("/account");
            HttpResponse<String> throttled = postForm(
                    session,
                    "/account/password",
                    Map.of("currentPassword", person.password(), "newPassword", "a-new-long-password"),
                    true);
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(header(throttled, "Retry-After")).isNotEmpty();
            assertThat(throttled.body()).contains("Too many failed sign-ins. Try again in");
            assertThat(new WebSession(baseUrl())
                            .login(person.email(), person.password())
                            .status())
                    .as("signing in is throttled too")
                    .isEqualTo(429);
            // in a browser, whoever is not signed in is led back to signing in, not to workspaces
            WebSession signingIn = new WebSession(baseUrl());
            signingIn.get("/login");
            HttpResponse<String> page =
                    postForm(signingIn, "/login", Map.of("email", person.email(), "password", person.password()), true);
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.body()).contains("Back to signing in").doesNotContain("Back to your workspaces");
        });
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), person.password())
                        .location())
                .as("the password was not changed")
                .doesNotContain("/login");
    }

    @Test
    void onlyInstanceAdminsChangeTheLimitsFromTheVersionInForce() {
        Person someone = newPerson("Not Admin");
        assertThat(someone.api().get(LIMITS).status()).isEqualTo(403);
        JsonNode current = admin().get(LIMITS).json();
        assertThat(current.path("apiPerToken").isInt()).isTrue();
        assertThat(current.path("signInAccountPeriodSeconds").asLong()).isEqualTo(900);
        ObjectNode stale = ((ObjectNode) current.deepCopy())
                .put("version", current.path("version").asLong() + 7);
        Api.Response conflict = admin().send("PUT", LIMITS, stale.toString());
        assertThat(conflict.status()).isEqualTo(409);
        ObjectNode zero = ((ObjectNode) current.deepCopy()).put("apiPerToken", 0);
        Api.Response invalid = admin().send("PUT", LIMITS, zero.toString());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.field()).isEqualTo("apiPerToken");
        // every wrong limit at once
        ObjectNode three = ((ObjectNode) current.deepCopy())
                .put("apiPerToken", 0)
                .put("apiPerAddress", -5)
                .put("signInPerAccount", 2_000_000);
        Api.Response all = admin().send("PUT", LIMITS, three.toString());
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("apiPerToken", "apiPerAddress", "signInPerAccount");
        // the answer says whether a change holds for every node or for this one until it restarts
        assertThat(current.path("everyNode").isBoolean()).isTrue();
        assertThat(admin().get(LIMITS).json()).isEqualTo(current);
    }

    /** Turns the limits on with {@code changes}, runs {@code test}, and puts the limits back. */
    private void withLimits(Map<String, Integer> changes, Runnable test) {
        JsonNode before = admin().get(LIMITS).json();
        ObjectNode wanted = ((ObjectNode) before.deepCopy()).put("enabled", true);
        changes.forEach((name, value) -> wanted.put(name, value.intValue()));
        Api.Response changed = admin().send("PUT", LIMITS, wanted.toString());
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        try {
            test.run();
        } finally {
            ObjectNode restore = ((ObjectNode) before.deepCopy())
                    .put("version", changed.json().path("version").asLong());
            // the admin's token may itself be over a lowered limit: wait as asked, then put them back
            Api.Response restored = admin().send("PUT", LIMITS, restore.toString());
            for (int i = 0; i < 3 && restored.status() == 429; i++) {
                sleep(Duration.ofSeconds(restored.json().path("retryAfter").asLong(1)));
                restored = admin().send("PUT", LIMITS, restore.toString());
            }
            assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        }
    }

    private HttpResponse<String> call(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Posts a form of {@code session} with its CSRF token, as a browser ({@code html}) or a script. */
    private HttpResponse<String> postForm(WebSession session, String path, Map<String, String> fields, boolean html) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", session.csrf());
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookieHeader())
                .header("Accept", html ? "text/html,application/xhtml+xml" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
