package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import app.tandem.backup.BackupProgress;
import app.tandem.backup.WorkspaceArchives;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the API document under {@code /api/v1/workspaces/{slug}} with an id in its
 * path, today's and any added later, called by the admin of one workspace with the real ids of
 * another full of records (a copy of the demo) under their own workspace's address: nothing is found,
 * read or changed. ({@code WorkspaceAccessFirstIT} sweeps the roles; the modules' own tests check ids
 * of another workspace in bodies, each refusal naming its field.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignIdsIT extends TandemIT {

    private static final String WORKSPACE = "/api/v1/workspaces/{slug}";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** Path parameters whose records are found by name in the workspace rather than under the path. */
    private static final Map<String, String> BY_NAME = Map.of(
            "userGoalId", "/user-goals",
            "goalId", "/goals",
            "insightId", "/insights",
            "team", "/teams",
            "teamId", "/teams",
            "userId", "/members",
            "targetId", "/personas");

    /** Path parameters whose records are listed inside the first record of a list: a journey's stages and pain points. */
    private static final Map<String, String> IN_FIRST = Map.of("stageId", "/journeys", "painPointId", "/journeys");

    @Autowired
    WorkspaceArchives archives;

    private String copy;
    private String own;
    private Api outsider;
    private List<Operation> operations;
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> unresolved = new ArrayList<>();

    /** An operation, and whether it reads a JSON body. */
    private record Operation(String method, String template, boolean json) {
        String name() {
            return method + " " + template;
        }
    }

    @BeforeAll
    void aCopyOfTheDemoAndAnotherWorkspace() {
        copy = "access-" + unique();
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        Path archive = archives.export(
                        "budgetly", DataDirectory.create("api-access-").resolve("demo.zip"), BackupProgress.NONE)
                .file();
        archives.importArchive(archive, copy, "Access sweep", me, BackupProgress.NONE);
        String base = "/api/v1/workspaces/" + copy;
        assertThat(admin().post(base + "/plan/snapshots", "{\"name\":\"Before the sweep\"}")
                        .status())
                .isEqualTo(201);
        long webhook = webhookWithADelivery(base);
        // the copy's insights are indexed after the import; a check-in's agenda is made when asked for
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> read(base + "/insights").path("totalItems").asLong() > 0);
        Api.Response agenda =
                admin().post(base + "/check-ins/" + firstId(read(base + "/check-ins"), "id") + "/agenda", "");
        assertThat(agenda.status()).as(agenda.text()).isEqualTo(200);
        // the demo's review threads are empty: a comment to read through another workspace
        Api.Response comment = admin().post(
                        base + "/reviews/" + firstId(read(base + "/reviews"), "reviewId") + "/comments",
                        "{\"body\":\"Read by the sweep\"}");
        assertThat(comment.status()).as(comment.text()).isEqualTo(201);

        outsider = newPerson("Olga Outsider").api();
        own = "own-" + unique();
        assertThat(outsider.post("/api/v1/workspaces", "{\"name\":\"Own\",\"slug\":\"" + own + "\"}")
                        .status())
                .isEqualTo(201);

        operations = new ArrayList<>();
        admin().get("/v3/api-docs").json().path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith(WORKSPACE)) {
                path.getValue().properties().forEach(op -> operations.add(operation(path.getKey(), op)));
            }
        });
        operations.forEach(op -> resolve(op.template(), copy));
        assertThat(webhook).isPositive();
    }

    @Test
    void theSweepCoversEveryOperationWithRealIds() {
        assertThat(operations).hasSizeGreaterThan(150);
        assertThat(unresolved)
                .as(
                        "path parameters with no record in the copy of the demo: add one in the set-up or a name in BY_NAME")
                .isEmpty();
    }

    @Test
    void anotherWorkspacesIdsAreNotFoundUnderYourOwnWorkspace() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            String template = op.template().substring(WORKSPACE.length());
            if (PARAMETER.matcher(template).find()) {
                String path = resolve(op.template(), own);
                Api.Response response = outsider.send(op.method(), path, op.json() ? "{}" : null);
                // 400: a body refused before its ids are looked at; anything found or changed is wrong
                if (response.status() != 404 && response.status() != 400
                        || !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(op.name() + " as " + path + " answered " + response.status() + ": " + response.text());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Operation operation(String template, Map.Entry<String, JsonNode> op) {
        return new Operation(
                op.getKey().toUpperCase(Locale.ROOT),
                template,
                op.getValue().path("requestBody").path("content").has("application/json"));
    }

    /**
     * The template with {@code slug} and the ids of the copy's records, each found from the left: in
     * the list the path up to it answers, in the record before it, or by its name.
     */
    private String resolve(String template, String slug) {
        StringBuilder real = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int at = 0;
        while (m.find()) {
            String literal = template.substring(at, m.start());
            real.append(literal);
            shown.append(literal);
            String name = m.group(1);
            String value = name.equals("slug") ? copy : id(real.toString(), name);
            real.append(value);
            shown.append(name.equals("slug") ? slug : value);
            at = m.end();
        }
        return shown.append(template.substring(at)).toString();
    }

    private String id(String prefix, String name) {
        return ids.computeIfAbsent(prefix + "{" + name + "}", key -> {
            if (name.equals("kind")) {
                return "persona";
            }
            if (name.equals("step")) {
                return "PROBLEM";
            }
            String list = prefix.substring(0, prefix.length() - 1);
            String found = firstId(read(list), name);
            if (found == null) {
                String parent = list.substring(0, list.lastIndexOf('/'));
                found = firstIn(read(parent), camel(list.substring(list.lastIndexOf('/') + 1)));
            }
            if (found == null && BY_NAME.containsKey(name)) {
                found = firstId(read("/api/v1/workspaces/" + copy + BY_NAME.get(name)), name);
            }
            if (found == null && IN_FIRST.containsKey(name)) {
                String records = "/api/v1/workspaces/" + copy + IN_FIRST.get(name);
                found = firstIn(read(records + "/" + firstId(read(records), "id")), name.replace("Id", "s"));
            }
            if (found == null) {
                unresolved.add(prefix + "{" + name + "}");
                return "999999999";
            }
            return found;
        });
    }

    /** What the admin reads at {@code path}: nothing when it is no record or list. */
    private JsonNode read(String path) {
        Api.Response response = admin().get(path);
        return response.status() == 200 ? response.json() : tools.jackson.databind.node.MissingNode.getInstance();
    }

    /**
     * The first id of a page's items or a list (the field {@code name} when they have it, as a
     * delivery log's {@code deliveryId}; a member's user id; a search hit's record's), else of any
     * records in it.
     */
    private static @Nullable String firstId(JsonNode json, String name) {
        JsonNode items = json.has("items") ? json.path("items") : json;
        if (items.isArray()) {
            for (JsonNode item : items) {
                JsonNode id =
                        item.has(name) ? item.path(name) : item.has("userId") ? item.path("userId") : item.path("id");
                if (id.isNumber()) {
                    return id.asString();
                }
                for (JsonNode value : item) { // a search hit: {"insight": {"id": ...}, "titleHtml": ...}
                    if (value.path("id").isNumber()) {
                        return value.path("id").asString();
                    }
                }
            }
        }
        return firstIn(json, null);
    }

    /** The id of the first record in an array (named {@code array} when given) anywhere in {@code node}. */
    private static @Nullable String firstIn(JsonNode node, @Nullable String array) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (value.isArray() && (array == null || array.equals(field.getKey()))) {
                    for (JsonNode item : value) {
                        if (item.path("id").isNumber()) {
                            return item.path("id").asString();
                        }
                    }
                }
                String inner = firstIn(value, array);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                String inner = firstIn(item, array);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String camel(String segment) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : segment.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** A subscription with one delivery (a test event), to a private address the instance briefly allows. */
    private long webhookWithADelivery(String base) {
        boolean allowed = admin().get("/api/v1/admin/webhook-settings")
                .json()
                .path("allowPrivateTargets")
                .asBoolean();
        admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":true}");
        try {
            Api.Response created = admin().post(
                            base + "/webhooks",
                            "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"insight.captured\"]}");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            long id = created.json().path("subscription").path("id").asLong();
            Api.Response sent = admin().post(base + "/webhooks/" + id + "/test", "");
            assertThat(sent.status()).as(sent.text()).isEqualTo(202);
            // the delivery's row appears once the delivery job has tried it
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> read(base + "/webhooks/" + id + "/deliveries")
                                    .path("totalItems")
                                    .asLong()
                            > 0);
            return id;
        } finally {
            admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":" + allowed + "}");
        }
    }
}
