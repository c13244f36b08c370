package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two people edit the same insight from the same version over the API: the first save wins, the
 * second is refused (409) instead of silently undoing the first.
 */
class InsightConcurrentEditIT extends TandemIT {

    private String base;

    @BeforeEach
    void workspace() {
        String slug = "stale-insight-" + unique();
        base = "/api/v1/workspaces/" + slug + "/insights";
        admin().post("/api/v1/workspaces", "{\"name\":\"Stale\",\"slug\":\"" + slug + "\"}");
    }

    private long capture(String title) {
        Api.Response created = admin().post(base, "{\"title\":\"" + title + "\",\"sourceType\":\"SURVEY\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Api.Response replace(long id, String title, String version) {
        return admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"title\":\"" + title + "\",\"sourceType\":\"SURVEY\",\"tags\":[\"jargon\"]" + version + "}");
    }

    @Test
    void theSecondEditFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long id = capture("Users skip the second email");
        long read = admin().get(base + "/" + id).json().path("version").asLong();

        Api.Response first = replace(id, "Users skip the second onboarding email", ",\"version\":" + read);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).as("a save moves the version on").isGreaterThan(read);

        Api.Response second = replace(id, "Overwritten by a stale edit", ",\"version\":" + read);
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(second.json().path("detail").asString()).contains("Someone else changed this insight");

        JsonNode stored = admin().get(base + "/" + id).json();
        assertThat(stored.path("title").asString()).isEqualTo("Users skip the second onboarding email");
        assertThat(stored.path("version").asLong()).isEqualTo(saved);

        Api.Response again = replace(id, "Edited from the new version", ",\"version\":" + saved);
        assertThat(again.status())
                .as("an edit from the version now saved goes through")
                .isEqualTo(200);
    }

    @Test
    void aReplaceWithoutTheVersionItWasReadAtIsRefused() {
        long id = capture("Testers cannot find savings goals");

        Api.Response blind = replace(id, "Blind overwrite", "");

        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
        assertThat(admin().get(base + "/" + id).json().path("title").asString())
                .isEqualTo("Testers cannot find savings goals");
    }

    @Test
    void theApiDocumentAsksForTheVersionInAReplace() {
        JsonNode docs = admin().get("/v3/api-docs").json();
        JsonNode put = docs.path("paths")
                .path("/api/v1/workspaces/{slug}/insights/{id}")
                .path("put");
        String schema = put.path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString();
        JsonNode request = docs.path("components").path("schemas").path(schema.substring(schema.lastIndexOf('/') + 1));

        assertThat(request.path("properties").has("version")).isTrue();
        assertThat(request.path("required").valueStream().map(JsonNode::asString))
                .contains("version");
        assertThat(docs.path("components")
                        .path("schemas")
                        .path("InsightView")
                        .path("properties")
                        .has("version"))
                .as("GET answers the version an edit sends back")
                .isTrue();
    }
}
