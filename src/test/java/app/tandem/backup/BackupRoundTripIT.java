package app.tandem.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.Api;
import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import app.tandem.backup.internal.ArchiveUpgrade;
import app.tandem.backup.internal.DatabaseArchive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup of the running instance's database restored into an empty one holds every table's rows
 * as they were (read back by a second backup, table by table); a damaged archive and one from a
 * newer Tandem are refused before anything changes. On the PostgreSQL run the backup comes from
 * PostgreSQL and is restored into H2: an instance moves from one to the other.
 */
class BackupRoundTripIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Backups backups;

    @Autowired
    DataSource dataSource;

    /** The application's Flyway: its settings and Java migrations make the empty instance's schema. */
    @Autowired
    Flyway flyway;

    @Test
    void aBackupRestoredIntoAnEmptyInstanceHoldsEveryTableAsItWas() throws Exception {
        // something of every kind the demo has, plus a person's insight with a quote and a line break
        String slug = "backup-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Backup\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin().post(
                                "/api/v1/workspaces/" + slug + "/insights",
                                "{\"title\":\"Users say \\\"budget\\\" scares them\",\"body\":\"Line one\\nLine two é\","
                                        + "\"sourceType\":\"SURVEY\"}")
                        .status())
                .isEqualTo(201);
        // a goal moved under a goal made after it: its parent is a row written later (the restore
        // was refused by the foreign key until December 2026)
        String goals = "/api/v1/workspaces/" + slug + "/goals";
        String period = "\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"";
        long older = admin().post(goals, "{\"title\":\"Older\"," + period + "}")
                .json()
                .path("id")
                .asLong();
        long newer = admin().post(goals, "{\"title\":\"Newer\"," + period + "}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().send(
                                "PUT",
                                goals + "/" + older,
                                "{\"title\":\"Older\"," + period + ",\"version\":0,\"parentId\":" + newer + "}")
                        .status())
                .isEqualTo(200);

        Path folder = DataDirectory.create("backup-");
        BackupSummary written = backups.backup(folder.resolve("first.zip"));
        assertThat(written.tables()).isGreaterThan(40);
        assertThat(written.rows()).isPositive();

        DataSource empty = ArchiveFiles.emptyInstance(flyway, folder.resolve("restored"));
        long before = count(empty, "workspaces");
        DatabaseArchive.Checked checked = DatabaseArchive.check(empty, written.file());
        assertThat(DatabaseArchive.restore(empty, written.file(), checked)).isEqualTo(written.rows());
        assertThat(count(empty, "workspaces")).isGreaterThan(before);

        BackupSummary again = DatabaseArchive.write(empty, folder.resolve("second.zip"), "test");
        Map<String, JsonNode> first = tables(written.file());
        Map<String, JsonNode> second = tables(again.file());
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((table, entry) -> {
            assertThat(second.get(table).path("rows").asLong())
                    .as(table + " rows")
                    .isEqualTo(entry.path("rows").asLong());
            assertThat(second.get(table).path("sha256").asString())
                    .as(table + ": every row as it was")
                    .isEqualTo(entry.path("sha256").asString());
        });
        // the sequences go on after the restored ids, so the next insight gets a new one
        try (Connection db = empty.getConnection();
                Statement query = db.createStatement();
                ResultSet next = query.executeQuery("select next value for insights_seq")) {
            next.next();
            try (Statement max = db.createStatement();
                    ResultSet highest = max.executeQuery("select max(id) from insights")) {
                highest.next();
                assertThat(next.getLong(1)).isGreaterThan(highest.getLong(1));
            }
        }
    }

    @Test
    void aRestoreBringsBackTheInsightsAndTheirSearchesAsTheyWereAtTheBackup() {
        // restores this instance's own database: what is made after the backup (here only this test's) goes
        String slug = "restore-" + unique();
        String word = "quokka" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Restore\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        String insights = "/api/v1/workspaces/" + slug + "/insights";
        long kept = capture(insights, "Export is slow", "The " + word + " export takes minutes");
        capture(insights, "Exports time out", "A big " + word + " export never ends");
        JsonNode before = admin().get(insights + "?q=" + word).json();
        assertThat(before.path("totalItems").asInt()).isEqualTo(2);

        Path folder = DataDirectory.create("restore-");
        BackupSummary written = backups.backup(folder.resolve("before.zip"));
        long later = capture(insights, "Exports are fast now", "The " + word + " export is quick");
        assertThat(admin().get(insights + "?q=" + word)
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(3);

        RestoreSummary restored = backups.restore(written.file());

        assertThat(restored.rows()).isEqualTo(written.rows());
        assertThat(restored.indexed()).isPositive();
        JsonNode after = admin().get(insights + "?q=" + word).json();
        assertThat(after.path("items")).isEqualTo(before.path("items")); // same insights, order and highlights
        assertThat(after.path("totalItems").asInt()).isEqualTo(2);
        assertThat(admin().get(insights + "/" + kept).status()).isEqualTo(200);
        assertThat(admin().get(insights + "/" + later).status()).isEqualTo(404);
    }

    private long capture(String insights, String title, String body) {
        Api.Response created = admin().post(
                        insights,
                        "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"sourceType\":\"SUPPORT_TICKET\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aDamagedArchiveAndOneFromANewerTandemAreRefusedBeforeAnythingChanges() throws Exception {
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Backup\",\"slug\":\"backup-" + unique() + "\"}")
                        .status())
                .isEqualTo(201);
        Path folder = DataDirectory.create("backup-refused-");
        Path good = backups.backup(folder.resolve("good.zip")).file();
        DataSource empty = ArchiveFiles.emptyInstance(flyway, folder.resolve("target"));
        long users = count(empty, "users");

        // one byte more in a table's rows (still good JSON): only the checksum can tell
        Path damaged = ArchiveFiles.rewrite(
                good,
                folder.resolve("damaged.zip"),
                (name, bytes) -> name.equals("tables/workspaces.jsonl")
                        ? (" " + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                        : bytes);
        assertThatThrownBy(() -> DatabaseArchive.check(empty, damaged))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("workspaces");

        Path newer = ArchiveFiles.rewrite(good, folder.resolve("newer.zip"), (name, bytes) -> {
            if (!name.equals("manifest.json")) {
                return bytes;
            }
            ObjectNode manifest = (ObjectNode) JSON.readTree(bytes);
            manifest.withArray("migrations").add("999");
            manifest.put("tandemVersion", "9.9.9");
            return JSON.writeValueAsBytes(manifest);
        });
        assertThatThrownBy(() -> DatabaseArchive.check(empty, newer))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("newer Tandem (9.9.9)")
                .hasMessageContaining("999");

        Path notABackup = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> DatabaseArchive.check(empty, notABackup))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("not a Tandem backup");
        assertThat(count(empty, "users")).as("nothing changed").isEqualTo(users);
        assertThat(count(empty, "workspaces")).isZero();
    }

    /**
     * The archive {@code ./tandem backup} wrote at commit ec896f6 of the demo a first {@code serve}
     * made: its database lacked three later migrations, among them 2.1, which marks IT teams from
     * their name.
     */
    static final String OLDER_ARCHIVE = "/backup/tandem-ec896f6-demo.zip";

    @Test
    void anArchiveFromAnOlderTandemIsBroughtUpToThisVersionAsAnUpgradedServerWouldBe() throws Exception {
        Path folder = DataDirectory.create("backup-older-");
        Path older = folder.resolve("older.zip");
        try (InputStream in = getClass().getResourceAsStream(OLDER_ARCHIVE)) {
            Files.copy(in, older);
        }
        Map<String, JsonNode> given = tables(older);
        DataSource empty = ArchiveFiles.emptyInstance(flyway, folder.resolve("target"));

        Path upgradedArchive;
        try (ArchiveUpgrade ready = ArchiveUpgrade.of(empty, older, flyway, "test")) {
            assertThat(ready.migrations())
                    .containsExactly("2.1", "6", "63", "96", "97", "98", "99", "100", "101", "102", "103", "104");
            assertThat(ready.manifest().path("tandemVersion").asString()).isEqualTo("0.1.0-SNAPSHOT");
            upgradedArchive = ready.archive();
            assertThat(upgradedArchive).isNotEqualTo(older);
            DatabaseArchive.Checked checked = DatabaseArchive.check(empty, ready.archive());
            assertThat(DatabaseArchive.restore(empty, ready.archive(), checked)).isEqualTo(830);
        }
        assertThat(upgradedArchive).as("the upgrade's scratch files are gone").doesNotExist();

        // every table the older database had holds its rows, and the tables it lacked are there, empty
        for (Map.Entry<String, JsonNode> table : given.entrySet()) {
            assertThat(count(empty, table.getKey()))
                    .as(table.getKey())
                    .isEqualTo(table.getValue().path("rows").asLong());
        }
        // the data migration it lacked ran over its rows: the demo's IT team has its mark, the others not
        assertThat(strings(empty, "select name from teams where it_team order by id"))
                .containsExactly("IT");
        assertThat(strings(empty, "select count(*) from check_ins where superseded"))
                .containsExactly("0");
        // a restore straight from the older archive would have left the IT team unmarked
        DataSource straight = ArchiveFiles.emptyInstance(flyway, folder.resolve("straight"));
        DatabaseArchive.restore(straight, older, DatabaseArchive.check(straight, older));
        assertThat(strings(straight, "select name from teams where it_team")).isEmpty();

        // and what it refuses: a damaged older archive, before anything changes
        Path damaged = ArchiveFiles.rewrite(
                older,
                folder.resolve("damaged.zip"),
                (name, bytes) -> name.equals("tables/teams.jsonl")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("\"IT\"", "\"It\"")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        DataSource untouched = ArchiveFiles.emptyInstance(flyway, folder.resolve("untouched"));
        assertThatThrownBy(() -> ArchiveUpgrade.of(untouched, damaged, flyway, "test"))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("teams");
        assertThat(count(untouched, "teams")).isZero();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A new, empty H2 database with Tandem's schema, as a first start makes it. */
    private static long count(DataSource dataSource, String table) throws Exception {
        try (Connection db = dataSource.getConnection();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(DataSource dataSource, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, JsonNode> tables(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
            Map<String, JsonNode> tables = new LinkedHashMap<>();
            JSON.readTree(in)
                    .path("tables")
                    .forEach(t -> tables.put(t.path("name").asString(), t));
            return tables;
        }
    }
}
