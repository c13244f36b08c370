package app.tandem.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import app.tandem.backup.ArchiveFiles;
import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.Backups;
import app.tandem.backup.WorkspaceArchives;
import app.tandem.backup.WorkspaceExportSummary;
import app.tandem.backup.WorkspaceImportSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * One workspace's archive imported into another instance holds every row and every link of the
 * workspace as it was, under new ids (compared row by row, with each id read as its place among its
 * table's ids); imported into the same instance under another address it is a copy whose insights
 * are found by search and whose links lead within the copy. A damaged archive, a whole-instance
 * backup, or an address already taken is refused and changes nothing. On the PostgreSQL run the
 * archive comes from PostgreSQL and goes into H2.
 */
class WorkspaceArchiveIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A link to a page of a workspace: any page {@link WorkspaceArchive#PAGES} names, and a part of it. */
    private static final Pattern LINK = Pattern.compile("/w/([a-z0-9-]+)/("
            + String.join(
                    "|",
                    WorkspaceArchive.PAGES.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .toList())
            + ")/(\\d+)(?:#(" + String.join("|", WorkspaceArchive.ANCHORS.keySet()) + ")-(\\d+))?");

    @Autowired
    WorkspaceArchives archives;

    @Autowired
    Backups backups;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Test
    void theModelKnowsEveryReferenceOfEveryWorkspaceTable() throws Exception {
        assertThat(WorkspaceArchive.problems(dataSource)).isEmpty();
        // and a new table that it would not know how to carry is named
        DataSource scratch = ArchiveFiles.emptyInstance(
                flyway, DataDirectory.create("model-").resolve("db"));
        try (Connection db = scratch.getConnection();
                Statement create = db.createStatement()) {
            create.execute("create table widgets (id bigint primary key,"
                    + " workspace_id bigint not null references workspaces (id), gadget_id bigint)");
        }
        assertThat(WorkspaceArchive.problems(scratch))
                .anySatisfy(problem -> assertThat(problem).contains("widgets.gadget_id looks like a reference"))
                .anySatisfy(problem -> assertThat(problem).contains("widgets has an id but no sequence"));
    }

    @Test
    void theDemoWorkspaceMovesToAnotherInstanceWithEveryRowAndEveryLink() throws Exception {
        // the demo's check-in agendas, made now: their items link to themes, check-ins and a check-in's decisions
        JsonNode checkIns = admin().get("/api/v1/workspaces/budgetly/check-ins").json();
        for (JsonNode checkIn : checkIns.isArray() ? checkIns : checkIns.path("items")) {
            admin().post(
                            "/api/v1/workspaces/budgetly/check-ins/"
                                    + checkIn.path("id").asLong() + "/agenda",
                            "");
        }
        Path folder = DataDirectory.create("workspace-archive-");
        WorkspaceExportSummary written =
                archives.export("budgetly", folder.resolve("budgetly.zip"), BackupProgress.NONE);
        assertThat(written.tables()).isGreaterThan(40);
        assertThat(written.people()).isPositive();
        Map<String, JsonNode> manifestTables = manifestTables(written.file());
        for (String kind : List.of(
                "personas",
                "journey_stages",
                "insights",
                "goals",
                "kpi_measurements",
                "initiatives",
                "initiative_dependencies",
                "discovery_sessions",
                "check_ins",
                "reviews",
                "users")) {
            assertThat(manifestTables.get(kind).path("rows").asLong())
                    .as("the demo's " + kind)
                    .isPositive();
        }
        assertThat(manifestTables).doesNotContainKeys("webhook_subscriptions", "api_tokens", "password_links");
        try (ZipFile zip = new ZipFile(written.file().toFile())) {
            String people = new String(
                    zip.getInputStream(zip.getEntry("tables/users.jsonl")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(people).as("no password leaves the instance").doesNotContain("{bcrypt}", "{noop}");
            String agendas = new String(
                    zip.getInputStream(zip.getEntry("tables/check_in_agenda_items.jsonl"))
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(agendas).contains("/w/budgetly/themes/", "/w/budgetly/check-ins/", "#decision-");
            assertThat(zip.getEntry("tables/users.jsonl")).isNotNull();
        }

        // another instance, which knows one of the demo's people already
        DataSource other = ArchiveFiles.emptyInstance(flyway, folder.resolve("other"));
        String known = firstEmail(written.file());
        try (Connection db = other.getConnection();
                Statement add = db.createStatement()) {
            add.execute("insert into users (id, email, display_name, password_hash, created_at)"
                    + " values (next value for users_seq, '" + known.toUpperCase() + "', 'Known here', '{noop}x',"
                    + " current_timestamp)");
        }
        WorkspaceImportSummary imported =
                WorkspaceArchive.importInto(other, written.file(), null, null, null, BackupProgress.NONE);
        assertThat(imported.slug()).isEqualTo("budgetly");
        assertThat(imported.peopleMatched()).isEqualTo(1);
        assertThat(imported.peopleAdded()).isEqualTo(written.people() - 1);
        assertThat(imported.linksLeftOut()).isZero();
        assertThat(imported.rows() + written.people()).isEqualTo(written.rows());

        // read back, every table's rows are the same once each id is read as its place among its table's
        WorkspaceArchive.Written again =
                WorkspaceArchive.write(other, "budgetly", folder.resolve("again.zip"), "test", BackupProgress.NONE);
        Map<String, List<String>> before = canonical(written.file(), dataSource);
        Map<String, List<String>> after = canonical(again.file(), other);
        // people by email (the one known here keeps the name it has here)
        assertThat(emails(after.remove("users"))).isEqualTo(emails(before.remove("users")));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));

        // the person known here kept their name and password; the others cannot sign in yet
        try (Connection db = other.getConnection();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select display_name, password_hash, instance_admin from users")) {
            int added = 0;
            while (rows.next()) {
                if (rows.getString(1).equals("Known here")) {
                    assertThat(rows.getString(2)).isEqualTo("{noop}x");
                } else {
                    added++;
                    assertThat(rows.getString(2)).startsWith("{bcrypt}");
                    assertThat(rows.getBoolean(3)).isFalse();
                }
            }
            assertThat(added).isEqualTo(imported.peopleAdded());
        }
    }

    @Test
    void aCopyUnderAnotherAddressIsSearchableAndItsLinksStayWithinIt() throws Exception {
        String slug = "archive-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Archive\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        String insights = "/api/v1/workspaces/" + slug + "/insights";
        long first = admin().post(
                        insights,
                        "{\"title\":\"Export is slow\",\"body\":\"The wombat export takes minutes\","
                                + "\"sourceType\":\"SURVEY\"}")
                .json()
                .path("id")
                .asLong();
        long second = admin().post(
                        insights,
                        "{\"title\":\"Exports time out\",\"body\":\"Like [the first](/w/" + slug + "/insights/" + first
                                + "), a wombat export never ends\",\"sourceType\":\"SUPPORT_TICKET\"}")
                .json()
                .path("id")
                .asLong();

        Path folder = DataDirectory.create("workspace-copy-");
        Path archive = archives.export(slug, folder.resolve("archive.zip"), BackupProgress.NONE)
                .file();
        long workspaces = count("select count(*) from workspaces");

        // refused, changing nothing: the address taken, a whole-instance backup, a damaged archive
        assertThatThrownBy(() -> archives.importArchive(archive, slug, null, BackupProgress.NONE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("already a workspace " + slug);
        Path backup = backups.backup(folder.resolve("backup.zip")).file();
        assertThatThrownBy(() -> archives.importArchive(backup, slug + "-b", null, BackupProgress.NONE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("whole instance")
                .hasMessageContaining("tandem restore");
        assertThatThrownBy(() -> backups.check(archive))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("holds one workspace (" + slug + ")")
                .hasMessageContaining("tandem import-workspace");
        Path damaged = ArchiveFiles.rewrite(
                archive,
                folder.resolve("damaged.zip"),
                (name, bytes) -> name.equals("tables/insights.jsonl")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("wombat", "wambat")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        assertThatThrownBy(() -> archives.importArchive(damaged, slug + "-d", null, BackupProgress.NONE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("damaged");
        assertThat(count("select count(*) from workspaces")).isEqualTo(workspaces);

        String copy = slug + "-copy";
        WorkspaceImportSummary imported = archives.importArchive(archive, copy, "Archive copy", BackupProgress.NONE);
        assertThat(imported.name()).isEqualTo("Archive copy");
        assertThat(imported.peopleMatched()).isPositive();
        assertThat(imported.peopleAdded()).isZero();

        // found by search in the copy, as in the original
        JsonNode found =
                admin().get("/api/v1/workspaces/" + copy + "/insights?q=wombat").json();
        assertThat(found.path("totalItems").asInt()).isEqualTo(2);
        JsonNode copied = admin().get("/api/v1/workspaces/" + copy + "/insights?q=ends")
                .json()
                .path("items")
                .get(0)
                .path("insight");
        long copiedSecond = copied.path("id").asLong();
        assertThat(copiedSecond).isNotEqualTo(second);
        Matcher link = LINK.matcher(copied.path("body").asString());
        assertThat(link.find()).as(copied.path("body").asString()).isTrue();
        assertThat(link.group(1)).isEqualTo(copy);
        long linked = Long.parseLong(link.group(3));
        assertThat(linked).isNotEqualTo(first);
        assertThat(admin().get("/api/v1/workspaces/" + copy + "/insights/" + linked)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Export is slow");
        // the original is as it was
        assertThat(admin().get(insights + "/" + second).json().path("body").asString())
                .contains("/w/" + slug + "/insights/" + first);
    }

    @Test
    void overTheApiAnAdminDownloadsTheWorkspaceAndAnInstanceAdminImportsIt() throws Exception {
        String slug = "api-archive-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Api archive\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        admin().post(
                        "/api/v1/workspaces/" + slug + "/insights",
                        "{\"title\":\"Receipts get lost\",\"body\":\"Seen twice\",\"sourceType\":\"INTERVIEW\"}");

        HttpResponse<byte[]> download =
                http(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workspaces/" + slug + "/archive"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains(slug + "-workspace-");
        Path archive = DataDirectory.create("api-archive-").resolve("archive.zip");
        Files.write(archive, download.body());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThat(manifest(zip).path("scope").asString()).isEqualTo("workspace");
        }

        // only an instance admin imports; a file that is no archive, or a taken address, is refused by field
        Person someone = newPerson("Ivy Importer");
        HttpResponse<byte[]> refused = importing(someone.api().token(), download.body(), slug + "-copy");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> notZip =
                importing(ADMIN_TOKEN, "id,title\n1,no zip\n".getBytes(StandardCharsets.UTF_8), slug + "-copy");
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notZip.body()).path("field").asString()).isEqualTo("file");
        HttpResponse<byte[]> taken = importing(ADMIN_TOKEN, download.body(), slug);
        assertThat(taken.statusCode())
                .as("as creating a workspace under a taken address")
                .isEqualTo(409);
        assertThat(JSON.readTree(taken.body()).path("field").asString()).isEqualTo("slug");

        HttpResponse<byte[]> imported = importing(ADMIN_TOKEN, download.body(), slug + "-copy");
        assertThat(imported.statusCode())
                .as(new String(imported.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(imported.headers().firstValue("Location")).hasValue("/api/v1/workspaces/" + slug + "-copy");
        JsonNode summary = JSON.readTree(imported.body());
        assertThat(summary.path("slug").asString()).isEqualTo(slug + "-copy");
        assertThat(summary.path("peopleAdded").asInt()).isZero();
        assertThat(admin().get("/api/v1/workspaces/" + slug + "-copy/insights?q=receipts")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);

        // imports at once under one new address: one is made, the others are refused naming the address
        // (they answered the database's words for its unique key, naming the file, until December 2026)
        String raced = slug + "-raced";
        List<HttpResponse<byte[]>> atOnce = atOnce(3, i -> {
            try {
                return importing(ADMIN_TOKEN, download.body(), raced);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(atOnce.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        for (HttpResponse<byte[]> other : atOnce) {
            if (other.statusCode() != 201) {
                String text = new String(other.body(), StandardCharsets.UTF_8);
                assertThat(other.statusCode()).as(text).isIn(409, 429);
                if (other.statusCode() == 409) {
                    assertThat(JSON.readTree(other.body()).path("field").asString())
                            .as(text)
                            .isEqualTo("slug");
                }
            }
        }
    }

    @Test
    void aWorkspaceFromAnOlderTandemIsBroughtUpToThisVersionBeforeItIsImported() throws Exception {
        // an older Tandem's workspace: the demo of an older backup, in a database with that Tandem's schema
        Path folder = DataDirectory.create("older-workspace-");
        Path backup = folder.resolve("older-backup.zip");
        try (InputStream in = getClass().getResourceAsStream("/backup/tandem-ec896f6-demo.zip")) {
            Files.copy(in, backup);
        }
        Set<String> theirs = new HashSet<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            manifest(zip).path("migrations").forEach(m -> theirs.add(m.asString()));
        }
        DataSource older = ArchiveUpgrade.schemaOf(folder.resolve("older"), flyway.getConfiguration(), theirs);
        DatabaseArchive.restore(older, backup, DatabaseArchive.check(older, backup));
        Path archive = folder.resolve("older-workspace.zip");
        WorkspaceArchive.write(older, "budgetly", archive, "0.1.0-older", BackupProgress.NONE);

        String slug = "older-" + unique();
        WorkspaceImportSummary imported = archives.importArchive(archive, slug, null, BackupProgress.NONE);
        assertThat(imported.upgradedBy())
                .containsExactly("2.1", "6", "63", "96", "97", "98", "99", "100", "101", "102", "103", "104");
        assertThat(imported.rows()).isGreaterThan(500);
        // the data migration 2.1 ran over it, as over a server upgraded in place: its IT team is marked
        JsonNode teams = admin().get("/api/v1/workspaces/" + slug + "/teams").json();
        List<String> it = new ArrayList<>();
        teams.path("items").forEach(team -> {
            if (team.path("itTeam").asBoolean()) {
                it.add(team.path("name").asString());
            }
        });
        assertThat(it).as(teams.toString()).containsExactly("IT");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private HttpResponse<byte[]> importing(String token, byte[] archive, String slug) throws Exception {
        String boundary = "----tandem" + unique();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\n" + slug + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"archive.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + archive.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(archive, 0, body, head.length, archive.length);
        System.arraycopy(tail, 0, body, head.length + archive.length, tail.length);
        return http(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/admin/workspace-archives"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<byte[]> http(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /**
     * Each table's rows, sorted, with every id and reference read as the place of the id among its
     * table's ids in the archive, people as their email, and links to pages likewise.
     */
    private static Map<String, List<String>> canonical(Path archive, DataSource database) throws Exception {
        WorkspaceArchive.Model model;
        try (Connection db = database.getConnection()) {
            model = WorkspaceArchive.Model.of(db);
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<ArrayNode>> rows = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (JsonNode table : manifest(zip).path("tables")) {
                String name = table.path("name").asString();
                List<String> names = new ArrayList<>();
                table.path("columns").forEach(c -> names.add(c.asString()));
                columns.put(name, names);
                List<ArrayNode> read = new ArrayList<>();
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry("tables/" + name + ".jsonl")), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        read.add((ArrayNode) JSON.readTree(line));
                    }
                }
                rows.put(name, read);
            }
        }
        Map<String, Map<Long, String>> place = new HashMap<>();
        rows.forEach((table, read) -> {
            int idAt = columns.get(table).indexOf("id");
            if (idAt < 0) {
                return;
            }
            TreeMap<Long, String> ids = new TreeMap<>();
            read.forEach(row -> ids.put(row.get(idAt).asLong(), ""));
            int i = 0;
            for (Long id : ids.keySet()) {
                ids.put(id, table + "#" + i++);
            }
            if (table.equals("users")) {
                int emailAt = columns.get(table).indexOf("email");
                read.forEach(row -> ids.put(
                        row.get(idAt).asLong(), row.get(emailAt).asString().toLowerCase()));
            }
            place.put(table, ids);
        });
        Map<String, List<String>> canonical = new TreeMap<>();
        rows.forEach((table, read) -> {
            List<String> names = columns.get(table);
            Map<Integer, String> targets = new HashMap<>();
            if (names.contains("id")) {
                targets.put(names.indexOf("id"), table);
            }
            model.referencesOf(table).forEach(reference -> {
                if (names.contains(reference.column())) {
                    targets.put(names.indexOf(reference.column()), reference.target());
                }
            });
            List<String> out = new ArrayList<>();
            for (ArrayNode row : read) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < names.size(); c++) {
                    JsonNode value = row.get(c);
                    String target = targets.get(c);
                    if (target != null && !value.isNull()) {
                        values.add(place.getOrDefault(target, Map.of()).getOrDefault(value.asLong(), "outside"));
                    } else if (value.isString()) {
                        values.add(links(value.asString(), place));
                    } else {
                        values.add(value.toString());
                    }
                }
                out.add(String.join("|", values));
            }
            out.sort(null);
            canonical.put(table, out);
        });
        return canonical;
    }

    private static String links(String text, Map<String, Map<Long, String>> place) {
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String table = WorkspaceArchive.PAGES.get(link.group(2));
            String read = "/w/" + link.group(1) + "/" + link.group(2) + "/"
                    + place.getOrDefault(table, Map.of()).getOrDefault(Long.valueOf(link.group(3)), "?");
            if (link.group(4) != null) {
                read += "#" + link.group(4) + "-"
                        + place.getOrDefault(WorkspaceArchive.ANCHORS.get(link.group(4)), Map.of())
                                .getOrDefault(Long.valueOf(link.group(5)), "?");
            }
            link.appendReplacement(out, Matcher.quoteReplacement(read));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static List<String> emails(List<String> people) {
        return people.stream()
                .map(row -> row.substring(0, row.indexOf('|')))
                .sorted()
                .toList();
    }

    private static String firstEmail(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry("tables/users.jsonl")), StandardCharsets.UTF_8))) {
            return JSON.readTree(reader.readLine()).get(1).asString();
        }
    }

    private static Map<String, JsonNode> manifestTables(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Map<String, JsonNode> tables = new LinkedHashMap<>();
            manifest(zip).path("tables").forEach(t -> tables.put(t.path("name").asString(), t));
            return tables;
        }
    }

    private static JsonNode manifest(ZipFile zip) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
            return JSON.readTree(in);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection db = dataSource.getConnection();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
