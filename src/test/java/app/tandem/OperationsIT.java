package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an operator and an API client rely on: health, metrics, the OpenAPI document. */
class OperationsIT extends TandemIT {

    @Test
    void healthIsUpWithoutSigningIn() {
        Api.Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        Api.Response metrics = anonymous().getText("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithSchemas() {
        Api.Response doc = anonymous().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").propertyStream().map(Map.Entry::getKey))
                .contains(
                        "/api/v1/workspaces",
                        "/api/v1/workspaces/{slug}",
                        "/api/v1/workspaces/{slug}/teams",
                        "/api/v1/workspaces/{slug}/members",
                        "/api/v1/me",
                        "/api/v1/me/tokens",
                        "/api/v1/me/tokens/{id}",
                        "/api/v1/users");
        assertThat(doc.json()
                        .path("paths")
                        .path("/api/v1/workspaces")
                        .path("post")
                        .path("requestBody")
                        .isMissingNode())
                .isFalse();
        assertThat(doc.json()
                        .path("components")
                        .path("schemas")
                        .propertyStream()
                        .map(Map.Entry::getKey))
                .contains("CreateWorkspaceRequest", "WorkspaceResponse", "TeamView", "MemberView");
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
