package app.tandem.support.web;

import app.tandem.support.CreatedWithoutLocation;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API document ({@code /v3/api-docs}, the Swagger UI), made complete in one place rather than
 * on every controller: the title, the version of the build and the licence; the bearer token as the
 * security scheme of every operation (the Swagger UI's <em>Authorize</em> takes a personal API
 * token); operation ids named for what they do ({@link OperationIds}); the problem-details
 * answers each operation may give, with one {@code ProblemDetail} schema; and examples for the main
 * resources.
 *
 * <p>Which problems an operation documents: 401 (no valid token), 403 (a role that may not), 404
 * (a workspace, or a record in it, that is not there or not yours) and 429 (a rate limit) for every
 * one; 400 for one that takes a body or parameters; 409 for one that changes something (a stale
 * version, a duplicate, a transition that is not allowed); 413 for one that takes a body (the body
 * limit, or more values than a setting allows). An operation that documents a status itself keeps
 * its own description.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocumentation {

    static {
        // A LocalDateTime (a discovery session's times, in UTC) is answered without an offset, which
        // RFC 3339's date-time requires: a client generated for "date-time" could not read it. Text
        // of its own shape instead; requests may add an offset (Z, +02:00), converted to UTC.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        LocalDateTime.class,
                        new StringSchema()
                                .pattern(
                                        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?$")
                                .description("A date and time in UTC, such as 2027-03-01T10:00:00 (answers carry no"
                                        + " offset; a request may add one, Z or +02:00, and is read in UTC)")
                                .example("2027-03-01T10:00:00"));
    }

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI tandemOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Tandem API")
                        .version(version)
                        .description("Shared user goals, insights, business goals and plans for the teams of one"
                                + " company. Every call sends a personal API token (create one under Account > API"
                                + " tokens) as 'Authorization: Bearer <token>'. Refusals are RFC 9457 problem"
                                + " details (application/problem+json) naming the field when one is wrong. Edits"
                                + " send back the version they started from; a stale one is answered 409. Calls"
                                + " are rate limited per token (and per address without one): every answer"
                                + " carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, and a call"
                                + " over the limit is answered 429 with Retry-After.")
                        .license(new License()
                                .name("Proprietary: for the teams of the company that runs it")
                                // OpenAPI 3.1: an SPDX expression; a licence of one's own is a LicenseRef
                                .identifier("LicenseRef-Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (tdm_...), from Account > API tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Names each operation for what it does, unless its {@code @Operation} names it; documents the
     * file an export controller's download answers.
     */
    @Bean
    OperationCustomizer tandemOperationIds() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation annotation = AnnotatedElementUtils.findMergedAnnotation(
                    handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
            RequestMapping mapping =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            if (annotation == null || !StringUtils.hasText(annotation.operationId())) {
                RequestMethod http =
                        mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
                operation.setOperationId(OperationIds.of(
                        handler.getBeanType().getSimpleName(),
                        handler.getMethod().getName(),
                        http));
            }
            if (handler.getBeanType().getSimpleName().endsWith("ExportController")) {
                download(operation);
            }
            if (mapping != null
                    && java.util.Arrays.stream(mapping.method())
                            .anyMatch(m -> m == RequestMethod.PUT || m == RequestMethod.PATCH)) {
                ifMatch(operation, handler);
            }
            ResponseStatus status =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
            if (status != null
                    && status.code() == HttpStatus.CREATED
                    && !handler.hasMethodAnnotation(CreatedWithoutLocation.class)) {
                located(operation);
            }
            return operation;
        };
    }

    /**
     * An export's answer: the file, CSV unless {@code format=json} asks for JSON. A file ({@code
     * format: binary}) for both: a generated client then hands over the bytes as they came (a File,
     * a Blob) instead of reading CSV as JSON.
     */
    private static void download(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse ok = responses.computeIfAbsent("200", status -> new ApiResponse());
        ok.description("The file, as an attachment: CSV (UTF-8 with a byte order mark, a header row) unless"
                + " format=json asks for a JSON array of objects with the same fields");
        ok.content(new Content()
                .addMediaType("text/csv", new MediaType().schema(file()))
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(file())));
        ok.addHeaderObject(
                "Content-Disposition",
                new Header()
                        .description("attachment; filename=\"<workspace>-<what>-<date>.csv\" (or .json)")
                        .schema(new StringSchema()));
    }

    /**
     * An edit whose body has a version takes it as {@code If-Match} too ({@link IfMatchWithBody}): the
     * header, unless the operation documents it itself.
     */
    private static void ifMatch(Operation operation, org.springframework.web.method.HandlerMethod handler) {
        boolean versioned = java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                        && IfMatchWithBody.takesTheHeader(p.getParameterType()));
        boolean documented = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn())
                                && app.tandem.support.IfMatch.HEADER.equalsIgnoreCase(p.getName()));
        if (versioned && !documented) {
            operation.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter()
                    .name(app.tandem.support.IfMatch.HEADER)
                    .description(app.tandem.support.IfMatch.HEADER_DOC)
                    .required(false)
                    .schema(new StringSchema().example("\"3\"")));
        }
    }

    /** A 201's {@code Location}: the address of what was made, which a client reads it again at. */
    private static void located(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses
                .computeIfAbsent("201", status -> new ApiResponse().description("Created"))
                .addHeaderObject(
                        "Location",
                        new Header()
                                .description("The address of what was made, from the server's root"
                                        + " (/api/v1/workspaces/...)")
                                .schema(new StringSchema().format("uri-reference")));
    }

    private static Schema<?> file() {
        return new StringSchema().format("binary");
    }

    /** Properties that may be null say so ({@link NullableProperties}). */
    @Bean
    ModelConverter tandemNullableProperties() {
        return new NullableProperties();
    }

    /** A request's text that must not be blank says so ({@link NonBlankText}). */
    @Bean
    ModelConverter tandemNonBlankText() {
        return new NonBlankText();
    }

    /** An answer's properties are all there ({@link AnswerProperties}), once every operation is known. */
    @Bean
    OpenApiCustomizer tandemAnswerProperties() {
        return AnswerProperties::require;
    }

    /** The problem-details answers and the examples, once every operation is known. */
    @Bean
    OpenApiCustomizer tandemProblemsAndExamples() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            nameAliases(openApi);
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        addProblems(method, operation);
                        fileFirst(operation);
                        Examples.add(operation);
                    }));
        };
    }

    /**
     * One handler on several paths gets one name from {@link OperationIds}, which springdoc makes
     * unique with {@code _1}: the operation on the longest path keeps the name, each other one adds
     * the last fixed part of its path ({@code createCheckInCadenceAtCheckIns}).
     */
    private static void nameAliases(OpenAPI openApi) {
        Map<String, List<Map.Entry<String, Operation>>> byName = new TreeMap<>();
        Set<Operation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, shared) -> {
                    // springdoc gives each path of one handler the same operation: each gets its own here
                    Operation operation = seen.add(shared) ? shared : copy(shared);
                    item.operation(method, operation);
                    String id = operation.getOperationId();
                    if (id != null) {
                        byName.computeIfAbsent(id.replaceFirst("_\\d+$", ""), k -> new ArrayList<>())
                                .add(Map.entry(path, operation));
                    }
                }));
        byName.forEach((name, operations) -> {
            if (operations.size() < 2) {
                return;
            }
            operations.sort(Comparator.comparing(
                            (Map.Entry<String, Operation> e) -> e.getKey().length())
                    .reversed()
                    .thenComparing(Map.Entry::getKey));
            operations.getFirst().getValue().setOperationId(name);
            for (Map.Entry<String, Operation> alias : operations.subList(1, operations.size())) {
                alias.getValue().setOperationId(name + "At" + lastFixedPart(alias.getKey()));
            }
        });
    }

    private static Operation copy(Operation operation) {
        Operation copy = new Operation()
                .tags(operation.getTags())
                .summary(operation.getSummary())
                .description(operation.getDescription())
                .externalDocs(operation.getExternalDocs())
                .operationId(operation.getOperationId())
                .parameters(operation.getParameters())
                .requestBody(operation.getRequestBody())
                .callbacks(operation.getCallbacks())
                .deprecated(operation.getDeprecated())
                .security(operation.getSecurity())
                .servers(operation.getServers())
                .extensions(operation.getExtensions());
        ApiResponses responses = new ApiResponses();
        if (operation.getResponses() != null) {
            responses.putAll(operation.getResponses());
        }
        return copy.responses(responses);
    }

    /** {@code /api/v1/workspaces/{slug}/check-ins}: {@code CheckIns}. */
    private static String lastFixedPart(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].startsWith("{")) {
                StringBuilder name = new StringBuilder();
                for (String word : parts[i].split("[^A-Za-z0-9]+")) {
                    if (!word.isEmpty()) {
                        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                    }
                }
                return name.toString();
            }
        }
        return "Root";
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            problem(responses, "400", "Not valid: the problem names the field ('field', and 'errors' for each)");
        }
        problem(responses, "401", "No valid API token: send 'Authorization: Bearer <token>'");
        problem(responses, "403", "Your role may not do this (a viewer reads, does not change; admins only)");
        problem(responses, "404", "The workspace, or a record in it, is not there or not yours to see");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            problem(
                    responses,
                    "409",
                    "A conflict: someone changed it since the version you sent (currentVersion says theirs),"
                            + " or it clashes with what is there");
        }
        if (body) {
            problem(responses, "413", "The body is larger than allowed, or holds more values than a setting allows");
            problem(responses, "415", "The body is not of a type this operation reads (its Content-Type)");
        }
        problem(responses, "429", "Over a rate limit: try again after Retry-After seconds");
        // a refusal an operation describes itself (a read's 409) is problem details too, not its answer's type
        for (String status : List.copyOf(responses.keySet())) {
            if (status.startsWith("4") || status.startsWith("5")) {
                problem(responses, status, responses.get(status).getDescription());
            }
        }
        ApiResponse tooMany = responses.get("429");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
            tooMany.addHeaderObject(
                    "Retry-After", new Header().description("Seconds to wait").schema(new IntegerSchema()));
        }
    }

    /**
     * An import takes a file upload and the file as the body (each its own handler, whose request
     * bodies springdoc joins in the order it met them): the upload first, which a generated client
     * takes for its method.
     */
    private static void fileFirst(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        MediaType upload = content.get(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
        if (upload == null || content.size() == 1) {
            return;
        }
        Content ordered = new Content();
        ordered.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, upload);
        content.forEach((type, media) -> {
            if (!type.equals(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)) {
                ordered.addMediaType(type, media);
            }
        });
        operation.getRequestBody().setContent(ordered);
    }

    /** Adds the problem answer, or the problem content to an answer the operation describes itself. */
    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        Content content = response.getContent() == null ? new Content() : response.getContent();
        // (what springdoc gives an answer its handler does not describe: a problem is never that)
        content.remove("*/*");
        content.remove(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        content.addMediaType(
                PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").example("/problems/invalid-input"));
        properties.put("title", new StringSchema().example("Invalid request"));
        properties.put("status", new IntegerSchema().example(400));
        properties.put("detail", new StringSchema().example("The title may be at most 200 characters."));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put(
                "field",
                new StringSchema().description("the wrong field, when one is").example("title"));
        properties.put(
                "errors",
                new io.swagger.v3.oas.models.media.ArraySchema()
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())
                                .addProperty(
                                        "line",
                                        new IntegerSchema()
                                                .description("an import's refused row: the line of the file it starts"
                                                        + " on (the header is line 1)"))
                                .addProperty(
                                        "row",
                                        new IntegerSchema()
                                                .description("an import's refused row: the row a spreadsheet shows it"
                                                        + " on (the line, unless cells before it hold line breaks)")))
                        .description("every wrong field with what is wrong with it; for an import (csv-rows-invalid,"
                                + " import-rows-invalid), every wrong cell of every refused row"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setDescription(
                "RFC 9457 problem details; some problems add members such as currentVersion, limit" + " or retryAfter");
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }

    /** Example requests for the main resources, by operation id. */
    static final class Examples {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private static final Map<String, String> REQUESTS =
                Map.of("createInsight", """
                {"title": "Checkout drops the discount code on the second page",
                 "body": "Three customers wrote in this week; two gave up.",
                 "sourceType": "SUPPORT_TICKET", "teamId": 12, "observedOn": "2026-11-30",
                 "sentiment": -2, "reach": 3, "evidenceStrength": "PATTERN", "tags": ["checkout", "discounts"]}""", "recordKpiMeasurements", """
                [{"date": "2026-11-29", "value": 41.5, "note": "after the checkout fix"},
                 {"date": "2026-11-30", "value": 43.0}]""", "proposeInitiative", """
                {"title": "One-page checkout", "description": "Keep the discount code on one page.",
                 "kind": "FEATURE", "proposingTeamId": 12, "ownerId": 7,
                 "startDate": "2027-01-04", "dueDate": "2027-02-26", "confidence": "MEDIUM",
                 "effort": [{"teamId": 12, "personWeeks": 6}],
                 "contributors": [{"userId": 9, "teamId": 12, "role": "RESPONSIBLE"}], "needsWebForm": false}""");

        private Examples() {}

        static void add(Operation operation) {
            String example = REQUESTS.get(operation.getOperationId());
            if (example == null || operation.getRequestBody() == null) {
                return;
            }
            Content content = operation.getRequestBody().getContent();
            if (content == null) {
                return;
            }
            MediaType json = content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            if (json != null) {
                json.addExamples("example", new Example().value(JSON.readValue(example, Object.class)));
            }
        }
    }
}
