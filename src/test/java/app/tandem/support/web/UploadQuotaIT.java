package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.support.BodyLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person may send at most {@code tandem.http.max-uploads-at-once} uploads at the same time: one
 * more is answered 429 with Retry-After, and once theirs end they may upload again.
 */
class UploadQuotaIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CSV = "title,text\nQuota,one more upload\n";

    @Autowired
    BodyLimits limits;

    @Autowired
    UploadQuota quota;

    @Test
    void oneUploadMoreThanAllowedAtOnceIsAnswered429WithRetryAfter() throws Exception {
        String slug = "quota-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Quota\",\"slug\":\"" + slug + "\"}");
        Person uploader = newPerson("Una Uploader");
        admin().post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + uploader.email() + "\",\"role\":\"MEMBER\"}");
        String path = "/api/v1/workspaces/" + slug + "/insights/import?sourceType=OTHER";
        String token = String.valueOf(uploader.api().token());

        List<Socket> held = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            // as many uploads as allowed, each announcing 1 MB and sending only its first line; each
            // is waited for until it is counted, so that no other upload can take its place first
            for (int i = 1; i <= limits.maxUploadsAtOnce(); i++) {
                held.add(startUpload(path, token));
                awaitInProgress(uploader.email(), i);
            }
            HttpResponse<String> refused = send(http, path, token);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("limit").asInt()).isEqualTo(limits.maxUploadsAtOnce());
            assertThat(problem.path("detail").asString()).contains("at the same time");

            // someone else is not held back by this person's uploads
            HttpResponse<String> admins = send(http, path, ADMIN_TOKEN);
            assertThat(admins.statusCode()).as(admins.body()).isNotEqualTo(429);

            for (Socket socket : held) {
                socket.close();
            }
            held.clear();
            // the broken-off uploads end, and their places are free again
            awaitInProgress(uploader.email(), 0);
            HttpResponse<String> again = send(http, path, token);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /** An upload that announces 1 MB, sends its first line and waits: in progress until closed. */
    private Socket startUpload(String path, String token) throws IOException {
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: text/csv\r\n"
                + "Content-Length: " + 1024 * 1024 + "\r\n\r\n"
                + "title,text\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /** Waits, for at most 20 seconds, until {@code count} uploads of the person are in progress. */
    private void awaitInProgress(String person, int count) throws InterruptedException {
        for (int i = 0; i < 200 && quota.inProgress(person) != count; i++) {
            Thread.sleep(100);
        }
        assertThat(quota.inProgress(person)).as("uploads in progress").isEqualTo(count);
    }

    private HttpResponse<String> send(HttpClient http, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(CSV))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
