package app.tandem.backup.internal;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.BackupSummary;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole database as one ZIP archive, read and written over plain JDBC so that it works on H2 and
 * on PostgreSQL alike (and moves an instance from one to the other): {@code tables/NAME.jsonl} holds
 * each table's rows, one JSON array per line in the order of the columns named in {@code
 * manifest.json}, which also gives each table's row count and SHA-256, the migrations the database
 * had, and the next value of each sequence. Rows are streamed both ways, so memory does not grow
 * with the database.
 *
 * <p>A restore first reads the whole archive and checks it (every checksum and row count, the
 * format, that this Tandem has every migration the archive's database had, that every column exists
 * here) and only then, in one transaction, empties the tables and fills them, parents before
 * children, and moves the sequences and identity columns past the restored ids. Anything wrong
 * before or during it changes nothing.
 */
public final class DatabaseArchive {

    public static final int FORMAT = 1;
    /** The scope of a backup: the whole instance (archives that name no scope are backups). */
    static final String INSTANCE = "instance";
    /** The scope of one workspace's archive ({@link WorkspaceArchive}). */
    static final String WORKSPACE = "workspace";

    static final String MANIFEST = "manifest.json";
    private static final int BATCH = 500;
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Kept out of an archive: the migrations' own table, locks, sessions and rate-limit buckets of the
     * running nodes.
     */
    private static final Set<String> SKIPPED = Set.of(
            "flyway_schema_history", "shedlock", "spring_session", "spring_session_attributes", "rate_limit_bucket");

    private DatabaseArchive() {}

    // ---- writing ----------------------------------------------------------------------------------

    /** Writes the database into {@code out} (through a temporary file beside it, moved into place at the end). */
    public static BackupSummary write(DataSource dataSource, Path out, String tandemVersion) {
        return write(dataSource, out, tandemVersion, BackupProgress.NONE);
    }

    /** As {@link #write(DataSource, Path, String)}, telling {@code progress} of the rows read ("Backing up"). */
    public static BackupSummary write(DataSource dataSource, Path out, String tandemVersion, BackupProgress progress) {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            // one snapshot for all tables, so a backup taken while people work is consistent
            // (not read-only: reading a sequence's next value takes one, which PostgreSQL refuses there)
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Shape shape = Shape.of(db);
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", FORMAT);
            manifest.put("tandemVersion", tandemVersion);
            manifest.put("createdAt", Instant.now().toString());
            manifest.put("database", db.getMetaData().getDatabaseProductName());
            ArrayNode migrations = manifest.putArray("migrations");
            shape.migrations().forEach(migrations::add);
            ArrayNode tables = manifest.putArray("tables");
            Counter counter = new Counter("Backing up", total(db, shape), progress);
            long rows = 0;
            try (OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                for (String table : shape.tables()) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                    MessageDigest sha = sha256();
                    DigestOutputStream digest = new DigestOutputStream(new NonClosing(zip), sha);
                    ObjectNode entry = tables.addObject();
                    entry.put("name", table);
                    long count;
                    try (Writer writer = new BufferedWriter(new OutputStreamWriter(digest, StandardCharsets.UTF_8))) {
                        count = writeTable(db, shape, table, entry.putArray("columns"), writer, counter);
                    }
                    zip.closeEntry();
                    entry.put("rows", count);
                    entry.put("sha256", HexFormat.of().formatHex(sha.digest()));
                    rows += count;
                }
                ObjectNode sequences = manifest.putObject("sequences");
                for (String sequence : shape.sequences()) {
                    sequences.put(sequence, shape.nextValue(db, sequence));
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            db.rollback();
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BackupSummary(out, shape.tables().size(), rows, Files.size(out), elapsed(started));
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("The backup could not read the database: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(
                    "The backup could not be written to " + out + ": " + e.getMessage(), (IOException) e);
        }
    }

    /** The rows of every table, in the backup's snapshot, for its progress. */
    private static long total(Connection db, Shape shape) throws SQLException {
        long total = 0;
        for (String table : shape.tables()) {
            try (Statement count = db.createStatement();
                    ResultSet rows = count.executeQuery("select count(*) from " + table)) {
                rows.next();
                total += rows.getLong(1);
            }
        }
        return total;
    }

    private static long writeTable(
            Connection db, Shape shape, String table, ArrayNode columnNames, Writer out, Counter counter)
            throws SQLException, IOException {
        String order =
                shape.primaryKey(table).isEmpty() ? "" : " order by " + String.join(", ", shape.primaryKey(table));
        long count = 0;
        try (Statement select = db.createStatement()) {
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery("select * from " + table + order)) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    columnNames.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                }
                while (rows.next()) {
                    ArrayNode row = JSON.createArrayNode();
                    for (int c = 1; c <= columns; c++) {
                        encode(rows, c, meta.getColumnType(c), meta.getColumnTypeName(c), row);
                    }
                    out.write(JSON.writeValueAsString(row));
                    out.write('\n');
                    count++;
                    counter.one();
                }
            }
        }
        return count;
    }

    static void encode(ResultSet rows, int c, int type, String typeName, ArrayNode row) throws SQLException {
        if ("uuid".equalsIgnoreCase(typeName)) {
            UUID uuid = rows.getObject(c, UUID.class);
            row.add(uuid == null ? null : uuid.toString());
            return;
        }
        if ("timestamptz".equalsIgnoreCase(typeName)) { // PostgreSQL's driver calls it TIMESTAMP
            row.add(text(rows.getObject(c, OffsetDateTime.class)));
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(c);
                if (rows.wasNull()) row.addNull();
                else row.add(value);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double value = rows.getDouble(c);
                if (rows.wasNull()) row.addNull();
                else row.add(value);
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal value = rows.getBigDecimal(c);
                row.add(value == null ? null : value.toPlainString());
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(c);
                if (rows.wasNull()) row.addNull();
                else row.add(value);
            }
            case Types.DATE -> row.add(text(rows.getObject(c, LocalDate.class)));
            case Types.TIME -> row.add(text(rows.getObject(c, LocalTime.class)));
            case Types.TIMESTAMP -> row.add(text(rows.getObject(c, LocalDateTime.class)));
            case Types.TIMESTAMP_WITH_TIMEZONE -> row.add(text(rows.getObject(c, OffsetDateTime.class)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(c);
                row.add(bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
            }
            default -> row.add(rows.getString(c));
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    // ---- checking ---------------------------------------------------------------------------------

    /** What an archive holds, once every check passed. */
    public record Checked(JsonNode manifest, Map<String, List<String>> columns, long rows) {}

    /**
     * Reads the whole archive and checks it against the database it would go into, changing nothing.
     *
     * @throws BackupRefused naming what is wrong
     */
    public static Checked check(DataSource dataSource, Path archive) {
        return check(dataSource, archive, BackupProgress.NONE);
    }

    /** As {@link #check(DataSource, Path)}, telling {@code progress} of the rows read ("Checking"). */
    public static Checked check(DataSource dataSource, Path archive, BackupProgress progress) {
        return check(dataSource, archive, progress, INSTANCE);
    }

    /** As {@link #check(DataSource, Path, BackupProgress)}, for an archive of the given scope. */
    static Checked check(DataSource dataSource, Path archive, BackupProgress progress, String scope) {
        try (ZipFile zip = open(archive);
                Connection db = dataSource.getConnection()) {
            Shape shape = Shape.of(db);
            JsonNode manifest = manifest(zip, archive, scope);
            unknownMigrations(manifest, shape.migrations());
            long expected = 0;
            for (JsonNode table : manifest.path("tables")) {
                expected += Math.max(0, table.path("rows").asLong(0));
            }
            Counter counter = new Counter("Checking", expected, progress);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            long rows = 0;
            for (JsonNode table : manifest.path("tables")) {
                String name = table.path("name").asString();
                if (!shape.tables().contains(name)) {
                    throw new BackupRefused("The backup has a table " + name + " that this database does not have.");
                }
                List<String> names = new ArrayList<>();
                table.path("columns").forEach(column -> names.add(column.asString()));
                Set<String> here = shape.columns(db, name);
                for (String column : names) {
                    if (!here.contains(column)) {
                        throw new BackupRefused("The backup's table " + name + " has a column " + column
                                + " that this database does not have.");
                    }
                }
                ZipEntry entry = zip.getEntry("tables/" + name + ".jsonl");
                if (entry == null) {
                    throw new BackupRefused("The backup is incomplete: the rows of " + name + " are missing.");
                }
                MessageDigest sha = sha256();
                long lines = 0;
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new DigestInputStream(zip.getInputStream(entry), sha), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lines++;
                        counter.one();
                        JsonNode row = parse(name, lines, line);
                        if (!row.isArray() || row.size() != names.size()) {
                            throw new BackupRefused("The backup is damaged: row " + lines + " of " + name + " has "
                                    + row.size() + " values for " + names.size() + " columns.");
                        }
                    }
                }
                if (!HexFormat.of()
                        .formatHex(sha.digest())
                        .equals(table.path("sha256").asString())) {
                    throw new BackupRefused(
                            "The backup is damaged: the rows of " + name + " do not match their checksum.");
                }
                if (lines != table.path("rows").asLong(-1)) {
                    throw new BackupRefused("The backup is damaged: " + name + " has " + lines
                            + " rows, its manifest says " + table.path("rows").asLong(-1) + ".");
                }
                columns.put(name, names);
                rows += lines;
            }
            return new Checked(manifest, columns, rows);
        } catch (IOException e) {
            throw new BackupRefused("The backup cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be read: " + e.getMessage(), e);
        }
    }

    static JsonNode parse(String table, long line, String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new BackupRefused("The backup is damaged: row " + line + " of " + table + " is not JSON.");
        }
    }

    /**
     * The migrations this database has that the archive's database did not: empty when the archive
     * was made by this version of Tandem. Checks the archive's manifest first, as {@link #check}
     * does.
     *
     * @throws BackupRefused when the archive is not a backup, has another format or comes from a
     *     newer Tandem
     */
    public static List<String> lacking(DataSource dataSource, Path archive) {
        return lacking(dataSource, archive, INSTANCE);
    }

    /** As {@link #lacking(DataSource, Path)}, for an archive of the given scope. */
    static List<String> lacking(DataSource dataSource, Path archive, String scope) {
        try (ZipFile zip = open(archive);
                Connection db = dataSource.getConnection()) {
            Set<String> ours = Shape.of(db).migrations();
            Set<String> theirs = unknownMigrations(manifest(zip, archive, scope), ours);
            return ours.stream().filter(m -> !theirs.contains(m)).toList();
        } catch (IOException e) {
            throw new BackupRefused("The backup cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be read: " + e.getMessage(), e);
        }
    }

    /** The archive's manifest, once it is known to be one in a format this Tandem reads. */
    static JsonNode manifest(ZipFile zip, Path archive) throws IOException {
        return manifest(zip, archive, INSTANCE);
    }

    /**
     * The archive's manifest, once it is known to be one in a format this Tandem reads, of the
     * {@code scope} wanted: {@value #INSTANCE} (a backup) or {@value #WORKSPACE} (one workspace).
     */
    static JsonNode manifest(ZipFile zip, Path archive, String scope) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new BackupRefused(archive + " is not a Tandem backup: it has no " + MANIFEST + ".");
        }
        JsonNode manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = JSON.readTree(in);
        } catch (RuntimeException e) {
            throw new BackupRefused("The backup's " + MANIFEST + " cannot be read: " + e.getMessage());
        }
        int format = manifest.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new BackupRefused("The backup has format " + format + "; this Tandem reads format " + FORMAT
                    + (format > FORMAT ? ": restore it with the Tandem version that made it, or a newer one." : "."));
        }
        String theirs = manifest.path("scope").asString(INSTANCE);
        if (!theirs.equals(scope) && theirs.equals(WORKSPACE)) {
            throw new BackupRefused(archive + " holds one workspace ("
                    + manifest.path("workspace").path("slug").asString("?")
                    + "), not a whole instance: add it to an instance with 'tandem import-workspace'.");
        }
        if (!theirs.equals(scope)) {
            throw new BackupRefused(archive + " is a backup of a whole instance, not one workspace's archive:"
                    + " restore it with 'tandem restore', or make one workspace's archive with"
                    + " 'tandem export-workspace'.");
        }
        return manifest;
    }

    /** The archive's migrations, once this Tandem is known to have every one of them. */
    static Set<String> unknownMigrations(JsonNode manifest, Set<String> ours) {
        Set<String> theirs = new LinkedHashSet<>();
        manifest.path("migrations").forEach(m -> theirs.add(m.asString()));
        Set<String> unknown = new LinkedHashSet<>(theirs);
        unknown.removeAll(ours);
        if (!unknown.isEmpty()) {
            throw new BackupRefused("The backup was made by a newer Tandem ("
                    + manifest.path("tandemVersion").asString() + "): its database has migrations this version"
                    + " does not know (" + String.join(", ", unknown)
                    + "). Restore it with that version or a newer one.");
        }
        return theirs;
    }

    static ZipFile open(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupRefused("There is no file " + archive + ".");
        }
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackupRefused(archive + " is not a Tandem backup (not a ZIP archive): " + e.getMessage());
        }
    }

    // ---- restoring --------------------------------------------------------------------------------

    /**
     * Replaces everything in the database with the archive's content, in one transaction, after
     * {@link #check} passed. Answers the number of rows restored.
     */
    public static long restore(DataSource dataSource, Path archive, Checked checked) {
        return restore(dataSource, archive, checked, BackupProgress.NONE);
    }

    /** As {@link #restore(DataSource, Path, Checked)}, telling {@code progress} of the rows written ("Restoring"). */
    public static long restore(DataSource dataSource, Path archive, Checked checked, BackupProgress progress) {
        try (ZipFile zip = open(archive);
                Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                Shape shape = Shape.of(db);
                List<String> order = shape.parentsFirst();
                for (String table : order.reversed()) {
                    try (Statement delete = db.createStatement()) {
                        delete.executeUpdate("delete from " + table);
                    }
                }
                long rows = 0;
                Counter counter = new Counter("Restoring", checked.rows(), progress);
                for (String table : order) {
                    List<String> columns = checked.columns().get(table);
                    if (columns != null) {
                        rows += insert(
                                db,
                                zip,
                                table,
                                columns,
                                counter,
                                shape.selfReferences().getOrDefault(table, List.of()),
                                shape.primaryKey(table));
                    }
                }
                for (Map.Entry<String, JsonNode> sequence :
                        checked.manifest().path("sequences").properties()) {
                    if (shape.sequences().contains(sequence.getKey())) {
                        shape.restartSequence(
                                db, sequence.getKey(), sequence.getValue().asLong());
                    }
                }
                shape.restartIdentities(db);
                db.commit();
                return rows;
            } catch (SQLException | RuntimeException | IOException e) {
                db.rollback();
                throw new BackupRefused("The restore failed and changed nothing: " + DatabaseErrors.plain(e));
            }
        } catch (SQLException | IOException e) {
            throw new BackupRefused("The restore failed and changed nothing: " + DatabaseErrors.plain(e));
        }
    }

    /**
     * Writes the table's rows from the archive. A column naming a row of the same table (a goal's
     * parent) is written once every row is: a goal moved under a goal made after it names a row
     * written later, which the foreign key refused, and the whole restore with it (December 2026).
     */
    private static long insert(
            Connection db,
            ZipFile zip,
            String table,
            List<String> columns,
            Counter counter,
            List<String> selfReferences,
            List<String> primaryKey)
            throws SQLException, IOException {
        int keyAt = primaryKey.size() == 1 ? columns.indexOf(primaryKey.getFirst()) : -1;
        List<Integer> laterAt = new ArrayList<>();
        if (keyAt >= 0) {
            for (String column : selfReferences) {
                if (columns.contains(column)) {
                    laterAt.add(columns.indexOf(column));
                }
            }
        }
        List<JsonNode[]> later = new ArrayList<>(); // key, column index (as a number), value
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long count = 0;
        try (PreparedStatement insert = db.prepareStatement(sql);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry("tables/" + table + ".jsonl")), StandardCharsets.UTF_8))) {
            ColumnTypes columnTypes = ColumnTypes.of(db, table, columns);
            int[] types = columnTypes.types();
            String[] typeNames = columnTypes.names();
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode row = JSON.readTree(line);
                for (int c = 0; c < columns.size(); c++) {
                    JsonNode value = row.get(c);
                    if (laterAt.contains(c) && value != null && !value.isNull()) {
                        later.add(new JsonNode[] {
                            row.get(keyAt), JSON.getNodeFactory().numberNode(c), value
                        });
                        value = null;
                    }
                    decode(insert, c + 1, types[c], typeNames[c], value);
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                    counter.add(BATCH);
                }
            }
            if (count % BATCH != 0) {
                insert.executeBatch();
                counter.add(count % BATCH);
            }
            for (int column : laterAt) {
                try (PreparedStatement update = db.prepareStatement("update " + table + " set " + columns.get(column)
                        + " = ? where " + columns.get(keyAt) + " = ?")) {
                    for (JsonNode[] reference : later) {
                        if (reference[1].asInt() == column) {
                            decode(update, 1, types[column], typeNames[column], reference[2]);
                            decode(update, 2, types[keyAt], typeNames[keyAt], reference[0]);
                            update.addBatch();
                        }
                    }
                    update.executeBatch();
                }
            }
        }
        return count;
    }

    /** The JDBC type and the database's type name of each of {@code columns} of {@code table}, for {@link #decode}. */
    record ColumnTypes(int[] types, String[] names) {

        static ColumnTypes of(Connection db, String table, List<String> columns) throws SQLException {
            int[] types = new int[columns.size()];
            String[] names = new String[columns.size()];
            try (Statement probe = db.createStatement();
                    ResultSet empty = probe.executeQuery(
                            "select " + String.join(", ", columns) + " from " + table + " where 1 = 0")) {
                ResultSetMetaData meta = empty.getMetaData();
                for (int c = 0; c < columns.size(); c++) {
                    types[c] = meta.getColumnType(c + 1);
                    names[c] = meta.getColumnTypeName(c + 1);
                }
            }
            return new ColumnTypes(types, names);
        }
    }

    static void decode(PreparedStatement insert, int i, int type, String typeName, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(i, type);
            return;
        }
        if ("uuid".equalsIgnoreCase(typeName)) {
            insert.setObject(i, UUID.fromString(value.asString()));
            return;
        }
        if ("timestamptz".equalsIgnoreCase(typeName)) {
            insert.setObject(i, OffsetDateTime.parse(value.asString()));
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(i, value.asLong());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(i, value.asDouble());
            case Types.DECIMAL, Types.NUMERIC -> insert.setBigDecimal(i, new BigDecimal(value.asString()));
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(i, value.asBoolean());
            case Types.DATE -> insert.setObject(i, LocalDate.parse(value.asString()));
            case Types.TIME -> insert.setObject(i, LocalTime.parse(value.asString()));
            case Types.TIMESTAMP -> insert.setObject(i, LocalDateTime.parse(value.asString()));
            case Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(i, OffsetDateTime.parse(value.asString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                insert.setBytes(i, Base64.getDecoder().decode(value.asString()));
            default -> insert.setString(i, value.isString() ? value.asString() : value.toString());
        }
    }

    // ---- the database's shape ---------------------------------------------------------------------

    /** The tables (lower case, in the current schema), their keys, sequences and identity columns. */
    record Shape(
            String product,
            @Nullable String schema,
            List<String> tables,
            Map<String, List<String>> primaryKeys,
            Map<String, Set<String>> parents,
            List<String> sequences,
            Map<String, String> identities,
            Set<String> migrations,
            Map<String, List<String>> selfReferences) {

        static Shape of(Connection db) throws SQLException {
            DatabaseMetaData meta = db.getMetaData();
            String product = meta.getDatabaseProductName();
            String schema = db.getSchema();
            Map<String, String> actual = new TreeMap<>(); // lower case -> as the database spells it
            try (ResultSet rows = meta.getTables(db.getCatalog(), schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!SKIPPED.contains(lower)) {
                        actual.put(lower, name);
                    }
                }
            }
            Map<String, List<String>> keys = new LinkedHashMap<>();
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            Map<String, List<String>> selfReferences = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : actual.entrySet()) {
                TreeMap<Short, String> key = new TreeMap<>();
                try (ResultSet rows = meta.getPrimaryKeys(db.getCatalog(), schema, table.getValue())) {
                    while (rows.next()) {
                        key.put(
                                rows.getShort("KEY_SEQ"),
                                rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                keys.put(table.getKey(), List.copyOf(key.values()));
                Set<String> of = new LinkedHashSet<>();
                try (ResultSet rows = meta.getImportedKeys(db.getCatalog(), schema, table.getValue())) {
                    while (rows.next()) {
                        String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table.getKey()) && actual.containsKey(parent)) {
                            of.add(parent);
                        } else if (parent.equals(table.getKey())) {
                            selfReferences
                                    .computeIfAbsent(table.getKey(), t -> new ArrayList<>())
                                    .add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                parents.put(table.getKey(), of);
            }
            List<String> sequences = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select sequence_name from information_schema.sequences where sequence_schema = ?")) {
                query.setString(1, schema);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString(1);
                        if (!name.toUpperCase(Locale.ROOT).startsWith("SYSTEM_SEQUENCE")) {
                            sequences.add(name.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            sequences.sort(null);
            Map<String, String> identities = new TreeMap<>();
            try (PreparedStatement query = db.prepareStatement("select table_name, column_name from"
                    + " information_schema.columns where table_schema = ? and is_identity = 'YES'")) {
                query.setString(1, schema);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String table = rows.getString(1).toLowerCase(Locale.ROOT);
                        if (actual.containsKey(table)) {
                            identities.put(table, rows.getString(2).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            Set<String> migrations = new LinkedHashSet<>();
            try (Statement query = db.createStatement();
                    // Flyway names its table and columns in lower case, quoted (H2 would look for upper case)
                    ResultSet rows = query.executeQuery("select \"version\" from \"flyway_schema_history\""
                            + " where \"success\" = true and \"version\" is not null order by \"installed_rank\"")) {
                while (rows.next()) {
                    migrations.add(rows.getString(1));
                }
            }
            return new Shape(
                    product,
                    schema,
                    List.copyOf(actual.keySet()),
                    keys,
                    parents,
                    List.copyOf(sequences),
                    identities,
                    migrations,
                    selfReferences);
        }

        List<String> primaryKey(String table) {
            return primaryKeys.getOrDefault(table, List.of());
        }

        Set<String> columns(Connection db, String table) throws SQLException {
            Set<String> names = new LinkedHashSet<>();
            try (Statement probe = db.createStatement();
                    ResultSet empty = probe.executeQuery("select * from " + table + " where 1 = 0")) {
                ResultSetMetaData meta = empty.getMetaData();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    names.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }

        /** Every table after the tables its foreign keys point at (Kahn's algorithm; a cycle keeps its order). */
        List<String> parentsFirst() {
            List<String> order = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            boolean progress = true;
            while (order.size() < tables.size() && progress) {
                progress = false;
                for (String table : tables) {
                    if (!done.contains(table) && done.containsAll(parents.getOrDefault(table, Set.of()))) {
                        order.add(table);
                        done.add(table);
                        progress = true;
                    }
                }
            }
            for (String table : tables) {
                if (done.add(table)) {
                    order.add(table);
                }
            }
            return order;
        }

        private boolean postgres() {
            return product.toLowerCase(Locale.ROOT).contains("postgres");
        }

        long nextValue(Connection db, String sequence) throws SQLException {
            String sql = postgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        void restartSequence(Connection db, String sequence, long next) throws SQLException {
            try (Statement alter = db.createStatement()) {
                alter.execute("alter sequence " + sequence + " restart with " + next);
            }
        }

        void restartIdentities(Connection db) throws SQLException {
            for (Map.Entry<String, String> identity : identities.entrySet()) {
                long next;
                try (Statement query = db.createStatement();
                        ResultSet rows = query.executeQuery(
                                "select coalesce(max(" + identity.getValue() + "), 0) + 1 from " + identity.getKey())) {
                    rows.next();
                    next = rows.getLong(1);
                }
                try (Statement alter = db.createStatement()) {
                    alter.execute("alter table " + identity.getKey() + " alter column " + identity.getValue()
                            + " restart with " + next);
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double elapsed(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file stays; the next backup replaces it
        }
    }

    /** Rows handled in one phase, told to its progress every thousand rows and at the end of each table. */
    static final class Counter {
        private final String phase;
        private final long total;
        private final BackupProgress progress;
        private long done;

        Counter(String phase, long total, BackupProgress progress) {
            this.phase = phase;
            this.total = total;
            this.progress = progress;
            progress.rows(phase, 0, total);
        }

        void one() {
            add(1);
        }

        void add(long rows) {
            long before = done;
            done += rows;
            if (done / 1_000 != before / 1_000 || done == total) {
                progress.rows(phase, done, Math.max(total, done));
            }
        }
    }

    /** The ZIP stream stays open when one entry's writer is closed. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
