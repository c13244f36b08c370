package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the API document, called as a careless or hostile client would: each id in
 * its path, and each of its query parameters, given a value that is no id (text, a fraction, a
 * negative, a number past a long, an encoded NUL, 10,000 characters), and each body something
 * that is not the object it reads (an array, text, a number, null, cut short, a member twice,
 * nested 2,000 deep). Whatever the answer, it is
 * never a server error, and a refusal is problem details. The operations come from the document
 * the server serves, so a new endpoint is covered as soon as it exists.
 */
class ApiOddValuesIT extends TandemIT {

    private static final List<String> ODD =
            List.of("abc", "-1", "1.5", "99999999999999999999", "%00", "%E2%80%AE", "x".repeat(10_000));

    /** Operations that do slow work on a valid request whatever the odd value: not called here. */
    private static final Set<String> SKIPPED = Set.of(
            "/api/v1/workspaces/{slug}/themes/discover", "/api/v1/admin/backups", "/api/v1/admin/workspace-archives");

    private String slug;

    @BeforeEach
    void aWorkspace() {
        slug = "odd-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Odd values\",\"slug\":\"" + slug + "\"}");
    }

    private record Call(String method, String path) {}

    /** Every operation with its path, {@code {slug}} this test's workspace, and the names of its parameters. */
    private List<Map.Entry<Call, JsonNode>> operations() {
        JsonNode paths = admin().get("/v3/api-docs").json().path("paths");
        List<Map.Entry<Call, JsonNode>> found = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (SKIPPED.contains(path)) {
                continue;
            }
            JsonNode item = paths.path(path);
            for (String method : item.propertyNames()) {
                if (Set.of("get", "put", "post", "patch", "delete").contains(method)) {
                    found.add(
                            Map.entry(new Call(method.toUpperCase(), path.replace("{slug}", slug)), item.path(method)));
                }
            }
        }
        assertThat(found).as("the document lists the API's operations").hasSizeGreaterThan(100);
        return found;
    }

    private static void assertNoServerError(Api.Response response, String call) {
        assertThat(response.status()).as(call + " answered " + response.text()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(call).startsWith("application/problem+json");
        }
    }

    /**
     * The answer to a call. A request line longer than the server reads is answered 400 and its
     * connection closed with the rest of the request unread, and then the connection's reset may
     * overtake the answer on its way (now and then, when the machine is busy): such a call is made
     * again, up to three times in all, and must be answered once.
     */
    private Api.Response answer(String method, String path, @Nullable String body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return admin().send(method, path, body);
            } catch (IllegalStateException e) {
                if (path.length() < 8192 || !(e.getCause() instanceof java.io.IOException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void anOddIdInAPathIsRefusedNeverAServerError() {
        int called = 0;
        for (Map.Entry<Call, JsonNode> operation : operations()) {
            Call call = operation.getKey();
            if (!call.path().contains("{")) {
                continue;
            }
            for (String odd : ODD) {
                String path = call.path().replaceAll("\\{[^}]+}", odd);
                String body = call.method().equals("GET") || call.method().equals("DELETE") ? null : "{}";
                assertNoServerError(answer(call.method(), path, body), call.method() + " " + path);
                called++;
            }
        }
        assertThat(called).isGreaterThan(500);
    }

    /**
     * An id left out of the middle of a path ({@code …/deliveries//redeliver}, a client's empty
     * variable) is refused naming that id, as the document names it; one left out at the end is the
     * address with a slash at its end, which leads to the address without (308).
     */
    @Test
    void anIdLeftOutOfAPathIsNamed() {
        int called = 0;
        for (Map.Entry<Call, JsonNode> operation : operations()) {
            Call call = operation.getKey();
            java.util.regex.Matcher variables =
                    java.util.regex.Pattern.compile("\\{([^}]+)}(?=/)").matcher(call.path());
            while (variables.find()) {
                String left = call.path().substring(0, variables.start())
                        + call.path().substring(variables.end());
                String path = left.replace("{slug}", slug).replaceAll("\\{[^}]+}", "1");
                String body = call.method().equals("GET") || call.method().equals("DELETE") ? null : "{}";
                Api.Response response = admin().send(call.method(), path, body);
                String named = call.method() + " " + path + " answered " + response.text();
                assertThat(response.status()).as(named).isEqualTo(400);
                assertThat(response.contentType()).as(named).startsWith("application/problem+json");
                assertThat(response.field()).as(named).isEqualTo(variables.group(1));
                called++;
            }
        }
        assertThat(called).as("ids in the middle of the document's paths").isGreaterThan(50);
    }

    @Test
    void anOddBodyIsRefusedNeverAServerError() {
        List<String> bodies = List.of(
                "[]",
                "\"text\"",
                "12",
                "null",
                "{\"a\":",
                "{\"a\":1,\"a\":2}",
                "[".repeat(2_000) + "]".repeat(2_000),
                "{\"title\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
        int called = 0;
        for (Map.Entry<Call, JsonNode> operation : operations()) {
            Call call = operation.getKey();
            if (call.path().contains("{") || !operation.getValue().has("requestBody")) {
                continue;
            }
            if (call.method().equals("GET") || call.method().equals("DELETE")) {
                continue;
            }
            for (String body : bodies) {
                assertNoServerError(
                        admin().send(call.method(), call.path(), body),
                        call.method() + " " + call.path() + " " + body.substring(0, Math.min(body.length(), 40)));
                called++;
            }
        }
        assertThat(called).isGreaterThan(100);
    }

    @Test
    void anOddQueryParameterIsRefusedNeverAServerError() {
        int called = 0;
        for (Map.Entry<Call, JsonNode> operation : operations()) {
            Call call = operation.getKey();
            if (!call.method().equals("GET") || call.path().contains("{")) {
                continue;
            }
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (!parameter.path("in").asString().equals("query")) {
                    continue;
                }
                String name = parameter.path("name").asString();
                for (String odd : ODD) {
                    String value = odd.startsWith("%") ? odd : URLEncoder.encode(odd, StandardCharsets.UTF_8);
                    String path = call.path() + "?" + name + "=" + value;
                    assertNoServerError(admin().get(path), "GET " + path);
                    called++;
                }
            }
        }
        assertThat(called).isGreaterThan(100);
    }
}
