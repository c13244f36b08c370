package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.support.BodyLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body has a limit ({@code tandem.http.max-body}, {@code tandem.http.max-upload} for
 * imports), refused with 413 before the body is read: a declared length over it at once, a body
 * without a declared length when it passes the limit.
 */
class BodyLimitsIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BodyLimits limits;

    private String slug;

    @BeforeEach
    void workspace() {
        slug = "limits-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Limits\",\"slug\":\"" + slug + "\"}");
    }

    @Test
    void aJsonBodyDeclaredOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        long limit = limits.maxBody().toBytes();
        RawHttp.Answer answer = raw(
                "POST /api/v1/workspaces/" + slug + "/insights HTTP/1.1",
                "Authorization: Bearer " + ADMIN_TOKEN,
                "Content-Type: application/json",
                "Accept: application/json",
                "Content-Length: " + (limit + 1));
        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.text()).contains("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("limit").asLong()).isEqualTo(limit);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asString()).contains("1 MB");
    }

    @Test
    void aChunkedJsonBodyIsRefusedWhenItPassesTheLimit() throws Exception {
        long limit = limits.maxBody().toBytes();
        byte[] body = ("{\"title\":\"" + "a".repeat((int) limit + 1000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workspaces/" + slug + "/insights"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                // no length known in advance: sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(answer.body()).path("limit").asLong()).isEqualTo(limit);
        }
    }

    @Test
    void anImportTakesMoreThanAJsonBodyUpToTheUploadLimit() throws IOException {
        long limit = limits.maxUpload().toBytes();
        RawHttp.Answer answer = raw(
                "POST /api/v1/workspaces/" + slug + "/insights/import HTTP/1.1",
                "Authorization: Bearer " + ADMIN_TOKEN,
                "Content-Type: text/csv",
                "Content-Length: " + (limit + 1));
        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.json().path("limit").asLong()).isEqualTo(limit);

        // over max-body, under max-upload: read (a CSV padded with blank lines, which are skipped)
        String csv = "title,text\n" + "\n".repeat((int) limits.maxBody().toBytes() + 10) + "Padded,with blank lines\n";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/workspaces/" + slug + "/insights/import?sourceType=OTHER"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> imported = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKpiImportIntoAWorkspaceThePersonMayNotChangeIsRefusedBeforeItsBodyIsRead() throws IOException {
        // 10 MB announced and none sent: a server that read the body before checking the workspace
        // would wait for it, and answer nothing within the timeout
        RawHttp.Answer answer = raw(
                "POST /api/v1/workspaces/no-such-" + unique() + "/kpis/measurements/import HTTP/1.1",
                "Authorization: Bearer " + ADMIN_TOKEN,
                "Content-Type: text/csv",
                "Content-Length: " + 10L * 1024 * 1024);
        assertThat(answer.status()).as(answer.text()).isEqualTo(404);
    }

    @Test
    void aBrowserFormOverTheLimitGetsAnErrorPageSayingIt() throws IOException {
        RawHttp.Answer answer = raw(
                "POST /w/" + slug + "/kpis/import HTTP/1.1",
                "Accept: text/html",
                "Content-Type: multipart/form-data; boundary=xyz",
                "Content-Length: " + (limits.maxUpload().toBytes() + 1));
        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.text()).contains("text/html").contains("200 MB").doesNotContain("Exception");
    }

    @Test
    void jsonNestedTooDeepOrWithTooLongANumberIsRefusedWith400SayingWhy() {
        int depth = limits.maxJsonDepth() + 1;
        String nested = "[".repeat(depth) + "]".repeat(depth);
        Api.Response deep = admin().post(
                        "/api/v1/workspaces/" + slug + "/insights", "{\"title\":\"Deep\",\"text\":" + nested + "}");
        assertThat(deep.status()).as(deep.text()).isEqualTo(400);
        assertThat(deep.contentType()).startsWith("application/problem+json");
        assertThat(deep.json().path("detail").asString())
                .contains("nesting depth")
                .contains(String.valueOf(limits.maxJsonDepth()));

        // the measurements, read as a stream by the KPI API, meet the same bounds
        long kpi = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis",
                        "{\"name\":\"Depth\",\"unit\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":1,\"baselineDate\":\"2026-01-01\",\"targetValue\":2,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        Api.Response measurements = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements",
                        "[{\"date\":\"2026-02-01\",\"value\":1,\"note\":" + nested + "}]");
        assertThat(measurements.status()).as(measurements.text()).isEqualTo(400);
        assertThat(measurements.json().path("detail").asString()).contains("nesting depth");

        String longNumber = "1".repeat(limits.maxJsonNumberLength() + 1);
        Api.Response number = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements",
                        "[{\"date\":\"2026-02-01\",\"value\":" + longNumber + "}]");
        assertThat(number.status()).as(number.text()).isEqualTo(400);
        // the field it was in, as any other wrong value (it was a body-wide refusal until December 2026)
        assertThat(number.field()).as(number.text()).isEqualTo("[0].value");
        assertThat(number.json().path("detail").asString()).contains("Number value length");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    /**
     * Sends the request's head and none of the body it announces, and reads the answer: a server
     * that waited for the body would not answer within the timeout.
     */
    private RawHttp.Answer raw(String... head) throws IOException {
        return RawHttp.send(port, String.join("\r\n", head) + "\r\nHost: localhost:" + port + "\r\n\r\n");
    }
}
