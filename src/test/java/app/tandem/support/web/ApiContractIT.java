package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import tools.jackson.databind.JsonNode;

/**
 * The API document as a client generator reads it: titled and versioned, the bearer token as its
 * security scheme, every operation named for what it does and documenting the problem details it
 * may answer. A new endpoint that breaks one of these fails here.
 */
class ApiContractIT extends TandemIT {

    private static final Set<String> GENERIC = Set.of("get", "list", "create", "update", "replace", "delete", "search");
    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    @Autowired
    BuildProperties build;

    private JsonNode document() {
        Api.Response docs = admin().get("/v3/api-docs");
        assertThat(docs.status()).as(docs.text()).isEqualTo(200);
        return docs.json();
    }

    /**
     * What an answer may leave null says so (a record component declared {@code @Nullable}), and what
     * it never does does not; a request's required field stays required. Every API test also checks
     * each {@code null} it is answered against the document ({@code Api.Documented.nulls}).
     */
    @Test
    void whatMayBeNullSaysSo() {
        JsonNode schemas = document().path("components").path("schemas");
        JsonNode insight = schemas.path("InsightView").path("properties");
        assertThat(insight.path("externalRef").path("type").valueStream().map(JsonNode::asString))
                .containsExactly("string", "null");
        assertThat(insight.path("title").path("type").asString()).isEqualTo("string");
        JsonNode team = schemas.path("InitiativeView").path("properties").path("proposingTeam");
        assertThat(team.path("anyOf").get(0).path("$ref").asString()).endsWith("/Ref");
        assertThat(team.path("anyOf").get(1).path("type").asString()).isEqualTo("null");
        JsonNode from = schemas.path("StatusChangeView").path("properties").path("from");
        assertThat(from.path("enum").valueStream().anyMatch(JsonNode::isNull)).isTrue();
        JsonNode request = schemas.path("InitiativeRequest");
        assertThat(request.path("required").valueStream().map(JsonNode::asString))
                .contains("kind");
        assertThat(request.path("properties").path("kind").path("type").asString())
                .isEqualTo("string");
    }

    @Test
    void theDocumentIsTitledVersionedAndDeclaresTheBearerToken() {
        JsonNode docs = document();
        assertThat(docs.path("info").path("title").asString()).isEqualTo("Tandem API");
        assertThat(docs.path("info").path("version").asString()).isEqualTo(build.getVersion());
        assertThat(docs.path("info").path("description").asString()).contains("Authorization: Bearer");
        assertThat(docs.path("info").path("license").path("name").asString()).isNotBlank();
        JsonNode bearer = docs.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.path("security").findValues("bearerAuth")).hasSize(1);
        assertThat(docs.path("components")
                        .path("schemas")
                        .path("ProblemDetail")
                        .path("properties")
                        .propertyNames())
                .contains("type", "title", "status", "detail", "field", "errors");
    }

    /**
     * {@code docs/openapi.json} is what the server serves (less its {@code servers}, which name the
     * test's port): it is published with the code, and the client {@code GeneratedClientIT} uses is
     * generated from it at build time. After an API change, copy {@code target/openapi.json} there.
     */
    @Test
    void theDocumentInTheRepositoryIsTheOneTheServerServes() throws Exception {
        tools.jackson.databind.node.ObjectNode served = (tools.jackson.databind.node.ObjectNode) document();
        served.remove("servers");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .build();
        java.nio.file.Path written = java.nio.file.Path.of("target", "openapi.json");
        java.nio.file.Files.writeString(written, json.writeValueAsString(served) + "\n");
        JsonNode committed =
                json.readTree(java.nio.file.Path.of("docs", "openapi.json").toFile());
        assertThat(committed)
                .as(
                        "docs/openapi.json differs from the document the server serves: the API changed. Copy %s"
                                + " to docs/openapi.json (the generated client is built from it).",
                        written)
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasAUniqueNameThatSaysWhatItDoes() {
        List<String> ids = new ArrayList<>();
        forEachOperation(document(), (where, operation) -> {
            String id = operation.path("operationId").asString();
            assertThat(id).as(where).matches("[a-z]+(?:[A-Z][a-z0-9]*)+");
            assertThat(GENERIC).as(where).doesNotContain(id);
            ids.add(id);
        });
        assertThat(ids).hasSizeGreaterThan(150).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "searchInsights",
                        "createInsight",
                        "getInsight",
                        "listKpis",
                        "recordKpiMeasurements",
                        "deleteKpiMeasurement",
                        "listInitiatives",
                        "proposeInitiative",
                        "listWorkspaceTeams",
                        "getMe",
                        "listMyTokens",
                        "changeRateLimits",
                        "importInsights",
                        "listInitiativeLinks",
                        "createCheckInCadence");
    }

    /**
     * A request body the document names without a schema is one whose type springdoc could not read
     * (an annotation its converters choke on drops the schema without a word): a generated client
     * would then send anything.
     */
    @Test
    void everyRequestBodyHasASchema() {
        forEachOperation(document(), (where, operation) -> {
            operation
                    .path("requestBody")
                    .path("content")
                    .propertyStream()
                    .forEach(media -> assertThat(media.getValue().has("schema"))
                            .as(where + " " + media.getKey() + " has a schema")
                            .isTrue());
        });
    }

    @Test
    void everyOperationDocumentsTheProblemsItMayAnswer() {
        forEachOperation(document(), (where, operation) -> {
            JsonNode responses = operation.path("responses");
            Set<String> expected = new HashSet<>(Set.of("401", "403", "404", "429"));
            boolean body = operation.has("requestBody");
            if (body || !operation.path("parameters").isEmpty()) {
                expected.add("400");
            }
            if (!where.startsWith("GET ")) {
                expected.add("409");
            }
            if (body) {
                expected.add("413");
            }
            for (String status : expected) {
                assertThat(responses
                                .path(status)
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString())
                        .as(where + " answers " + status + " with problem details")
                        .isEqualTo(PROBLEM_REF);
            }
            assertThat(responses.path("429").path("headers").has("Retry-After"))
                    .as(where)
                    .isTrue();
        });
    }

    @Test
    void theMainResourcesHaveExamples() {
        JsonNode docs = document();
        JsonNode insight = docs.path("paths")
                .path("/api/v1/workspaces/{slug}/insights")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("example")
                .path("value");
        assertThat(insight.path("title").asString()).isNotBlank();
        assertThat(insight.path("sourceType").asString()).isEqualTo("SUPPORT_TICKET");
        JsonNode initiative = docs.path("paths")
                .path("/api/v1/workspaces/{slug}/initiatives")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("example")
                .path("value");
        assertThat(initiative.path("kind").asString()).isEqualTo("FEATURE");
        JsonNode measurements = docs.path("paths")
                .path("/api/v1/workspaces/{slug}/kpis/{kpiId}/measurements")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("example")
                .path("value");
        assertThat(measurements.isArray()).isTrue();
        assertThat(measurements.get(0).path("date").asString()).isNotBlank();
    }

    @Test
    void signedInPeopleFindTheApiDocsFromTheirTokensPage() {
        Person someone = newPerson("Doc Reader");
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(someone.api().get("/v3/api-docs").status()).isEqualTo(200);
        WebSession session = new WebSession(baseUrl());
        session.login(someone.email(), someone.password());
        WebSession.Page tokens = session.get("/account/tokens");
        assertThat(tokens.html()).contains("<a href=\"/swagger-ui.html\">API docs</a>");
        assertThat(session.open("/swagger-ui.html").status()).isEqualTo(200);
        assertThat(session.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(new WebSession(baseUrl()).get("/swagger-ui.html").location()).endsWith("/login");
    }

    private interface OperationCheck {
        void check(String where, JsonNode operation);
    }

    private static void forEachOperation(JsonNode docs, OperationCheck check) {
        int count = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (Set.of("get", "put", "post", "patch", "delete").contains(operation.getKey())) {
                    check.check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                    count++;
                }
            }
        }
        assertThat(count).isPositive();
    }
}
