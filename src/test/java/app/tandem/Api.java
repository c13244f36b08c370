package app.tandem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the REST API over real HTTP, as another system would call it. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final @Nullable String token;
    private final Duration timeout;

    public Api(String baseUrl, @Nullable String token) {
        this(baseUrl, token, Duration.ofSeconds(30));
    }

    private Api(String baseUrl, @Nullable String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
    }

    /**
     * This client, waiting up to {@code timeout} for each answer instead of 30 s: for a call whose work
     * grows with what the test made (grouping 2,001 insights in one request took 20 s on PostgreSQL in
     * CI, and timed out at 30 s when the machine was busy).
     */
    public Api waitingUpTo(Duration timeout) {
        return new Api(baseUrl, token, timeout);
    }

    /** The API token this client sends, if any. */
    public @Nullable String token() {
        return token;
    }

    public Api as(@Nullable String otherToken) {
        return new Api(baseUrl, otherToken, timeout);
    }

    /**
     * A response: status, content type, the body as JSON (a missing node when empty or not JSON), and
     * its {@code Location} header (null when it has none).
     */
    public record Response(
            int status,
            String contentType,
            String text,
            JsonNode json,
            @Nullable String location) {

        public Response(int status, String contentType, String text, JsonNode json) {
            this(status, contentType, text, json, null);
        }

        public String field() {
            return json.path("field").asString();
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String jsonBody) {
        return send("POST", path, jsonBody);
    }

    public Response patch(String path, String jsonBody) {
        return send("PATCH", path, jsonBody);
    }

    /**
     * PATCHes {@code path} (an initiative's {@code .../status}, say) with the version the record at
     * {@code recordPath} has now as {@code If-Match}, as a client that has just read it sends it.
     */
    public Response patchAsRead(String recordPath, String path, String jsonBody) {
        long version = get(recordPath).json().path("version").asLong();
        return send("PATCH", path, jsonBody, Map.of("If-Match", "\"" + version + "\""));
    }

    /** PUTs {@code path} with the version the record there has now as {@code If-Match}, as a client that has just read it. */
    public Response putAsRead(String path, String jsonBody) {
        long version = get(path).json().path("version").asLong();
        return send("PUT", path, jsonBody, Map.of("If-Match", "\"" + version + "\""));
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A plain-text resource (metrics). */
    public Response getText(String path) {
        return send("GET", path, null, "text/plain");
    }

    public Response send(String method, String path, @Nullable String jsonBody) {
        return send(method, path, jsonBody, "application/json, application/problem+json");
    }

    /** As {@link #send(String, String, String)}, with request headers of its own (If-Match, say). */
    public Response send(String method, String path, @Nullable String jsonBody, Map<String, String> headers) {
        return send(method, path, jsonBody, "application/json, application/problem+json", headers);
    }

    private Response send(String method, String path, @Nullable String jsonBody, String accept) {
        return send(method, path, jsonBody, accept, Map.of());
    }

    /** POSTs {@code body} as it is, bytes that need not be UTF-8 (a file as a tool wrote it). */
    public Response postBytes(String path, String contentType, byte[] body) {
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofByteArray(body),
                "application/json, application/problem+json",
                Map.of("Content-Type", contentType));
    }

    private Response send(
            String method, String path, @Nullable String jsonBody, String accept, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        if (jsonBody != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers); // a Content-Type given replaces application/json
        return send(
                method,
                path,
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody),
                accept,
                all);
    }

    private Response send(
            String method, String path, HttpRequest.BodyPublisher content, String accept, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", accept)
                .method(method, content);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json;
            try {
                json = body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (RuntimeException notJson) {
                json = JSON.missingNode();
            }
            Documented.check(
                    method,
                    path,
                    response.statusCode(),
                    response.headers().firstValue("Location").isPresent());
            Documented.nulls(method, path, response.statusCode(), json);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body,
                    json,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every success an API test sees is one the API document ({@code docs/openapi.json}, which
     * {@code ApiContractIT} keeps equal to the served one) gives for its operation: a client generated
     * from the document expects a 201 where a POST creates, a 204 where a DELETE answers nothing. A test
     * that meets another status fails, naming the operation.
     */
    static final class Documented {

        private record Operation(
                String method,
                java.util.regex.Pattern path,
                int variables,
                java.util.Set<Integer> successes,
                java.util.Map<Integer, JsonNode> answers,
                java.util.Set<Integer> located) {}

        private static final JsonNode SCHEMAS = components();

        private static final java.util.List<Operation> OPERATIONS = load();

        private Documented() {}

        private static @Nullable Operation operation(String method, String bare) {
            return OPERATIONS.stream()
                    .filter(o ->
                            o.method().equals(method) && o.path().matcher(bare).matches())
                    .min(java.util.Comparator.comparingInt(Operation::variables))
                    .orElse(null);
        }

        /**
         * A {@code null} in a JSON answer is where the document says the property may be null ({@code
         * "type": ["string", "null"]}, or {@code anyOf} with {@code null}), and every property the
         * document lists as required is there: a client generated from it reads the answer without
         * failing on an object that is not there.
         */
        static void nulls(String method, String path, int status, JsonNode json) {
            if (status < 200 || status > 299 || !path.startsWith("/api/") || json.isMissingNode()) {
                return;
            }
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Operation operation = operation(method, bare);
            JsonNode schema = operation == null ? null : operation.answers().get(status);
            if (schema != null) {
                nulls(json, schema, method + " " + bare + " answered $", 0);
            }
        }

        private static void nulls(JsonNode value, JsonNode schema, String where, int depth) {
            JsonNode resolved = resolve(schema);
            if (resolved == null || depth > 12) {
                return;
            }
            if (value.isNull()) {
                if (!mayBeNull(resolved)) {
                    throw new AssertionError(where + " null, but the API document does not say it may be null"
                            + " (docs/openapi.json): mark the record component @Nullable");
                }
                return;
            }
            JsonNode anyOf = resolved.path("anyOf");
            if (anyOf.isArray()) {
                for (JsonNode alternative : anyOf) {
                    if (!alternative.path("type").asString("").equals("null")) {
                        nulls(value, alternative, where, depth + 1);
                        return;
                    }
                }
                return;
            }
            if (value.isObject()) {
                // a client generated from the document counts on each property it lists as required
                for (JsonNode name : resolved.path("required")) {
                    if (!value.has(name.asString())) {
                        throw new AssertionError(where + " has no " + name.asString() + ", but the API document"
                                + " lists it as required (docs/openapi.json)");
                    }
                }
                for (java.util.Map.Entry<String, JsonNode> property :
                        resolved.path("properties").properties()) {
                    JsonNode field = value.get(property.getKey());
                    if (field != null) {
                        nulls(field, property.getValue(), where + "." + property.getKey(), depth + 1);
                    }
                }
            } else if (value.isArray() && resolved.has("items")) {
                int seen = 0;
                for (JsonNode element : value) {
                    if (seen++ == 50) {
                        break;
                    }
                    nulls(element, resolved.path("items"), where + "[]", depth + 1);
                }
            }
        }

        private static boolean mayBeNull(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                return type.valueStream().anyMatch(t -> t.asString().equals("null"));
            }
            if (schema.path("anyOf").isArray()) {
                return schema.path("anyOf")
                        .valueStream()
                        .anyMatch(t -> t.path("type").asString("").equals("null"));
            }
            // a schema that says nothing of its kind takes anything
            return type.isMissingNode() && !schema.has("properties") && !schema.has("items");
        }

        private static @Nullable JsonNode resolve(JsonNode schema) {
            JsonNode at = schema;
            for (int i = 0; i < 5 && at.has("$ref"); i++) {
                String ref = at.path("$ref").asString();
                at = SCHEMAS.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return at.isMissingNode() ? null : at;
        }

        private static JsonNode components() {
            java.nio.file.Path document = java.nio.file.Path.of("docs", "openapi.json");
            if (!java.nio.file.Files.isRegularFile(document)) {
                return JSON.missingNode();
            }
            return JSON.readTree(document.toFile()).path("components").path("schemas");
        }

        /**
         * A success is one the document gives for the operation, and it carries a {@code Location} exactly
         * when the document says it does (every 201 but a {@code @CreatedWithoutLocation} one).
         */
        static void check(String method, String path, int status, boolean location) {
            if (status < 200 || status > 299 || !path.startsWith("/api/")) {
                return;
            }
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Operation operation = operation(method, bare);
            if (operation == null) {
                return;
            }
            if (!operation.successes().contains(status)) {
                throw new AssertionError(method + " " + bare + " answered " + status + ", but the API document gives "
                        + operation.successes() + " for it (docs/openapi.json): document the status the operation"
                        + " answers (@ResponseStatus)");
            }
            if (location != operation.located().contains(status)) {
                throw new AssertionError(method + " " + bare + " answered " + status
                        + (location ? " with" : " without") + " a Location header, but the API document says"
                        + (location ? " none" : " one") + " (docs/openapi.json): answer ResponseEntity.created(...),"
                        + " or mark the operation @CreatedWithoutLocation");
            }
        }

        private static java.util.List<Operation> load() {
            java.nio.file.Path document = java.nio.file.Path.of("docs", "openapi.json");
            if (!java.nio.file.Files.isRegularFile(document)) {
                return java.util.List.of();
            }
            JsonNode paths = JSON.readTree(document.toFile()).path("paths");
            java.util.List<Operation> operations = new java.util.ArrayList<>();
            for (java.util.Map.Entry<String, JsonNode> path : paths.properties()) {
                StringBuilder regex = new StringBuilder();
                int variables = 0;
                for (String part : path.getKey().split("(?=\\{)|(?<=\\})")) {
                    if (part.startsWith("{")) {
                        regex.append("[^/]+");
                        variables++;
                    } else {
                        regex.append(java.util.regex.Pattern.quote(part));
                    }
                }
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex.toString());
                for (java.util.Map.Entry<String, JsonNode> operation :
                        path.getValue().properties()) {
                    java.util.Set<Integer> successes = new java.util.TreeSet<>();
                    java.util.Map<Integer, JsonNode> answers = new java.util.HashMap<>();
                    java.util.Set<Integer> located = new java.util.TreeSet<>();
                    for (java.util.Map.Entry<String, JsonNode> response :
                            operation.getValue().path("responses").properties()) {
                        if (response.getKey().startsWith("2")) {
                            int status = Integer.parseInt(response.getKey());
                            successes.add(status);
                            if (response.getValue().path("headers").has("Location")) {
                                located.add(status);
                            }
                            JsonNode schema = response.getValue()
                                    .path("content")
                                    .path("application/json")
                                    .path("schema");
                            if (!schema.isMissingNode()
                                    && !"binary".equals(schema.path("format").asString(""))) {
                                answers.put(status, schema);
                            }
                        }
                    }
                    operations.add(new Operation(
                            operation.getKey().toUpperCase(java.util.Locale.ROOT),
                            pattern,
                            variables,
                            successes,
                            answers,
                            located));
                }
            }
            return java.util.List.copyOf(operations);
        }
    }
}
