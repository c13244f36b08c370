package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an operator and an API client rely on: health for anyone; metrics for instance admins; the
 * OpenAPI document for anyone signed in (a session or an API token). Closed is the default
 * ({@code tandem.operations.public-metrics}, {@code public-api-docs} open them).
 */
class OperationsIT extends TandemIT {

    @Test
    void healthIsUpWithoutSigningIn() {
        Api.Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForInstanceAdminsOnly() {
        Api.Response metrics = admin().getText("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("http_server_requests");

        assertThat(anonymous().getText("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(newPerson("Metrics Reader")
                        .api()
                        .getText("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentIsForSignedInPeopleOnly() {
        Api.Response anonymousDoc = anonymous().get("/v3/api-docs");
        assertThat(anonymousDoc.status()).isEqualTo(401);
        assertThat(anonymousDoc.contentType()).startsWith("application/problem+json");
        assertThat(newPerson("Client Generator").api().get("/v3/api-docs").status())
                .isEqualTo(200);

        WebSession browser = new WebSession(baseUrl());
        assertThat(browser.get("/swagger-ui.html").location()).endsWith("/login");
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(browser.open("/swagger-ui.html").status()).isEqualTo(200);
        assertThat(browser.get("/v3/api-docs").status())
                .as("the Swagger UI reads the document with the browser's session")
                .isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithSchemas() {
        Api.Response doc = admin().get("/v3/api-docs");
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
    }
}
