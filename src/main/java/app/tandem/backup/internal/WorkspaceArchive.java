package app.tandem.backup.internal;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceAddressTaken;
import app.tandem.backup.WorkspaceImportSummary;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One workspace as one archive, and its import into another instance (or into the same one, as a
 * copy under another address). The archive has the format of a backup ({@link DatabaseArchive}),
 * with {@code "scope": "workspace"} in its manifest, and holds the rows of the workspace: the tables
 * with a {@code workspace_id}, and the tables whose foreign keys lead to one of those. The people
 * those rows name come along as their email and display name only; no password, token or session
 * leaves the instance.
 *
 * <p>An import gives every row a new id from this database's sequences and rewrites every
 * reference: the foreign keys the database declares, the references it does not ({@link #SOFT}),
 * the initiative ids of a plan snapshot's conflicts, and links to the workspace's pages in any text
 * ({@code /w/SLUG/insights/12}). People are matched by email; one the instance does not know gets an
 * account nobody can sign in to until an admin sends a password link. Everything happens in one
 * transaction, after the whole archive was checked: an import that fails changes nothing.
 *
 * <p>{@link Model#problems()} lists what a new table or column would break (a column that looks
 * like a reference but is neither a foreign key nor in {@link #SOFT}, a table whose rows cannot get
 * new ids); a test fails on any.
 */
public final class WorkspaceArchive {

    /**
     * References the database does not declare as foreign keys: {@code table.column} and the table it names.
     * An insight's personas and journey stages and a routing rule's persona, user goal and stage are
     * foreign keys from V97 on, and stay here for the archives of older databases.
     */
    static final Map<String, String> SOFT = Map.ofEntries(
            Map.entry("checkin_cadences.goal_id", "goals"),
            Map.entry("checkin_cadences.host_team_id", "teams"),
            Map.entry("check_in_agenda_items.team_id", "teams"),
            Map.entry("check_in_agenda_items.added_by", "users"),
            Map.entry("check_in_decisions.created_by", "users"),
            Map.entry("check_in_decision_goals.goal_id", "goals"),
            Map.entry("check_in_decision_initiatives.initiative_id", "initiatives"),
            Map.entry("insights.created_by", "users"),
            Map.entry("insights.team_id", "teams"),
            Map.entry("insight_journey_stages.journey_stage_id", "journey_stages"),
            Map.entry("insight_personas.persona_id", "personas"),
            Map.entry("insight_routes.acknowledged_by", "users"),
            Map.entry("insight_routes.closed_by", "users"),
            Map.entry("insight_routes.routed_by", "users"),
            Map.entry("insight_routes.initiative_id", "initiatives"),
            Map.entry("insight_routes.rule_id", "routing_rules"),
            Map.entry("plan_snapshot_items.initiative_id", "initiatives"),
            Map.entry("routing_rules.journey_stage_id", "journey_stages"),
            Map.entry("routing_rules.persona_id", "personas"),
            Map.entry("routing_rules.user_goal_id", "user_goals"));

    private static final String WEBHOOKS =
            "webhook subscriptions and their deliveries (their secrets stay with the instance that made them:"
                    + " subscribe again)";

    /** Tables whose rows belong to a workspace but stay with the instance, and why. */
    static final Map<String, String> LEFT_OUT = Map.of(
            "webhook_subscriptions",
            WEBHOOKS,
            "webhook_deliveries",
            WEBHOOKS,
            "webhook_attempts",
            WEBHOOKS,
            "dashboard_visits",
            "when each person last opened the dashboard",
            "api_tokens",
            "API tokens made for the workspace (a token stays with the instance that made it: make another)",
            "workspace_earlier_slugs",
            "the addresses the workspace had before, which lead to it here");

    /** Columns named like a reference that are none. */
    static final Set<String> NOT_REFERENCES = Set.of();

    /** Links to a workspace's pages: the path segment before an id, and the table the id is of. */
    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("insights/rules", "routing_rules"),
            Map.entry("check-ins/cadences", "checkin_cadences"),
            Map.entry("insights", "insights"),
            Map.entry("initiatives", "initiatives"),
            Map.entry("check-ins", "check_ins"),
            Map.entry("journeys", "journeys"),
            Map.entry("discovery", "discovery_sessions"),
            Map.entry("reviews", "reviews"),
            Map.entry("kpis", "kpis"),
            Map.entry("themes", "insight_themes"),
            Map.entry("teams", "teams"),
            Map.entry("personas", "personas"),
            Map.entry("user-goals", "user_goals"),
            Map.entry("goals", "goals"),
            Map.entry("members", "users"));

    /** Parts of a page named in a link's fragment ({@code /w/SLUG/check-ins/3#decision-7}), and the table of their ids. */
    static final Map<String, String> ANCHORS =
            Map.of("decision", "check_in_decisions", "action-item", "check_in_action_items");

    static final String USERS = "users";
    static final String WORKSPACES = "workspaces";
    private static final List<String> USER_COLUMNS = List.of("id", "email", "display_name");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final int BATCH = 500;

    private WorkspaceArchive() {}

    // ---- the model --------------------------------------------------------------------------------

    /** A column of a table that names a row of {@code target}. */
    record Reference(String column, String target, boolean soft) {}

    /**
     * The workspace's tables in this database: which rows of each belong to a workspace ({@link
     * #scope}: a condition with one parameter, the workspace's id), what each references, how each
     * gets new ids, and what the model cannot handle.
     */
    record Model(
            DatabaseArchive.Shape shape,
            List<String> tables,
            Map<String, String> scope,
            Map<String, List<Reference>> references,
            Map<String, String> idSequence,
            Map<String, Map<String, Integer>> types,
            Map<String, Set<String>> nullable,
            List<String> problems) {

        static Model of(Connection db) throws SQLException {
            DatabaseArchive.Shape shape = DatabaseArchive.Shape.of(db);
            DatabaseMetaData meta = db.getMetaData();
            Map<String, List<Reference>> references = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> types = new LinkedHashMap<>();
            Map<String, Set<String>> nullable = new LinkedHashMap<>();
            for (String table : shape.tables()) {
                List<Reference> of = new ArrayList<>();
                try (ResultSet rows = meta.getImportedKeys(db.getCatalog(), shape.schema(), actual(db, table))) {
                    while (rows.next()) {
                        of.add(new Reference(
                                rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                false));
                    }
                }
                SOFT.forEach((column, target) -> {
                    String name = column.substring(column.indexOf('.') + 1);
                    // (a database of V97 or later declares the first five as foreign keys; an older one does not)
                    if (column.startsWith(table + ".")
                            && of.stream().noneMatch(r -> r.column().equals(name))) {
                        of.add(new Reference(name, target, true));
                    }
                });
                references.put(table, of);
                Map<String, Integer> columnTypes = new LinkedHashMap<>();
                Set<String> nulls = new LinkedHashSet<>();
                try (Statement probe = db.createStatement();
                        ResultSet empty = probe.executeQuery("select * from " + table + " where 1 = 0")) {
                    ResultSetMetaData columns = empty.getMetaData();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String name = columns.getColumnName(c).toLowerCase(Locale.ROOT);
                        columnTypes.put(name, columns.getColumnType(c));
                        if (columns.isNullable(c) != ResultSetMetaData.columnNoNulls) {
                            nulls.add(name);
                        }
                    }
                }
                types.put(table, columnTypes);
                nullable.put(table, nulls);
            }
            // which rows belong to a workspace: its own row, the tables with a workspace_id, and the
            // tables whose foreign keys lead to those
            Map<String, String> scope = new LinkedHashMap<>();
            scope.put(WORKSPACES, "id = ?");
            for (String table : shape.tables()) {
                if (!LEFT_OUT.containsKey(table)
                        && !table.equals(WORKSPACES)
                        && types.get(table).containsKey("workspace_id")) {
                    scope.put(table, "workspace_id = ?");
                }
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String table : shape.tables()) {
                    if (scope.containsKey(table) || LEFT_OUT.containsKey(table) || table.equals(USERS)) {
                        continue;
                    }
                    for (Reference reference : references.get(table)) {
                        String parent = scope.get(reference.target());
                        if (!reference.soft()
                                && parent != null
                                && !reference.target().equals(table)) {
                            scope.put(
                                    table,
                                    reference.column() + " in (select id from " + reference.target() + " where "
                                            + parent + ")");
                            grew = true;
                            break;
                        }
                    }
                }
            }
            List<String> tables = new ArrayList<>(importOrder(shape.tables(), scope.keySet(), references));
            List<String> problems = new ArrayList<>();
            Map<String, String> idSequence = new LinkedHashMap<>();
            List<String> withIds = new ArrayList<>(tables);
            withIds.add(USERS);
            for (String table : withIds) {
                if (shape.primaryKey(table).equals(List.of("id"))) {
                    String sequence = table + "_seq";
                    if (shape.sequences().contains(sequence)) {
                        idSequence.put(table, sequence);
                    } else {
                        problems.add(table + " has an id but no sequence " + sequence + " to give its rows new ones");
                    }
                }
            }
            for (String table : tables) {
                Set<String> named = new LinkedHashSet<>();
                for (Reference reference : references.get(table)) {
                    named.add(reference.column());
                    String target = reference.target();
                    if (!target.equals(USERS) && !scope.containsKey(target)) {
                        problems.add(table + "." + reference.column() + " names rows of " + target
                                + ", which a workspace's archive does not hold");
                    } else if (!target.equals(WORKSPACES)
                            && !idSequence.containsKey(target)
                            && !reference.column().equals("workspace_id")) {
                        problems.add(table + "." + reference.column() + " names rows of " + target
                                + ", whose ids an import does not give anew");
                    }
                }
                types.get(table).forEach((column, type) -> {
                    boolean integer = type == Types.BIGINT || type == Types.INTEGER;
                    boolean looksLikeReference = column.endsWith("_id") || column.endsWith("_by");
                    if (integer
                            && looksLikeReference
                            && !named.contains(column)
                            && !NOT_REFERENCES.contains(table + "." + column)) {
                        problems.add(table + "." + column + " looks like a reference but is neither a foreign key"
                                + " nor in WorkspaceArchive.SOFT (or NOT_REFERENCES)");
                    }
                });
            }
            return new Model(shape, List.copyOf(tables), scope, references, idSequence, types, nullable, problems);
        }

        /** Parents first: every table after the tables it references, self-references and cycles aside. */
        private static List<String> importOrder(
                List<String> all, Set<String> included, Map<String, List<Reference>> references) {
            List<String> order = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (String table : all) {
                    if (!included.contains(table) || done.contains(table)) {
                        continue;
                    }
                    boolean ready = true;
                    for (Reference reference : references.get(table)) {
                        String target = reference.target();
                        if (!target.equals(table) && included.contains(target) && !done.contains(target)) {
                            ready = false;
                        }
                    }
                    if (ready) {
                        order.add(table);
                        done.add(table);
                        progress = true;
                    }
                }
            }
            for (String table : all) {
                if (included.contains(table) && done.add(table)) {
                    order.add(table); // in a cycle: its references to later tables are set at the end
                }
            }
            return order;
        }

        private static String actual(Connection db, String table) throws SQLException {
            return db.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        }

        List<Reference> referencesOf(String table) {
            return references.getOrDefault(table, List.of());
        }
    }

    /** The model of {@code dataSource}'s database, for the tests that guard it. */
    public static List<String> problems(DataSource dataSource) {
        try (Connection db = dataSource.getConnection()) {
            return Model.of(db).problems();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be read: " + e.getMessage(), e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------

    /** What an archive of a workspace holds. */
    public record Written(Path file, String slug, int tables, long rows, int people, long bytes, double seconds) {}

    /**
     * Writes the workspace {@code slug} into {@code out} (through a temporary file beside it, moved
     * into place at the end).
     *
     * @throws BackupRefused when there is no such workspace
     */
    public static Written write(DataSource dataSource, String slug, Path out, String version, BackupProgress progress) {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Model model = Model.of(db);
            if (!model.problems().isEmpty()) {
                throw new IllegalStateException("A workspace's archive cannot be made of this database: "
                        + String.join("; ", model.problems()));
            }
            long workspaceId;
            String name;
            try (PreparedStatement find = db.prepareStatement("select id, name from workspaces where slug = ?")) {
                find.setString(1, slug);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw new BackupRefused("There is no workspace " + slug + ".");
                    }
                    workspaceId = row.getLong(1);
                    name = row.getString(2);
                }
            }
            long total = 0;
            for (String table : model.tables()) {
                try (PreparedStatement count = db.prepareStatement("select count(*) from " + table + " where "
                        + model.scope().get(table))) {
                    count.setLong(1, workspaceId);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        total += rows.getLong(1);
                    }
                }
            }
            ObjectNode manifest = DatabaseArchive.JSON.createObjectNode();
            manifest.put("format", DatabaseArchive.FORMAT);
            manifest.put("scope", DatabaseArchive.WORKSPACE);
            manifest.putObject("workspace").put("slug", slug).put("name", name);
            manifest.put("tandemVersion", version);
            manifest.put("createdAt", Instant.now().toString());
            manifest.put("database", db.getMetaData().getDatabaseProductName());
            ArrayNode migrations = manifest.putArray("migrations");
            model.shape().migrations().forEach(migrations::add);
            ArrayNode leftOut = manifest.putArray("leftOut");
            new TreeSet<>(LEFT_OUT.values()).forEach(leftOut::add);
            ArrayNode tables = manifest.putArray("tables");
            DatabaseArchive.Counter counter = new DatabaseArchive.Counter("Exporting", total, progress);
            Set<Long> people = new TreeSet<>();
            long rows = 0;
            try (OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                for (String table : model.tables()) {
                    String sql =
                            "select * from " + table + " where " + model.scope().get(table) + order(model, table);
                    rows += entry(db, zip, tables, table, sql, workspaceId, model, people, counter);
                }
                // the people the rows name (ids read from the database, not text anyone typed)
                String who = "select " + String.join(", ", USER_COLUMNS) + " from users where "
                        + (people.isEmpty()
                                ? "1 = 0"
                                : "id in ("
                                        + String.join(
                                                ", ",
                                                people.stream()
                                                        .map(String::valueOf)
                                                        .toList()) + ")")
                        + " order by id";
                rows += entry(db, zip, tables, USERS, who, null, model, new TreeSet<>(), counter);
                zip.putNextEntry(new ZipEntry(DatabaseArchive.MANIFEST));
                zip.write(DatabaseArchive.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            db.rollback();
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(
                    out,
                    slug,
                    tables.size(),
                    rows,
                    people.size(),
                    Files.size(out),
                    (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            DatabaseArchive.deleteQuietly(partial);
            throw new IllegalStateException("The workspace could not be read: " + e.getMessage(), e);
        } catch (IOException e) {
            DatabaseArchive.deleteQuietly(partial);
            throw new UncheckedIOException("The archive could not be written to " + out + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            DatabaseArchive.deleteQuietly(partial);
            throw e;
        }
    }

    private static String order(Model model, String table) {
        List<String> key = model.shape().primaryKey(table);
        return key.isEmpty() ? "" : " order by " + String.join(", ", key);
    }

    /** Writes one table's rows as an entry, noting the people they name; answers how many. */
    private static long entry(
            Connection db,
            ZipOutputStream zip,
            ArrayNode tables,
            String table,
            String sql,
            @Nullable Long workspaceId,
            Model model,
            Set<Long> people,
            DatabaseArchive.Counter counter)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
        MessageDigest sha = DatabaseArchive.sha256();
        ObjectNode entry = tables.addObject();
        entry.put("name", table);
        ArrayNode columnNames = entry.putArray("columns");
        long count = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        new java.security.DigestOutputStream(new DatabaseArchive.NonClosing(zip), sha),
                        StandardCharsets.UTF_8));
                PreparedStatement select = db.prepareStatement(sql)) {
            select.setFetchSize(1_000);
            if (workspaceId != null) {
                select.setLong(1, workspaceId);
            }
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                List<Integer> personColumns = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    String column = meta.getColumnName(c).toLowerCase(Locale.ROOT);
                    columnNames.add(column);
                    for (Reference reference : model.referencesOf(table)) {
                        if (reference.column().equals(column)
                                && reference.target().equals(USERS)) {
                            personColumns.add(c);
                        }
                    }
                }
                while (rows.next()) {
                    ArrayNode row = DatabaseArchive.JSON.createArrayNode();
                    for (int c = 1; c <= columns; c++) {
                        DatabaseArchive.encode(rows, c, meta.getColumnType(c), meta.getColumnTypeName(c), row);
                    }
                    for (int c : personColumns) {
                        long person = rows.getLong(c);
                        if (!rows.wasNull()) {
                            people.add(person);
                        }
                    }
                    out.write(DatabaseArchive.JSON.writeValueAsString(row));
                    out.write('\n');
                    count++;
                    counter.one();
                }
            }
        }
        zip.closeEntry();
        entry.put("rows", count);
        entry.put("sha256", HexFormat.of().formatHex(sha.digest()));
        return count;
    }

    // ---- importing --------------------------------------------------------------------------------

    /**
     * Adds the archive's workspace to the database under {@code slug} (the archive's own when null)
     * and {@code name} (likewise), after checking the whole archive; in one transaction. The person
     * {@code admin}, when given, is made an admin of it unless the archive made them a member.
     *
     * @throws BackupRefused when the archive is damaged, not a workspace's archive, from another
     *     version of Tandem, or the slug is taken or not one; nothing changed then
     */
    public static WorkspaceImportSummary importInto(
            DataSource dataSource,
            Path archive,
            @Nullable String slug,
            @Nullable String name,
            @Nullable Long admin,
            BackupProgress progress) {
        long started = System.nanoTime();
        DatabaseArchive.Checked checked =
                DatabaseArchive.check(dataSource, archive, progress, DatabaseArchive.WORKSPACE);
        JsonNode manifest = checked.manifest();
        String oldSlug = manifest.path("workspace").path("slug").asString("");
        String newSlug = slug == null || slug.isBlank() ? oldSlug : slug.strip();
        String newName = name == null || name.isBlank()
                ? manifest.path("workspace").path("name").asString(newSlug)
                : name.strip();
        if (!SLUG.matcher(newSlug).matches() || newSlug.contains("--")) {
            throw new BackupRefused(
                    "slug",
                    "'" + newSlug + "' is not a workspace address: 1 to 40 lowercase letters,"
                            + " digits and single hyphens, starting and ending with a letter or digit.");
        }
        if (newName.length() > 100) {
            throw new BackupRefused("name", "A workspace name has 1 to 100 characters.");
        }
        try (ZipFile zip = DatabaseArchive.open(archive);
                Connection db = dataSource.getConnection()) {
            Model model = Model.of(db);
            Set<String> theirs = new LinkedHashSet<>();
            manifest.path("migrations").forEach(m -> theirs.add(m.asString()));
            List<String> lacking = model.shape().migrations().stream()
                    .filter(m -> !theirs.contains(m))
                    .toList();
            if (!lacking.isEmpty()) {
                throw new BackupRefused("The archive was made by an older Tandem ("
                        + manifest.path("tandemVersion").asString() + ", without migrations "
                        + String.join(", ", lacking) + "): bring it up to this version first (ArchiveUpgrade).");
            }
            if (!model.problems().isEmpty()) {
                throw new IllegalStateException(
                        "A workspace cannot be imported into this database: " + String.join("; ", model.problems()));
            }
            if (slugTaken(db, newSlug)) {
                throw slugRefused(newSlug);
            }
            db.setAutoCommit(false);
            try {
                Import run = new Import(db, zip, model, checked, oldSlug, newSlug, newName, progress);
                WorkspaceImportSummary summary = run.all(started);
                if (admin != null) {
                    run.admin(summary.workspaceId(), admin);
                }
                db.commit();
                return summary;
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                if (e instanceof BackupRefused refused) {
                    throw refused;
                }
                // another import, or a new workspace, took the address meanwhile (four imports at once
                // answered the database's words for the unique key, naming the file: an API probe)
                if (slugKey(e) || slugTaken(db, newSlug)) {
                    throw slugRefused(newSlug);
                }
                throw new BackupRefused("The import failed and changed nothing: " + DatabaseErrors.plain(e));
            }
        } catch (SQLException | IOException e) {
            throw new BackupRefused("The import failed and changed nothing: " + DatabaseErrors.plain(e));
        }
    }

    private static boolean slugTaken(Connection db, String slug) throws SQLException {
        try (PreparedStatement taken = db.prepareStatement("select count(*) from workspaces where slug = ?")) {
            taken.setString(1, slug);
            try (ResultSet row = taken.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** Whether a database error is the unique key of the workspaces' addresses (H2 and PostgreSQL name it so). */
    private static boolean slugKey(Throwable error) {
        for (Throwable at = error; at != null; at = at.getCause()) {
            if (at instanceof SQLException sql
                    && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("uk_workspaces_slug")) {
                return true;
            }
        }
        return false;
    }

    private static BackupRefused slugRefused(String slug) {
        return new WorkspaceAddressTaken(slug);
    }

    /** One import's work: the new ids given so far, and the references to set once their rows exist. */
    private static final class Import {
        private final Connection db;
        private final ZipFile zip;
        private final Model model;
        private final DatabaseArchive.Checked checked;
        private final String newSlug;
        private final String newName;
        private final Pattern links;
        private final Map<String, Map<Long, Long>> ids = new HashMap<>();
        private final Set<String> inserted = new LinkedHashSet<>();
        private final List<Object[]> later = new ArrayList<>(); // table, column, new id, old reference
        private final Map<String, ArrayDeque<Long>> fetched = new HashMap<>();
        private final DatabaseArchive.Counter counter;
        private long skipped;
        private int matched;
        private int created;

        Import(
                Connection db,
                ZipFile zip,
                Model model,
                DatabaseArchive.Checked checked,
                String oldSlug,
                String newSlug,
                String newName,
                BackupProgress progress) {
            this.db = db;
            this.zip = zip;
            this.model = model;
            this.checked = checked;
            this.newSlug = newSlug;
            this.newName = newName;
            List<String> pages = new ArrayList<>(PAGES.keySet());
            pages.sort((a, b) -> b.length() - a.length());
            this.links = Pattern.compile("/w/" + Pattern.quote(oldSlug) + "(?![a-z0-9-])(?:/("
                    + String.join("|", pages.stream().map(Pattern::quote).toList()) + ")/(\\d+)(?!\\d)"
                    + "(?:#(" + String.join("|", ANCHORS.keySet()) + ")-(\\d+)(?!\\d))?)?");
            this.counter = new DatabaseArchive.Counter("Importing", checked.rows(), progress);
        }

        WorkspaceImportSummary all(long started) throws SQLException, IOException {
            people();
            newIds();
            long rows = 0;
            for (String table : model.tables()) {
                if (checked.columns().containsKey(table)) {
                    rows += table(table);
                }
                inserted.add(table);
            }
            for (Object[] reference : later) {
                Long target = ids.getOrDefault((String) reference[4], Map.of()).get((Long) reference[3]);
                if (target != null) {
                    try (PreparedStatement update = db.prepareStatement(
                            "update " + reference[0] + " set " + reference[1] + " = ? where id = ?")) {
                        update.setLong(1, target);
                        update.setLong(2, (Long) reference[2]);
                        update.executeUpdate();
                    }
                }
            }
            long workspaceId = ids.get(WORKSPACES).values().iterator().next();
            return new WorkspaceImportSummary(
                    workspaceId,
                    newSlug,
                    newName,
                    rows,
                    matched,
                    created,
                    skipped,
                    new TreeSet<>(LEFT_OUT.values()).stream().toList(),
                    List.of(),
                    (System.nanoTime() - started) / 1e9);
        }

        /** Makes {@code userId} an admin of the new workspace, unless the archive made them a member. */
        void admin(long workspaceId, long userId) throws SQLException {
            try (PreparedStatement member = db.prepareStatement(
                    "select count(*) from workspace_members where workspace_id = ? and user_id = ?")) {
                member.setLong(1, workspaceId);
                member.setLong(2, userId);
                try (ResultSet row = member.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement add = db.prepareStatement("insert into workspace_members"
                    + " (id, workspace_id, user_id, role, created_at, version) values (?, ?, ?, 'ADMIN', ?, 0)")) {
                add.setLong(1, next("workspace_members"));
                add.setLong(2, workspaceId);
                add.setLong(3, userId);
                add.setTimestamp(4, Timestamp.from(Instant.now()));
                add.executeUpdate();
            }
        }

        /**
         * Every row's new id, given before any row is written, so that a reference or a link to a row
         * written later (an insight's text linking to an initiative) is rewritten as the row is.
         */
        private void newIds() throws SQLException, IOException {
            for (String table : model.tables()) {
                List<String> columns = checked.columns().get(table);
                if (columns == null || !model.idSequence().containsKey(table)) {
                    continue;
                }
                int idAt = columns.indexOf("id");
                Map<Long, Long> map = ids.computeIfAbsent(table, t -> new HashMap<>());
                try (BufferedReader reader = rows(table)) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        map.put(DatabaseArchive.JSON.readTree(line).get(idAt).asLong(), next(table));
                    }
                }
            }
        }

        /** The archive's people: matched by email, or added without a password anyone knows. */
        private void people() throws SQLException, IOException {
            Map<Long, Long> map = new HashMap<>();
            ids.put(USERS, map);
            List<String> columns = checked.columns().get(USERS);
            if (columns == null) {
                return;
            }
            int idAt = columns.indexOf("id");
            int emailAt = columns.indexOf("email");
            int nameAt = columns.indexOf("display_name");
            String unusable =
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret());
            try (BufferedReader reader = rows(USERS);
                    PreparedStatement find = db.prepareStatement("select id from users where lower(email) = ?");
                    PreparedStatement add = db.prepareStatement("insert into users (id, email, display_name,"
                            + " password_hash, instance_admin, created_at) values (?, ?, ?, ?, false, ?)")) {
                String line;
                while ((line = reader.readLine()) != null) {
                    JsonNode row = DatabaseArchive.JSON.readTree(line);
                    String email = row.get(emailAt).asString();
                    find.setString(1, email.toLowerCase(Locale.ROOT));
                    Long id = null;
                    try (ResultSet found = find.executeQuery()) {
                        if (found.next()) {
                            id = found.getLong(1);
                        }
                    }
                    if (id == null) {
                        id = next(USERS);
                        add.setLong(1, id);
                        add.setString(2, email);
                        add.setString(3, row.get(nameAt).asString());
                        add.setString(4, unusable);
                        add.setTimestamp(5, Timestamp.from(Instant.now()));
                        add.executeUpdate();
                        created++;
                    } else {
                        matched++;
                    }
                    map.put(row.get(idAt).asLong(), id);
                    counter.one();
                }
            }
        }

        private long table(String table) throws SQLException, IOException {
            List<String> columns = checked.columns().get(table);
            Map<String, Integer> types = model.types().get(table);
            Set<String> nullable = model.nullable().get(table);
            List<String> key = model.shape().primaryKey(table);
            String sequence = model.idSequence().get(table);
            int idAt = sequence == null ? -1 : columns.indexOf("id");
            Map<Long, Long> map = ids.computeIfAbsent(table, t -> new HashMap<>());
            Map<Integer, Reference> referenceAt = new HashMap<>();
            for (Reference reference : model.referencesOf(table)) {
                int at = columns.indexOf(reference.column());
                if (at >= 0) {
                    referenceAt.put(at, reference);
                }
            }
            DatabaseArchive.ColumnTypes columnTypes = DatabaseArchive.ColumnTypes.of(db, table, columns);
            int[] sqlTypes = columnTypes.types();
            String[] typeNames = columnTypes.names();
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            long count = 0;
            try (BufferedReader reader = rows(table);
                    PreparedStatement insert = db.prepareStatement(sql)) {
                String line;
                rows:
                while ((line = reader.readLine()) != null) {
                    counter.one();
                    ArrayNode row = (ArrayNode) DatabaseArchive.JSON.readTree(line);
                    Long newId = null;
                    if (idAt >= 0) {
                        newId = map.get(row.get(idAt).asLong());
                        row.set(idAt, row.numberNode(newId.longValue()));
                    }
                    for (Map.Entry<Integer, Reference> at : referenceAt.entrySet()) {
                        JsonNode old = row.get(at.getKey());
                        if (old == null || old.isNull()) {
                            continue;
                        }
                        Reference reference = at.getValue();
                        String column = reference.column();
                        String target = reference.target();
                        if (!reference.soft() && !target.equals(USERS) && !inserted.contains(target)) {
                            // a row of this table, or of a table in a cycle with it, that the foreign key
                            // wants written first: set once all exist
                            if (!nullable.contains(column) || newId == null) {
                                throw new IllegalStateException(table + "." + column + " names rows of " + target
                                        + " imported later, and cannot wait for them");
                            }
                            later.add(new Object[] {table, column, newId, old.asLong(), target});
                            row.setNull(at.getKey());
                            continue;
                        }
                        Long mapped = ids.getOrDefault(target, Map.of()).get(old.asLong());
                        if (mapped != null) {
                            row.set(at.getKey(), row.numberNode(mapped.longValue()));
                        } else if (key.contains(column)) {
                            skipped++; // a link to a row outside the workspace, or gone
                            continue rows;
                        } else if (nullable.contains(column)) {
                            row.setNull(at.getKey());
                        } else if (reference.soft()) {
                            row.set(
                                    at.getKey(),
                                    row.numberNode(
                                            0L)); // names a row that is gone (a snapshot of a deleted initiative)
                        } else {
                            skipped++;
                            continue rows;
                        }
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        JsonNode value = row.get(c);
                        if (value != null && value.isString()) {
                            row.set(c, text(table, columns.get(c), value.asString()));
                        }
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        DatabaseArchive.decode(insert, c + 1, sqlTypes[c], typeNames[c], row.get(c));
                    }
                    insert.addBatch();
                    if (++count % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (count % BATCH != 0) {
                    insert.executeBatch();
                }
            }
            return count;
        }

        /** A text value as it reads in the new workspace. */
        private String text(String table, String column, String value) throws SQLException {
            if (table.equals(WORKSPACES) && column.equals("slug")) {
                return newSlug;
            }
            if (table.equals(WORKSPACES) && column.equals("name")) {
                return newName;
            }
            if (table.equals("plan_snapshot_conflicts") && column.equals("initiative_ids") && !value.isEmpty()) {
                List<String> mapped = new ArrayList<>();
                for (String id : value.split(",")) {
                    Long now = ids.getOrDefault("initiatives", Map.of()).get(Long.valueOf(id.strip()));
                    mapped.add(String.valueOf(now == null ? 0L : now));
                }
                return String.join(",", mapped);
            }
            if (table.equals("check_ins") && column.equals("uid") && taken(value)) {
                return UUID.randomUUID() + "@tandem"; // the same check-in copied into the same instance
            }
            if (!value.contains("/w/")) {
                return value;
            }
            Matcher link = links.matcher(value);
            StringBuilder out = new StringBuilder();
            while (link.find()) {
                String replacement = "/w/" + newSlug;
                if (link.group(1) != null) {
                    Long now =
                            ids.getOrDefault(PAGES.get(link.group(1)), Map.of()).get(Long.valueOf(link.group(2)));
                    replacement += "/" + link.group(1) + "/" + (now == null ? link.group(2) : now);
                    if (link.group(3) != null) { // a part of the page: a check-in's decision or action item
                        Long part = ids.getOrDefault(ANCHORS.get(link.group(3)), Map.of())
                                .get(Long.valueOf(link.group(4)));
                        replacement += "#" + link.group(3) + "-" + (part == null ? link.group(4) : part);
                    }
                }
                link.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            link.appendTail(out);
            return out.toString();
        }

        private boolean taken(String uid) throws SQLException {
            try (PreparedStatement find = db.prepareStatement("select count(*) from check_ins where uid = ?")) {
                find.setString(1, uid);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    return row.getLong(1) > 0;
                }
            }
        }

        /**
         * A new id from the table's sequence, fetched 500 at a time, in increasing order (so the rows
         * keep the order of their ids). Each value is used as it comes: the application's pooled ids
         * take the fifty below a value they fetch, never the value another fetched.
         */
        private long next(String table) throws SQLException {
            ArrayDeque<Long> ready = fetched.computeIfAbsent(table, t -> new ArrayDeque<>());
            while (ready.isEmpty()) {
                String sequence = model.idSequence().get(table);
                String sql = model.shape().product().toLowerCase(Locale.ROOT).contains("postgres")
                        ? "select nextval('" + sequence + "') from generate_series(1, " + BATCH + ") order by 1"
                        : "select next value for " + sequence + " from system_range(1, " + BATCH + ") order by 1";
                try (Statement query = db.createStatement();
                        ResultSet rows = query.executeQuery(sql)) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (id != 1) { // the first value: the application would take 1 to 50 with it
                            ready.add(id);
                        }
                    }
                }
            }
            return ready.poll();
        }

        private BufferedReader rows(String table) throws IOException {
            return new BufferedReader(new InputStreamReader(
                    zip.getInputStream(zip.getEntry("tables/" + table + ".jsonl")), StandardCharsets.UTF_8));
        }

        private static String secret() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
    }
}
